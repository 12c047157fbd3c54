using Microsoft.Playwright;
using Portal.TestSupport;
using Portal.Web.Platform.Security;

namespace Portal.EndToEndTests.Journeys;

/// <summary>
/// Issue 19 in a real browser without JavaScript, with axe on every page: redirects, the removed-page answer,
/// "Hittade du det du sökte?" and the editors' report.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class EditorRound2JourneyTests(BrowserFixture browser)
{
    private async Task<IPage> EditorPageAsync()
    {
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestStaffAuth.Header] = TestStaffAuth.Value("e2e-redaktor-2", StaffRoles.Redaktor) });
        return page;
    }

    [Fact]
    public async Task Editor_AddsARedirect_AfterAnError_VisitorFollowsIt()
    {
        // Arrange
        var editor = await EditorPageAsync();
        await editor.GotoAsync(browser.Url("/redaktion"));
        await editor.GetByRole(AriaRole.Link, new() { Name = "Omdirigeringar", Exact = false }).ClickAsync();
        await editor.AssertNoAxeViolationsAsync();

        // Act 1: an address that leads nowhere
        await editor.GetByLabel("Gammal adress").FillAsync("/brev/sgi-gammal");
        await editor.GetByLabel("Ny adress").FillAsync("/finns-inte");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lägg till omdirigering" }).ClickAsync();

        // Assert 1
        await Assertions.Expect(editor.Locator(".error-summary")).ToContainTextAsync("leder inte till någon publicerad sida");
        await editor.AssertNoAxeViolationsAsync();

        // Act 2
        await editor.GetByLabel("Ny adress").FillAsync("/skydda-din-sgi");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lägg till omdirigering" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Omdirigeringen är sparad");
        await editor.AssertNoAxeViolationsAsync();
        var visitor = await browser.NewPageAsync(javaScriptEnabled: false);
        await visitor.GotoAsync(browser.Url("/brev/sgi-gammal"));

        // Assert 2
        Assert.EndsWith("/skydda-din-sgi", visitor.Url, StringComparison.Ordinal);
        await editor.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_UnpublishesWithAReason_OldAddressSaysRemoved_ThenPublishesAgain()
    {
        // Arrange
        var editor = await EditorPageAsync();
        await editor.GotoAsync(browser.Url("/redaktion?q=ordlista&sprak=lattlast"));
        await editor.GetByRole(AriaRole.Link, new() { Name = "Ordlista", Exact = false }).First.ClickAsync();
        var editUrl = editor.Url;
        await editor.GotoAsync(editUrl + "/publicering");

        // Act 1: without reason or confirmation
        await editor.GetByRole(AriaRole.Button, new() { Name = "Avpublicera sidan" }).ClickAsync();

        // Assert 1
        await Assertions.Expect(editor.Locator(".error-summary")).ToContainTextAsync("Skriv varför sidan avpubliceras.");
        await editor.AssertNoAxeViolationsAsync();

        // Act 2
        await editor.GetByLabel("Varför avpubliceras sidan?").FillAsync("Ordlistan skrivs om");
        await editor.GetByLabel("Ja, jag vill ta bort sidan från webbplatsen").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Avpublicera sidan" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("avpublicerad");
        var visitor = await browser.NewPageAsync(javaScriptEnabled: false);
        var response = await visitor.GotoAsync(browser.Url("/lattlast/ordlista"));

        // Assert 2: the removed page, in lättläst, with the way on
        Assert.Equal(410, response!.Status);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan finns inte längre");
        await visitor.AssertNoAxeViolationsAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Gå till startsidan" }).ClickAsync();
        Assert.EndsWith("/lattlast", visitor.Url, StringComparison.Ordinal);

        // Publish it again for the other journeys
        await editor.GotoAsync(editUrl + "/publicering");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publicera version", Exact = false }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("syns nu för besökarna");
        await editor.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Visitor_AnswersTheQuestionWithoutJavaScript_EditorSeesItAndMarksTheCommentHandled()
    {
        // Arrange
        var visitor = await browser.NewPageAsync(javaScriptEnabled: false);
        await visitor.GotoAsync(browser.Url("/en/protect-your-sgi"));
        await visitor.AssertNoAxeViolationsAsync();
        const string Comment = "The part about the deadline was hard to find.";

        // Act 1: send without choosing
        await visitor.GetByLabel("Would you like to tell us more? (optional)", new() { Exact = false }).FillAsync(Comment);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();

        // Assert 1: the form again, in English, with the comment kept
        await Assertions.Expect(visitor.Locator(".error-summary")).ToContainTextAsync("Choose yes or no.");
        await Assertions.Expect(visitor.GetByLabel("Would you like to tell us more? (optional)", new() { Exact = false })).ToHaveValueAsync(Comment);
        await visitor.AssertNoAxeViolationsAsync();

        // Act 2
        await visitor.GetByRole(AriaRole.Radio, new() { Name = "No" }).CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();

        // Assert 2: thanks, no cookie
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you for your answer");
        await visitor.AssertNoAxeViolationsAsync();
        Assert.Empty(await visitor.Context.CookiesAsync());

        // Act 3: the editor's report
        var editor = await EditorPageAsync();
        await editor.GotoAsync(browser.Url("/redaktion/synpunkter"));
        await Assertions.Expect(editor.Locator(".feedback-comments")).ToContainTextAsync(Comment);
        await editor.AssertNoAxeViolationsAsync();
        var item = editor.Locator(".feedback-comments__item").Filter(new() { HasText = Comment });
        await item.GetByRole(AriaRole.Button, new() { Name = "Markera som hanterad", Exact = false }).ClickAsync();

        // Assert 3
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("markerad som hanterad");
        await Assertions.Expect(editor.Locator("main")).Not.ToContainTextAsync(Comment);
        await editor.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }
}
