using Microsoft.Playwright;

namespace Portal.EndToEndTests.Journeys;

/// <summary>The editor's journey in a real browser, signed in through the test-only staff header.</summary>
[Collection(BrowserGroup.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser)
{
    private Task<IPage> EditorPageAsync(bool javaScriptEnabled = true) =>
        browser.StaffPageAsync("e2e-redaktor", javaScriptEnabled: javaScriptEnabled);

    [Fact]
    public async Task Editor_EditsPreviewsPublishes_PublicPageShowsIt_ThenRestores_WithoutJavaScript()
    {
        // Arrange
        var page = await EditorPageAsync(javaScriptEnabled: false);
        var marker = "Ordet omställning betyder att byta riktning.";

        // Act 1: find the page in the list and edit it
        await page.GotoAsync(browser.Url("/redaktion?q=ordlista&sprak=sv"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Ordlista", Exact = true }).ClickAsync();
        var editUrl = page.Url;
        var body = page.GetByLabel("Text i Markdown");
        await body.FillAsync(await body.InputValueAsync() + "\n" + marker + "\n");
        await page.GetByLabel("Vad har du ändrat?").FillAsync("Lade till en mening");
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();

        // Assert 1: the preview is the public page with the unsaved text
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync(marker);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ordlista");

        // Act 2: back to the form (the text is still there), save, publish
        await page.GetByRole(AriaRole.Button, new() { Name = "Tillbaka till redigeringen" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Text i Markdown")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(marker)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("är sparad som utkast");
        var publicBefore = await (await page.APIRequest.GetAsync(browser.Url("/ordlista"))).TextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gå till publicering" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicera version", Exact = false }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("syns nu för besökarna");

        // Assert 2: the public page shows the change at once
        Assert.DoesNotContain(marker, publicBefore, StringComparison.Ordinal);
        await page.GotoAsync(browser.Url("/ordlista"));
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync(marker);

        // Act 3: restore the previous version from the history and publish it
        await page.GotoAsync(editUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Historik och jämförelse" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Jämför" }).ClickAsync();
        await Assertions.Expect(page.Locator(".editor-diff")).ToContainTextAsync(marker);
        await page.GetByRole(AriaRole.Button, new() { Name = "Återställ version 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Publicera utkastet" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicera version", Exact = false }).ClickAsync();
        await page.GotoAsync(browser.Url("/ordlista"));

        // Assert 3
        await Assertions.Expect(page.Locator("article")).Not.ToContainTextAsync(marker);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LivePreview_WithJavaScript_ShowsTheTextWhileTyping()
    {
        // Arrange
        var page = await EditorPageAsync();
        await page.GotoAsync(browser.Url("/redaktion?q=kontakt&sprak=sv"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Kontakt", Exact = false }).First.ClickAsync();

        // Act
        await page.GetByLabel("Text i Markdown").FillAsync("## Rubrik i förhandsvisningen\n\nText <script>alert(1)</script>\n");

        // Assert
        var preview = page.Locator("#live-preview");
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Rubrik i förhandsvisningen" })).ToBeVisibleAsync();
        await Assertions.Expect(preview).ToContainTextAsync("<script>alert(1)</script>");
        Assert.Equal(0, await preview.Locator("script").CountAsync());
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/redaktion")]
    [InlineData("/redaktion?status=granskning")]
    [InlineData("/redaktion/rapport")]
    public async Task EditorListPages_HaveNoAxeViolations(string url)
    {
        // Arrange
        var page = await EditorPageAsync();

        // Act
        var response = await page.GotoAsync(browser.Url(url));

        // Assert
        Assert.Equal(200, response!.Status);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditPreviewPublishHistoryPages_HaveNoAxeViolations()
    {
        // Arrange (axe needs JavaScript, so these scans run with it on)
        var page = await EditorPageAsync();
        await page.GotoAsync(browser.Url("/redaktion?q=kontakt&sprak=sv"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Kontakt", Exact = false }).First.ClickAsync();
        var editUrl = page.Url;
        var violations = new List<string>();

        // Act
        foreach (var url in new[] { editUrl, editUrl + "/forhandsgranska", editUrl + "/publicering", editUrl + "/historik?fran=1&till=1" })
        {
            await page.GotoAsync(url);
            violations.AddRange(await page.AxeViolationsAsync());
        }

        // Assert
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditorFormErrors_HaveNoAxeViolations()
    {
        // Arrange
        var page = await EditorPageAsync();
        await page.GotoAsync(browser.Url("/redaktion?q=kontakt&sprak=sv"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Kontakt", Exact = false }).First.ClickAsync();
        var editUrl = page.Url;

        var title = page.Locator("#Input_Title");
        var original = await title.InputValueAsync();

        // Act: an empty title and no change note; then a schedule time in the past
        await title.FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        var editErrors = await page.AxeViolationsAsync();
        var summary = await page.Locator("#error-summary").TextContentAsync();
        await page.Locator("#Input_Title").FillAsync(original);
        await page.GetByLabel("Vad har du ändrat?").FillAsync("Ett utkast att planera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await page.GotoAsync(editUrl + "/publicering");
        await page.GetByLabel("Datum").FillAsync("2020-01-01");
        await page.GetByLabel("Klockslag").FillAsync("08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planera publicering" }).ClickAsync();

        // Assert
        Assert.Contains("Skriv en rubrik.", summary, StringComparison.Ordinal);
        Assert.Empty(editErrors);
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Tiden har redan passerat");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
