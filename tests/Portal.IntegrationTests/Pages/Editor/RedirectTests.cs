using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>
/// Addresses that never break: a moved page's old address redirects permanently (one redirect, however often it
/// moved), an unpublished page's address says it is removed, editors add and remove redirects, loops are refused.
/// </summary>
public sealed class RedirectTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string Redirects = "/redaktion/omdirigeringar";

    [Fact]
    public async Task MovingAPage_OldAddressesRedirectInOneStepToTheNewest_AndMovingBackLeavesNoLoop()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        using var visitor = factory.CreateBrowserLikeClient();
        var id = await EditorClient.ItemIdAsync(factory, "tacka-nej");
        const string Original = "/om-du-tackar-nej-till-motet";

        // Act 1: the address changes twice
        await MoveAsync(editor, id, "tacka-nej-till-motet");
        await MoveAsync(editor, id, "nar-du-tackar-nej");

        // Assert 1: both old addresses go straight to the newest one, permanently, with the query kept
        await AssertRedirectAsync(visitor, Original, "/nar-du-tackar-nej");
        await AssertRedirectAsync(visitor, "/tacka-nej-till-motet", "/nar-du-tackar-nej");
        await AssertRedirectAsync(visitor, Original + "?utm=brev", "/nar-du-tackar-nej?utm=brev");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/nar-du-tackar-nej")).StatusCode);
        var moved = await EditorClient.WithDbAsync(factory, db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.ContentAddressMoved.Name && e.Actor == "staff:redaktor-1"));
        Assert.Equal(2, moved);

        // Act 2: back to the first address
        await MoveAsync(editor, id, "om-du-tackar-nej-till-motet");

        // Assert 2: the first address is the page again, the others lead to it, and no row leads from the page's address
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(Original)).StatusCode);
        await AssertRedirectAsync(visitor, "/tacka-nej-till-motet", Original);
        await AssertRedirectAsync(visitor, "/nar-du-tackar-nej", Original);
        Assert.False(await EditorClient.WithDbAsync(factory, db => db.ContentRedirects.AnyAsync(r => r.FromPath == Original)));

        // The list shows each redirect with where it leads and when it was last used
        var list = await editor.GetAsync(Redirects);
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "/tacka-nej-till-motet");
        Assert.Contains(Original, row.Children[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Aldrig", row.Children[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnpublishedPage_OldAddressSaysRemoved_WithLinksToStartAndSearch_AndRepublishingAtNewAddressRedirects()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        using var visitor = factory.CreateBrowserLikeClient();
        var id = await EditorClient.ItemIdAsync(factory, "arbete", "en");
        var slug = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.Where(v => v.ContentItemId == id && v.IsPublished).Select(v => v.Slug).SingleAsync());
        var address = "/en/" + slug;

        // Act 1
        using var refused = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Unpublish", ("Reason", ""));
        using var unpublished = await editor.SubmitAsync(
            await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Unpublish", ("Reason", "Ersätts av en ny sida"), ("Confirm", "true"));
        using var gone = await visitor.GetAsync(address);
        var page = await PortalAppFactory.ParseAsync(gone);

        // Assert 1: without reason and confirmation nothing happened; then 410 with the removed page in English
        var refusedPage = await PortalAppFactory.ParseAsync(refused);
        Assert.Contains("Skriv varför sidan avpubliceras.", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kryssa i", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("This page has been removed", page.QuerySelector("h1")!.TextContent);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/en", links);
        Assert.Contains("/en/search", links);
        Assert.Contains(await EditorClient.WithDbAsync(factory, db => db.AuditEvents.ToListAsync()), e => e.EventType == AuditEventType.ContentAddressRetired.Name && e.SubjectId == address);

        // Act 2: published again at a new address
        await MoveAsync(editor, id, "back-to-work-again");

        // Assert 2
        await AssertRedirectAsync(visitor, address, "/en/back-to-work-again");
    }

    [Fact]
    public async Task EditorAddsARedirect_ToAnAddressThatIsItselfRedirected_StoresTheFinalAddress_AndCanRemoveIt()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        using var visitor = factory.CreateBrowserLikeClient();

        // Act
        using var first = await editor.SubmitAsync(await editor.GetAsync(Redirects), "handler=Add", ("From", "/Brev/SGI-2025/"), ("To", "/skydda-din-sgi"));
        using var second = await editor.SubmitAsync(await editor.GetAsync(Redirects), "handler=Add", ("From", "/gammal-sgi"), ("To", "/brev/sgi-2025"));

        // Assert: the path is stored in lower case without the slash; the chain is one redirect
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        await AssertRedirectAsync(visitor, "/brev/sgi-2025", "/skydda-din-sgi");
        await AssertRedirectAsync(visitor, "/gammal-sgi", "/skydda-din-sgi");
        var added = await EditorClient.WithDbAsync(factory, db => db.ContentRedirects.SingleAsync(r => r.FromPath == "/gammal-sgi"));
        Assert.False(added.IsAutomatic);
        Assert.Contains(await EditorClient.WithDbAsync(factory, db => db.AuditEvents.ToListAsync()), e => e.EventType == AuditEventType.ContentRedirectAdded.Name && e.SubjectId == added.Id.ToString());

        // Act 2: remove it
        var list = await editor.GetAsync(Redirects);
        var form = list.QuerySelectorAll("form").First(f => f.QuerySelector($"input[value='{added.Id}']") is not null);
        using var removed = await editor.Http.PostAsync(Redirects + "?handler=Remove", new FormUrlEncodedContent(
        [
            new("redirectId", added.Id.ToString()),
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        ]));

        // Assert 2
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/gammal-sgi")).StatusCode);
        Assert.Contains(await EditorClient.WithDbAsync(factory, db => db.AuditEvents.ToListAsync()), e => e.EventType == AuditEventType.ContentRedirectRemoved.Name && e.SubjectId == added.Id.ToString());
    }

    public static TheoryData<string, string, string, string> Refused() => new()
    {
        { "/slinga", "/slinga", "To", "slinga" },
        { "gammal", "/skydda-din-sgi", "From", "börjar med /" },
        { "/ny-gammal", "/finns-inte", "To", "leder inte till någon publicerad sida" },
        { "/skydda-din-sgi", "/ordlista", "From", "är en sida som finns" },
        { "/redaktion/x", "/ordlista", "From", "är en sida som finns" },
        { "/ett-till", "", "To", "börjar med /" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task EditorAddsABadRedirect_GetsASwedishErrorByTheField_NothingStored(string from, string to, string field, string message)
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var before = await EditorClient.WithDbAsync(factory, db => db.ContentRedirects.CountAsync());

        // Act
        using var response = await editor.SubmitAsync(await editor.GetAsync(Redirects), "handler=Add", ("From", from), ("To", to));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector($"label[for={field}]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"#{field}", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(before, await EditorClient.WithDbAsync(factory, db => db.ContentRedirects.CountAsync()));
    }

    [Fact]
    public async Task ALoopWrittenOutsideTheApp_IsNotFollowed_TheVisitorGetsTheNotFoundPage()
    {
        // Arrange: rows that lead round in a circle, as a hand-edited database could hold
        await EditorClient.WithDbAsync(factory, async db =>
        {
            db.ContentRedirects.AddRange(
                new ContentRedirect { Id = Guid.NewGuid(), FromPath = "/runt-a", ToPath = "/runt-b", CreatedBy = "test" },
                new ContentRedirect { Id = Guid.NewGuid(), FromPath = "/runt-b", ToPath = "/runt-a", CreatedBy = "test" });
            return await db.SaveChangesAsync();
        });
        using var visitor = factory.CreateBrowserLikeClient();

        // Act
        using var response = await visitor.GetAsync("/runt-a");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sidan finns inte", (await PortalAppFactory.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    private static async Task AssertRedirectAsync(HttpClient visitor, string from, string to)
    {
        using var response = await visitor.GetAsync(from);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{from}: {(int)response.StatusCode}");
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }

    private static async Task MoveAsync(EditorClient editor, Guid id, string slug)
    {
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Slug", slug), ("Input.ChangeNote", "Ny adress"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var published = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }
}
