using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.TestSupport;

namespace Portal.EndToEndTests.Journeys;

/// <summary>
/// Issue 19 in a real browser, on the shared host (publishing needs no review there): addresses that never break,
/// images and PDF files, unpublishing with a reason, the word diff, and the checks when a draft is saved. Each journey
/// makes its own pages, so the pages other journeys read are left as they are. Axe on every page visited.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class EditorRound2JourneyTests(BrowserFixture browser)
{
    private static Task UnpublishAsync(IPage editor, string editPath, string reason) =>
        SubmitUnpublishAsync(editor, editPath, reason, confirm: true);

    private static async Task SubmitUnpublishAsync(IPage editor, string editPath, string reason, bool confirm)
    {
        await editor.GotoAsync(editPath + "/publicering");
        await editor.GetByLabel("Varför avpubliceras sidan?").FillAsync(reason);
        if (confirm)
        {
            // A synthetic click on the input itself, as in the other journeys: the styled checkbox hides the input.
            await editor.GetByLabel("Ja, jag vill ta bort sidan från webbplatsen").DispatchEventAsync("click");
        }

        await editor.GetByRole(AriaRole.Button, new() { Name = "Avpublicera sidan" }).ClickAsync();
    }

    [Fact]
    public async Task Unpublish_AsksForConfirmationAndAReason_AndTheReasonIsInTheHistory()
    {
        // Arrange
        var editor = await browser.StaffPageAsync("e2e-avpublicerare");
        var edit = await editor.CreatePublishedAsync("sida-som-ska-bort", "Sida som ska bort", "Den här sidan ska tas bort.\n");
        var citizen = await browser.NewPageAsync();
        Assert.Equal(200, (await citizen.GotoAsync("/sida-som-ska-bort"))!.Status);

        // Act 1: neither a reason nor the confirmation
        await SubmitUnpublishAsync(editor, edit, "", confirm: false);

        // Assert 1: both are asked for, in Swedish, and the page is still on the site
        var errors = editor.Locator("#error-summary");
        await Assertions.Expect(errors).ToContainTextAsync("Skriv varför sidan avpubliceras.");
        await Assertions.Expect(errors).ToContainTextAsync("Kryssa i att du vill ta bort sidan från webbplatsen.");
        await editor.AssertNoAxeViolationsAsync();
        Assert.Equal(200, (await citizen.GotoAsync("/sida-som-ska-bort"))!.Status);

        // Act 2: a reason and the confirmation
        await UnpublishAsync(editor, edit, "Uppgifterna gäller inte längre");

        // Assert 2: unpublished, the reason is in the page's history, and the address says the page is removed
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Sidan är avpublicerad");
        await editor.AssertNoAxeViolationsAsync();
        await editor.GotoAsync(edit + "/historik");
        var unpublished = editor.Locator(".editor-events tr", new() { HasText = "Avpublicerad" });
        await Assertions.Expect(unpublished).ToContainTextAsync("Uppgifterna gäller inte längre");
        await editor.AssertNoAxeViolationsAsync();
        var gone = await citizen.GotoAsync("/sida-som-ska-bort");
        Assert.Equal(410, gone!.Status);
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan har tagits bort");
        await editor.Context.CloseAsync();
        await citizen.Context.CloseAsync();
    }

    [Fact]
    public async Task Redirects_ChangedAddressLeadsToTheNewOne_ManualRedirectAddedAndRemoved_RemovedPageLinksToStartAndSearch()
    {
        // Arrange: a published page
        var editor = await browser.StaffPageAsync("e2e-adresser");
        var edit = await editor.CreatePublishedAsync("sida-som-flyttar", "Sida som flyttar", "Texten på sidan som flyttar.\n");
        var citizen = await browser.NewPageAsync();

        // Act 1: the address changes, and the new version is published
        await editor.SaveDraftAsync(edit, "Ny adress", ("Input_Slug", "sidans-nya-adress"));
        await editor.PublishAsync(edit);
        await citizen.GotoAsync("/sida-som-flyttar?fran=brev");

        // Assert 1: the old address (from a letter) lands on the new one, query string kept
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/sidans-nya-adress\\?fran=brev$"));
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sida som flyttar");
        await citizen.AssertNoAxeViolationsAsync();

        // Act 2: the list shows the automatic redirect; the editor adds one by hand, a visitor follows it, then it is removed
        await editor.GotoAsync("/redaktion/omdirigeringar");
        var automatic = editor.Locator(".editor-redirects tr", new() { HasText = "/sida-som-flyttar" });
        await Assertions.Expect(automatic).ToContainTextAsync("/sidans-nya-adress");
        await Assertions.Expect(automatic).ToContainTextAsync("automatiskt");
        await editor.AssertNoAxeViolationsAsync();
        await editor.GetByLabel("Gammal adress").FillAsync("/brev-2026/flyttad");
        await editor.GetByLabel("Ny adress").FillAsync("/sidans-nya-adress");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lägg till omdirigering" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        var manual = editor.Locator(".editor-redirects tr", new() { HasText = "/brev-2026/flyttad" });
        await Assertions.Expect(manual).ToContainTextAsync("Aldrig");
        await editor.AssertNoAxeViolationsAsync();
        await citizen.GotoAsync("/brev-2026/flyttad");
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/sidans-nya-adress$"));
        await editor.ReloadAsync();
        await Assertions.Expect(manual).Not.ToContainTextAsync("Aldrig");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Ta bort omdirigeringen från /brev-2026/flyttad" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(manual).ToHaveCountAsync(0);
        await editor.AssertNoAxeViolationsAsync();
        // (A new visitor: the citizen's browser keeps the permanent redirect it has seen, as browsers do.)
        var newVisitor = await browser.NewPageAsync();
        var removedRedirect = await newVisitor.GotoAsync("/brev-2026/flyttad");

        // Assert 2: the removed redirect no longer leads anywhere
        Assert.Equal(404, removedRedirect!.Status);
        await newVisitor.Context.CloseAsync();

        // Act 3: the page is unpublished
        await UnpublishAsync(editor, edit, "Sidan behövs inte längre");
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Sidan är avpublicerad");
        var oldAddress = await citizen.GotoAsync("/sida-som-flyttar");

        // Assert 3: the first address says the page is removed and links to the start page and search, never a bare 404
        Assert.Equal(410, oldAddress!.Status);
        var main = citizen.GetByRole(AriaRole.Main);
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan har tagits bort");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "startsidan", Exact = false })).ToHaveAttributeAsync("href", "/");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "Sök", Exact = false })).ToBeVisibleAsync();
        await citizen.AssertNoAxeViolationsAsync();
        Assert.Equal(410, (await citizen.GotoAsync("/sidans-nya-adress"))!.Status);
        await editor.Context.CloseAsync();
        await citizen.Context.CloseAsync();
    }

    [Fact]
    public async Task ImagesAndPdf_UploadedWithAltText_ReferredToByName_ShownOnThePublishedPage()
    {
        // Arrange
        var editor = await browser.StaffPageAsync("e2e-filer");
        var edit = await editor.CreateDraftAsync("sida-med-bild", "Sida med bild", "Här är en karta över kontoren.\n");
        await editor.GotoAsync(edit);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Bilder och filer" }).ClickAsync();
        var filesPath = new Uri(editor.Url).AbsolutePath;
        await editor.AssertNoAxeViolationsAsync();
        var upload = editor.GetByRole(AriaRole.Button, new() { Name = "Ladda upp" });

        // Act 1: a file that is not an image or a PDF (named .png)
        await editor.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "bild.png", MimeType = "image/png", Buffer = "<html><script>alert(1)</script></html>"u8.ToArray() });
        await editor.GetByLabel("Alternativtext (för bilder)").FillAsync("En bild");
        await upload.ClickAsync();

        // Assert 1: a Swedish error for each
        await Assertions.Expect(editor.Locator("#error-summary")).ToContainTextAsync("inte en PNG- eller JPEG-bild eller en PDF-fil");
        await editor.AssertNoAxeViolationsAsync();
        await editor.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "Karta över kontoren.png", MimeType = "image/png", Buffer = TestImages.PngWithMetadata() });
        await editor.GetByLabel("Alternativtext (för bilder)").FillAsync("");
        await upload.ClickAsync();
        await Assertions.Expect(editor.Locator("#error-summary")).ToContainTextAsync("Skriv vad bilden visar");
        await editor.AssertNoAxeViolationsAsync();

        // Act 2: the image with alt text and a PDF; the text refers to both by name; publish
        await editor.GotoAsync(filesPath);
        await editor.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "Karta över kontoren.png", MimeType = "image/png", Buffer = TestImages.PngWithMetadata() });
        await editor.GetByLabel("Alternativtext (för bilder)").FillAsync("Karta över våra kontor");
        await upload.ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await editor.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "Blankett.pdf", MimeType = "application/pdf", Buffer = TestImages.Pdf() });
        await upload.ClickAsync();
        await Assertions.Expect(editor.Locator(".editor-files")).ToContainTextAsync("blankett.pdf");
        await Assertions.Expect(editor.Locator(".editor-files")).ToContainTextAsync("![Karta över våra kontor](karta-over-kontoren.png)");
        await editor.AssertNoAxeViolationsAsync();
        await editor.SaveDraftAsync(edit, "Karta och blankett",
            ("Input_Body", "Här är en karta över kontoren.\n\n![Karta över våra kontor](karta-over-kontoren.png)\n\n[Blanketten (PDF)](blankett.pdf)\n"));
        await Assertions.Expect(editor.Locator("#saved-problems")).ToHaveCountAsync(0);
        await editor.PublishAsync(edit);
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync("/sida-med-bild");

        // Assert 2: the image with its alt text (loaded), the PDF linked and served for a long time with the security headers
        var image = citizen.GetByRole(AriaRole.Main).GetByRole(AriaRole.Img, new() { Name = "Karta över våra kontor" });
        await Assertions.Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The image did not load.");
        var link = citizen.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Blanketten (PDF)" });
        var pdf = await citizen.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.Contains("max-age=31536000", pdf.Headers["cache-control"], StringComparison.Ordinal);
        Assert.Equal("nosniff", pdf.Headers["x-content-type-options"]);
        Assert.True(pdf.Headers.ContainsKey("content-security-policy"));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.BodyAsync())[..5], StringComparison.Ordinal);
        await citizen.AssertNoAxeViolationsAsync();
        await editor.Context.CloseAsync();
        await citizen.Context.CloseAsync();
    }

    [Fact]
    public async Task Diff_ShowsChangedWords_AndFoldsUnchangedStretches()
    {
        // Arrange: a page of twenty lines; one word changes near the start and one near the end
        var editor = await browser.StaffPageAsync("e2e-jamforelse");
        var lines = Enumerable.Range(1, 20).Select(n => $"Rad {n} handlar om samma sak som förut.").ToList();
        var edit = await editor.CreateDraftAsync("sida-att-jamfora", "Sida att jämföra", string.Join("\n\n", lines) + "\n");
        lines[1] = "Rad 2 handlar om en annan sak än förut.";
        lines[18] = "Rad 19 handlar om samma fråga som förut.";
        await editor.SaveDraftAsync(edit, "Två ord ändrade", ("Input_Body", string.Join("\n\n", lines) + "\n"));

        // Act
        await editor.GotoAsync(edit);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Historik och jämförelse" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Jämför" }).ClickAsync();

        // Assert: the changed words are marked, the unchanged stretch between them is folded until opened
        var diff = editor.Locator(".editor-diff");
        await Assertions.Expect(diff.Locator("ins.editor-diff__word", new() { HasText = "annan" })).ToHaveCountAsync(1);
        await Assertions.Expect(diff.Locator("del.editor-diff__word", new() { HasText = "samma" }).First).ToBeVisibleAsync();
        await Assertions.Expect(diff.Locator("ins.editor-diff__word", new() { HasText = "fråga" })).ToHaveCountAsync(1);
        var fold = diff.Locator("details.editor-diff__fold").First;
        await Assertions.Expect(fold.Locator("summary")).ToContainTextAsync("oförändrade rader");
        var hidden = fold.GetByText("Rad 10 handlar om samma sak som förut.");
        await Assertions.Expect(hidden).ToBeHiddenAsync();
        await editor.AssertNoAxeViolationsAsync();
        await fold.Locator("summary").ClickAsync();
        await Assertions.Expect(hidden).ToBeVisibleAsync();
        await editor.AssertNoAxeViolationsAsync();
        await editor.Context.CloseAsync();
    }

    [Fact]
    public async Task SavingADraft_WithABrokenLinkAndAnUnknownRelatedPage_ReportsThemAtOnce()
    {
        // Arrange
        var editor = await browser.StaffPageAsync("e2e-kontroll");
        var edit = await editor.CreateDraftAsync("sida-med-fel", "Sida med fel", "En sida som snart får fel.\n");

        // Act
        await editor.SaveDraftAsync(edit, "Länk och relaterad sida",
            ("Input_Body", "Läs [den gamla sidan](/en-sida-som-inte-finns).\n"), ("Input_Related", "nyckel-som-inte-finns"));

        // Assert: the problems are on the page right after saving, not first at publishing
        var problems = editor.Locator("#saved-problems");
        await Assertions.Expect(problems).ToContainTextAsync("Länken '/en-sida-som-inte-finns' leder inte till någon publicerad sida");
        await Assertions.Expect(problems).ToContainTextAsync("Den relaterade sidan 'nyckel-som-inte-finns' finns inte.");
        await editor.AssertNoAxeViolationsAsync();
        await editor.GotoAsync(edit + "/publicering");
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Publicera version", Exact = false })).ToHaveCountAsync(0);
        await editor.Context.CloseAsync();
    }
}
