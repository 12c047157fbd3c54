using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>Save, preview, publish, conflict, restore and the audit trail, through the real pages.</summary>
public sealed class EditorWorkflowTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string PublicUrl = "/skydda-din-sgi";

    [Fact]
    public async Task Save_CreatesDraft_PublicPageUnchangedUntilPublish_ThenShowsTheChange()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "sgi");
        var before = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.CountAsync(v => v.ContentItemId == id));
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent + "\nEn helt ny mening om SGI-skyddet.\n";

        // Act 1: save a draft
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", body), ("Input.ChangeNote", "Ny mening"));

        // Assert 1: a new version; the public page is unchanged
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await EditorClient.WithDbAsync(factory, db => db.ContentVersions.CountAsync(v => v.ContentItemId == id)));
        Assert.DoesNotContain("En helt ny mening", await (await factory.CreateClient().GetAsync(PublicUrl)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Act 2: preview, then publish
        var preview = await editor.GetAsync($"/redaktion/innehall/{id}/forhandsgranska");
        var publishPage = await editor.GetAsync($"/redaktion/innehall/{id}/publicering");
        using var published = await editor.SubmitAsync(publishPage, "handler=Publish");

        // Assert 2: the preview showed it with the public layout, and the public page shows it at once
        Assert.Contains("En helt ny mening", preview.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector("nav.language-nav"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("En helt ny mening", await (await factory.CreateClient().GetAsync(PublicUrl)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var events = await AuditAsync(id);
        Assert.Contains(events, e => e.EventType == AuditEventType.ContentDraftSaved.Name && e.Actor == "staff:redaktor-1" && e.Reason == "Ny mening");
        Assert.Contains(events, e => e.EventType == AuditEventType.ContentPublished.Name && e.Actor == "staff:redaktor-1");
    }

    [Fact]
    public async Task TwoEditors_SaveTheSamePage_SecondGetsConflictWithBothTexts_NothingLost()
    {
        // Arrange
        using var anna = EditorClient.SignedIn(factory, "anna");
        using var bo = EditorClient.SignedIn(factory, "bo");
        var id = await EditorClient.ItemIdAsync(factory, "af");
        var annasForm = await anna.GetAsync($"/redaktion/innehall/{id}");
        var bosForm = await bo.GetAsync($"/redaktion/innehall/{id}");
        var before = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.CountAsync(v => v.ContentItemId == id));

        // Act
        using var first = await anna.SubmitAsync(annasForm, null, ("Input.Body", "Annas text.\n"), ("Input.ChangeNote", "Anna"));
        using var second = await bo.SubmitAsync(bosForm, null, ("Input.Body", "Bos text.\n"), ("Input.ChangeNote", "Bo"));
        var conflict = await PortalAppFactory.ParseAsync(second);

        // Assert: Bo sees Anna's saved text and keeps his own in the form; only Anna's version was stored
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Någon annan har sparat sidan", conflict.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Annas text.\n", conflict.QuerySelector("#conflict-text")!.TextContent);
        Assert.Equal("Bos text.", conflict.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
        Assert.Equal(before + 1, await EditorClient.WithDbAsync(factory, db => db.ContentVersions.CountAsync(v => v.ContentItemId == id)));

        // Act 2: Bo saves again, now knowingly on top of Anna's version
        using var third = await bo.SubmitAsync(conflict, null);

        // Assert 2
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        var latest = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.SingleAsync(v => v.ContentItemId == id && v.IsLatest));
        Assert.Equal("Bos text.\n", latest.Body);
        Assert.Equal(before + 2, latest.VersionNumber);
    }

    public static TheoryData<string, string> XssAttempts() => new()
    {
        { "<script>alert('x')</script>", "<script" },
        { "<img src=x onerror=alert(1)>", "<img" },
        { "<a href=\"javascript:alert(1)\">klick</a>", "<a href=\"javascript" },
        { "<div onmouseover=\"alert(1)\">hej</div>", "<div onmouseover" },
        { "<iframe src=\"https://example.org\"></iframe>", "<iframe" },
        { "<svg onload=alert(1)>", "<svg onload" },
    };

    [Theory]
    [MemberData(nameof(XssAttempts))]
    public async Task RawHtml_IsShownAsText_OnPreviewAndPublicPage(string attack, string mustNotAppear)
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "ordlista");
        var slug = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.Where(v => v.ContentItemId == id && v.IsLatest).Select(v => v.Slug).SingleAsync());
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");

        // Act
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", $"Text före.\n\n{attack}\n\nText efter {attack}\n"), ("Input.ChangeNote", "Försök med HTML"));
        var preview = await (await editor.Http.GetAsync($"/redaktion/innehall/{id}/forhandsgranska")).Content.ReadAsStringAsync();
        using var published = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Publish");
        var page = await (await factory.CreateClient().GetAsync("/" + slug)).Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        foreach (var html in new[] { preview, page })
        {
            Assert.DoesNotContain(mustNotAppear, html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Text efter", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[klicka](javascript:alert(1))")]
    [InlineData("[klicka](JaVaScRiPt:alert(1))")]
    [InlineData("[klicka](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![bild](javascript:alert(1))")]
    public async Task ForbiddenLink_NeverReachesThePage_AndPublishIsRefused(string link)
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "kontakt");
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", $"Läs mer: {link}\n"), ("Input.ChangeNote", "Länk"));
        var publishedBefore = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.SingleAsync(v => v.ContentItemId == id && v.IsPublished));

        // Act
        var preview = await (await editor.Http.GetAsync($"/redaktion/innehall/{id}/forhandsgranska")).Content.ReadAsStringAsync();
        var publishPage = await editor.GetAsync($"/redaktion/innehall/{id}/publicering");
        using var content = new FormUrlEncodedContent([new("VersionNumber", (publishedBefore.VersionNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var refused = await editor.Http.PostAsync($"/redaktion/innehall/{id}/publicering?handler=Publish", content);

        // Assert: the preview drops the link, the publish page lists the problem, and publishing is refused
        Assert.DoesNotContain("href=\"javascript", preview, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", preview, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("inte tillåten", publishPage.QuerySelector(".editor-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Null(publishPage.QuerySelector("form[action*='handler=Publish']"));
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        var publishedAfter = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.SingleAsync(v => v.ContentItemId == id && v.IsPublished));
        Assert.Equal(publishedBefore.Id, publishedAfter.Id);
    }

    [Fact]
    public async Task Publish_IsRefused_ForBrokenInternalLinkAndDuplicateSlug()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "omprovning");
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");

        // Act
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Slug", "skydda-din-sgi"), ("Input.Body", "Se [sidan som inte finns](/finns-inte-alls) och [SGI](/skydda-din-sgi).\n"), ("Input.ChangeNote", "Fel"));
        var publishPage = await editor.GetAsync($"/redaktion/innehall/{id}/publicering");
        var problems = publishPage.QuerySelector(".editor-problems")!.TextContent;

        // Assert
        Assert.Contains("'/finns-inte-alls' leder inte till någon publicerad sida", problems, StringComparison.Ordinal);
        Assert.Contains("Adressen 'skydda-din-sgi' används redan", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("'/skydda-din-sgi' leder inte", problems, StringComparison.Ordinal);

        // Clean up: the draft's slug would block the real page's next publish
        using var restored = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/historik"), "handler=Restore", ("version", "1"));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
    }

    [Fact]
    public async Task Restore_CreatesANewVersion_HistoryIsNeverRewritten_AtMostOnePublished()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "moten");
        var original = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.VersionNumber == 1));
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");
        using (await editor.SubmitAsync(edit, null, ("Input.Body", "Kortare text.\n"), ("Input.ChangeNote", "Kortade")))
        {
        }

        using (await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Publish"))
        {
        }

        var before = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == id).OrderBy(v => v.VersionNumber).ToListAsync());

        // Act
        var history = await editor.GetAsync($"/redaktion/innehall/{id}/historik?fran=1&till=2");
        using var restored = await editor.SubmitAsync(history, "handler=Restore", ("version", "1"));

        // Assert
        Assert.Contains("Borttagen rad", history.QuerySelector(".editor-diff")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tillagd rad: Kortare text.", history.QuerySelector(".editor-diff")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var after = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == id).OrderBy(v => v.VersionNumber).ToListAsync());
        Assert.Equal(before.Count + 1, after.Count);
        var restoredVersion = after[^1];
        Assert.Equal(original.Body, restoredVersion.Body);
        Assert.Equal(original.Title, restoredVersion.Title);
        Assert.True(restoredVersion.IsLatest);
        Assert.False(restoredVersion.IsPublished);
        foreach (var old in before)
        {
            var same = after.Single(v => v.Id == old.Id);
            Assert.Equal((old.Body, old.VersionNumber, old.ChangeNote, old.CreatedUtc, old.IsPublished), (same.Body, same.VersionNumber, same.ChangeNote, same.CreatedUtc, same.IsPublished));
        }

        Assert.Contains(await AuditAsync(id), e => e.EventType == AuditEventType.ContentRestored.Name && e.PayloadJson.Contains("\"RestoredFrom\":1", StringComparison.Ordinal));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task HistoryDiff_MarksTheChangedWords_AndFoldsTheLongUnchangedStretch()
    {
        // Arrange: twenty lines, then the same with one word changed near the start and one near the end
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "tidslinje");
        var lines = Enumerable.Range(1, 20).Select(n => $"Rad {n} handlar om samma sak som förut.").ToList();
        using (await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}"), null, ("Input.Body", string.Join("\n", lines)), ("Input.ChangeNote", "Tjugo rader")))
        {
        }

        lines[1] = "Rad 2 handlar om en annan sak som förut.";
        lines[18] = "Rad 19 handlar om samma fråga som förut.";
        using (await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}"), null, ("Input.Body", string.Join("\n", lines)), ("Input.ChangeNote", "Två ord")))
        {
        }

        var latest = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.Where(v => v.ContentItemId == id && v.IsLatest).Select(v => v.VersionNumber).SingleAsync());

        // Act
        var history = await editor.GetAsync($"/redaktion/innehall/{id}/historik?fran={latest - 1}&till={latest}");

        // Assert: only the changed words are marked inside the changed lines; the sixteen lines between them are folded
        var diff = history.QuerySelector(".editor-diff")!;
        Assert.Equal(["en annan", "fråga"], diff.QuerySelectorAll("ins.editor-diff__word").Select(e => e.TextContent.Trim()).ToArray());
        Assert.Equal(["samma", "sak"], diff.QuerySelectorAll("del.editor-diff__word").Select(e => e.TextContent.Trim()).ToArray());
        var fold = Assert.Single(diff.QuerySelectorAll("details.editor-diff__fold"));
        Assert.Null(fold.GetAttribute("open"));
        Assert.Contains("Rad 10 handlar om samma sak som förut.", fold.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Rad 2 ", fold.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Visa \d+ oförändrade rader", fold.QuerySelector("summary")!.TextContent);
    }

    [Fact]
    public async Task StructuredYaml_IsValidatedByTheFeatureParser()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, Portal.Web.Features.SgiCheck.SgiTextsContent.TypeName, "sv", Portal.Web.Features.SgiCheck.SgiTextsContent.TypeName);
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");
        var yaml = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent;

        // Act
        using var broken = await editor.SubmitAsync(edit, null, ("Input.Body", "language: sv\ntexts: [oj"), ("Input.ChangeNote", "Trasig"));
        var brokenPage = await PortalAppFactory.ParseAsync(broken);
        using var wrongLanguage = await editor.SubmitAsync(edit, null, ("Input.Body", yaml.Replace("language: sv", "language: en", StringComparison.Ordinal)), ("Input.ChangeNote", "Fel språk"));
        using var good = await editor.SubmitAsync(edit, null, ("Input.Body", yaml + "\n"), ("Input.ChangeNote", "Samma text"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("Texten kan inte användas", brokenPage.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("language: sv\ntexts: [oj", brokenPage.QuerySelector("textarea[name='Input.Body']")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, wrongLanguage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }

    [Fact]
    public async Task InvalidForm_ShowsSwedishErrors_AndKeepsTheText()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "ordlista");
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");

        // Act
        using var response = await editor.SubmitAsync(edit, null, ("Input.Title", ""), ("Input.Slug", "Inte OK"), ("Input.Order", "tio"), ("Input.LastReviewed", "31/12"), ("Input.Body", "Min text"), ("Input.ChangeNote", ""));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Rubrik: Skriv en rubrik.", summary, StringComparison.Ordinal);
        Assert.Contains("Adress: Adressen får bara innehålla", summary, StringComparison.Ordinal);
        Assert.Contains("Ordning:", summary, StringComparison.Ordinal);
        Assert.Contains("Senast granskad:", summary, StringComparison.Ordinal);
        Assert.Contains("Vad har du ändrat? Skriv kort", summary, StringComparison.Ordinal);
        Assert.Equal("Min text", page.QuerySelector("textarea[name='Input.Body']")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_Title")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Unpublish_RemovesThePublicPage_AndIsAudited()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "arbete");
        var slug = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.Where(v => v.ContentItemId == id && v.IsPublished).Select(v => v.Slug).SingleAsync());
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + slug)).StatusCode);

        // Act
        using var response = await editor.SubmitAsync(
            await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Unpublish", ("Reason", "Inaktuell information"), ("Confirm", "true"));

        // Assert: the old address says the page is removed (410, never a bare 404); the reason is in the audit trail
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync("/" + slug)).StatusCode);
        Assert.Contains(await AuditAsync(id), e => e.EventType == AuditEventType.ContentUnpublished.Name && e.Actor == "staff:redaktor-1" && e.Reason == "Inaktuell information");
        var events = (await editor.GetAsync($"/redaktion/innehall/{id}/historik")).QuerySelectorAll(".editor-events tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Inaktuell information", Assert.Single(events, e => e.Contains("Avpublicerad", StringComparison.Ordinal)), StringComparison.Ordinal);
        await AssertInvariantsAsync();

        // Publish it again, so the other tests' links still resolve
        using var again = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + slug)).StatusCode);
    }

    private async Task<List<Web.Platform.Auditing.AuditEvent>> AuditAsync(Guid id) =>
        await EditorClient.WithDbAsync(factory, db => db.AuditEvents.AsNoTracking().Where(e => e.SubjectId == id.ToString()).ToListAsync());

    private async Task AssertInvariantsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var perItem = await db.ContentVersions.GroupBy(v => v.ContentItemId)
            .Select(g => new { Published = g.Count(v => v.IsPublished), Latest = g.Count(v => v.IsLatest) }).ToListAsync();
        Assert.All(perItem, p => Assert.True(p.Published <= 1 && p.Latest == 1));
    }

    [Fact]
    public async Task HistoryAndEditPage_NameTheEditor_NotTheirUserId()
    {
        // Arrange: a staff account with a display name saves a draft
        await EditorClient.WithDbAsync(factory, db =>
        {
            db.Users.Add(new Portal.Web.Platform.Security.StaffUser { Id = "redaktor-rut", UserName = "rut", NormalizedUserName = "RUT", DisplayName = "Rut Redaktör", CreatedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        using var editor = EditorClient.SignedIn(factory, "redaktor-rut");
        var id = await EditorClient.ItemIdAsync(factory, "kontakt");
        using var saved = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}"), null, ("Input.ChangeNote", "Rättade telefontiderna"));

        // Act
        var history = await editor.GetAsync($"/redaktion/innehall/{id}/historik");
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = history.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Rättade telefontiderna", StringComparison.Ordinal));
        Assert.Contains("Rut Redaktör", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("redaktor-rut", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("av Rut Redaktör", edit.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
    }
}
