using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>New pages and missing translations, through the real pages: a first unpublished draft, audited, linked by key.</summary>
public sealed class EditorCreateTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task MissingTranslation_StartsFromTheSwedishPage_AndIsSavedAsALinkedDraft()
    {
        // Arrange: a published page with no English version
        await SwedishOnlyPage.EnsureAsync(factory);
        using var editor = EditorClient.SignedIn(factory);
        var list = await editor.GetAsync("/redaktion?q=" + SwedishOnlyPage.Key);
        var createLink = list.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h == $"/redaktion/ny-sida?nyckel={SwedishOnlyPage.Key}&sprak=en");
        var swedish = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.SingleAsync(v => v.Item!.TranslationKey == SwedishOnlyPage.Key && v.Item.Language == "sv" && v.IsLatest));
        var form = await editor.GetAsync(createLink!);

        // Act
        using var saved = await editor.SubmitAsync(form, null, ("Input.Title", "Only in Swedish"), ("Input.Slug", "only-in-swedish"), ("Input.Summary", "A page in Swedish."), ("Input.Body", "## SGI\n\nYour sickness benefit qualifying income.\n"));

        // Assert: the form started from the Swedish text; the draft is English, linked by the key, and not published
        Assert.Equal(swedish.Title, form.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal(swedish.Body.Trim(), form.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var item = await EditorClient.WithDbAsync(factory, db => db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.ContentType == Portal.Web.Features.Guidance.GuidanceContent.TypeName && i.TranslationKey == SwedishOnlyPage.Key && i.Language == "en"));
        Assert.Equal($"/redaktion/innehall/{item.Id}?sparad=1", FormClient.Location(saved));
        var version = Assert.Single(item.Versions);
        Assert.Equal(("Only in Swedish", "only-in-swedish", false, true), (version.Title, version.Slug, version.IsPublished, version.IsLatest));
        Assert.Equal(swedish.Section, version.Section);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/en/only-in-swedish")).StatusCode);
        var created = await EditorClient.WithDbAsync(factory, db => db.AuditEvents.SingleAsync(e => e.SubjectId == item.Id.ToString() && e.EventType == AuditEventType.ContentCreated.Name));
        Assert.Equal(("staff:redaktor-1", "Ny översättning"), (created.Actor, created.Reason));

        // Act 2: the same link again
        using var again = await editor.Http.GetAsync(createLink!);

        // Assert 2: the version exists now, so the link leads to it
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal($"/redaktion/innehall/{item.Id}", FormClient.Location(again));
    }

    [Fact]
    public async Task ContentList_ShowsAMissingLattlastVersion_WithALinkToCreateIt()
    {
        // Arrange: a page only in Swedish, and the SGI page, which content/ has in all three languages
        await SwedishOnlyPage.EnsureAsync(factory);
        using var editor = EditorClient.SignedIn(factory);

        // Act
        var list = await editor.GetAsync("/redaktion?sprak=sv&typ=guidance");

        // Assert
        var swedishOnly = list.QuerySelectorAll("tr").Single(r => r.QuerySelector($"a[href='/redaktion/ny-sida?nyckel={SwedishOnlyPage.Key}&sprak=lattlast']") is not null);
        Assert.Contains("Lättläst: saknas", swedishOnly.TextContent, StringComparison.Ordinal);
        Assert.Contains("Engelska: saknas", swedishOnly.TextContent, StringComparison.Ordinal);
        var sgiId = await EditorClient.ItemIdAsync(factory, "sgi", "lattlast");
        var sgi = list.QuerySelectorAll("tr").Single(r => r.QuerySelector($"a[href='/redaktion/innehall/{sgiId}']") is not null);
        Assert.DoesNotContain("saknas", sgi.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPage_IsASwedishDraft_ThatCanBePublished()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var form = await editor.GetAsync("/redaktion/ny-sida");

        // Act
        using var saved = await editor.SubmitAsync(form, null,
            ("Key", "stod-fran-kommunen"), ("Input.Title", "Stöd från kommunen"), ("Input.Slug", "stod-fran-kommunen"),
            ("Input.Summary", "Vad kommunen kan hjälpa till med."), ("Input.Owner", "Redaktionen"), ("Input.Body", "Kommunen kan ge stöd.\n"));
        var id = await EditorClient.ItemIdAsync(factory, "stod-fran-kommunen");
        var publishPage = await editor.GetAsync($"/redaktion/innehall/{id}/publicering");
        using var published = await editor.SubmitAsync(publishPage, "handler=Publish");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Ny sida", await EditorClient.WithDbAsync(factory, db => db.ContentVersions.Where(v => v.ContentItemId == id).Select(v => v.ChangeNote).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await (await factory.CreateClient().GetAsync("/stod-fran-kommunen")).Content.ReadAsStringAsync();
        Assert.Contains("Kommunen kan ge stöd.", page, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> InvalidNewPages => new()
    {
        { "Key", "", "Input.Title", "Skriv en nyckel." },
        { "Key", "Stöd Från Kommunen", "Input.Title", "Nyckeln får bara innehålla små bokstäver" },
        { "Key", "sgi", "Input.Title", "Det finns redan en sida med den nyckeln." },
        { "Key", "en-ny-nyckel", "Input.Title", "Skriv en rubrik." },
    };

    [Theory]
    [MemberData(nameof(InvalidNewPages))]
    public async Task NewPage_WithBadInput_ShowsTheErrorAndStoresNothing(string field, string value, string emptied, string expected)
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var form = await editor.GetAsync("/redaktion/ny-sida");
        var before = await EditorClient.WithDbAsync(factory, db => db.ContentItems.CountAsync());

        // Act
        using var response = await editor.SubmitAsync(form, null, (field, value), (emptied, ""), ("Input.Slug", "en-ny-sida"), ("Input.Body", "Text.\n"));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert: the error summary and the field say it; the typed text is kept; nothing was created
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector(".error-summary")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Text.", page.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
        Assert.Equal(before, await EditorClient.WithDbAsync(factory, db => db.ContentItems.CountAsync()));
    }

    [Theory]
    [InlineData("/redaktion/ny-sida?nyckel=finns-inte&sprak=en")]
    [InlineData("/redaktion/ny-sida?nyckel=ordlista&sprak=de")]
    [InlineData("/redaktion/ny-sida?sprak=en")]
    public async Task TranslationOfSomethingUnknown_IsNotFound(string url)
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);

        // Act
        using var response = await editor.Http.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
