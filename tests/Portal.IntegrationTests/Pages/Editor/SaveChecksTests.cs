using System.Net;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>Broken links and unknown related pages are reported when the draft is saved, not first at publishing.</summary>
public sealed class SaveChecksTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task SavingADraftWithABrokenLinkAndAnUnknownRelatedPage_ReportsBoth_OnTheSavedPage()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "ordlista");
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent + "\nLäs [mer här](/sidan-som-inte-finns).\n";

        // Act
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", body), ("Input.Related", "moten, okand-sida"), ("Input.ChangeNote", "Länk"));
        var page = await editor.GetAsync(FormClient.Location(saved)!);

        // Assert: saved (a draft may be unfinished), with the problems listed at once
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var problems = page.QuerySelector("#saved-problems")!.TextContent;
        Assert.Contains("Länken '/sidan-som-inte-finns' leder inte till någon publicerad sida", problems, StringComparison.Ordinal);
        Assert.Contains("Den relaterade sidan 'okand-sida' finns inte.", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("'moten'", problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingACleanDraft_ReportsNothing()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "kontakt");
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");

        // Act
        using var saved = await editor.SubmitAsync(edit, null, ("Input.ChangeNote", "Inget nytt"));
        var page = await editor.GetAsync(FormClient.Location(saved)!);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null(page.QuerySelector("#saved-problems"));
        Assert.Contains("är sparad som utkast", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }
}
