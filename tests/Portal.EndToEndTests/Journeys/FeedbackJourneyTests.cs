using Microsoft.Playwright;
using Portal.Web.Features.Feedback;

namespace Portal.EndToEndTests.Journeys;

/// <summary>
/// "Hittade du det du sökte?" in a real browser: citizens answer with and without JavaScript, a personnummer in a
/// comment is masked before it is stored, and the editor's report shows the comment and marks it handled.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class FeedbackJourneyTests(BrowserFixture browser)
{
    private const string Page = "/tillbaka-till-arbetet";

    private static async Task AnswerAsync(IPage citizen, string answer, string? comment)
    {
        var form = citizen.Locator(".page-feedback");
        // A synthetic click on the input itself, as in the other journeys: the styled radio button hides the input.
        await form.GetByRole(AriaRole.Group, new() { Name = "Hittade du det du sökte?" }).GetByLabel(answer, new() { Exact = true }).DispatchEventAsync("click");
        if (comment is not null)
        {
            await form.GetByLabel("Vill du berätta mer?", new() { Exact = false }).FillAsync(comment);
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Skicka svar" }).ClickAsync();
    }

    [Fact]
    public async Task Citizens_AnswerWithAndWithoutJavaScript_EditorSeesTheCommentMasked_AndMarksItHandled()
    {
        // Arrange
        var withScript = await browser.NewPageAsync();
        var withoutScript = await browser.NewPageAsync(javaScriptEnabled: false);
        const string Comment = "Jag hittade inte blanketten. Mitt personnummer är 19121212-1212.";

        // Act 1: with JavaScript, the form sent without an answer, then "Ja"
        await withScript.GotoAsync(Page);
        await withScript.AssertNoAxeViolationsAsync();
        await withScript.Locator(".page-feedback").GetByRole(AriaRole.Button, new() { Name = "Skicka svar" }).ClickAsync();
        await Assertions.Expect(withScript.Locator("#error-summary")).ToContainTextAsync("Välj ja eller nej.");
        await withScript.AssertNoAxeViolationsAsync();
        await AnswerAsync(withScript, "Ja", null);
        await Assertions.Expect(withScript.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tack för ditt svar");
        await withScript.AssertNoAxeViolationsAsync();

        // Act 2: without JavaScript, "Nej" with a comment that holds a personnummer
        await withoutScript.GotoAsync(Page);
        await AnswerAsync(withoutScript, "Nej", Comment);
        await Assertions.Expect(withoutScript.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tack för ditt svar");
        await withoutScript.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till sidan", Exact = false }).ClickAsync();

        // Assert 1: back on the page; no cookie was set for either visitor
        await Assertions.Expect(withoutScript).ToHaveURLAsync(browser.Url(Page));
        Assert.Empty(await withScript.Context.CookiesAsync());
        Assert.Empty(await withoutScript.Context.CookiesAsync());

        // Act 3: the editor's report
        var editor = await browser.StaffPageAsync("e2e-synpunkter");
        await editor.GotoAsync("/redaktion/synpunkter");
        var comment = editor.Locator(".feedback-comments__item", new() { HasText = "Jag hittade inte blanketten." });

        // Assert 2: the month's answers for the page, and the comment with the personnummer masked
        await Assertions.Expect(editor.Locator(".feedback-months tr", new() { HasText = "Tillbaka till arbetsgivaren" })).ToContainTextAsync("50 %");
        await Assertions.Expect(comment).ToContainTextAsync(CommentMasker.PersonnummerMask);
        await Assertions.Expect(comment).Not.ToContainTextAsync("1212");
        await editor.AssertNoAxeViolationsAsync();

        // Act 4: marked as handled
        await comment.GetByRole(AriaRole.Button, new() { Name = "Markera som hanterad", Exact = false }).ClickAsync();

        // Assert 3: gone from the waiting list, shown as handled with the handled ones
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(comment).ToHaveCountAsync(0);
        await editor.AssertNoAxeViolationsAsync();
        await editor.GotoAsync("/redaktion/synpunkter?hanterade=true");
        await Assertions.Expect(comment).ToContainTextAsync("Hanterad");
        await editor.AssertNoAxeViolationsAsync();
        await withScript.Context.CloseAsync();
        await withoutScript.Context.CloseAsync();
        await editor.Context.CloseAsync();
    }
}
