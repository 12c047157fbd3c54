using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.Staff;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Guidance;

/// <summary>Published guidance pages are output-cached; invalidating the catalog (publish, import) evicts them at once.</summary>
public sealed class OutputCacheTests : IDisposable
{
    private const string Url = "/skydda-din-sgi";

    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpResponseMessage Response, string Title)> GetAsync(HttpClient client)
    {
        var response = await client.GetAsync(Url);
        var document = await PortalAppFactory.ParseAsync(response);
        return (response, document.QuerySelector("h1")!.TextContent.Trim());
    }

    private async Task RetitlePublishedVersionAsync(string title)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var version = await db.ContentVersions.SingleAsync(v => v.IsPublished && v.Slug == "skydda-din-sgi" && v.Item!.Language == "sv");
        version.Title = title;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Get_Twice_SecondIsServedFromTheOutputCache()
    {
        // Arrange
        using var client = _app.CreateBrowserLikeClient();

        // Act
        using var first = (await GetAsync(client)).Response;
        using var second = (await GetAsync(client)).Response;

        // Assert: the output cache marks a stored response with an Age header; the first was rendered.
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.Contains("frame-ancestors 'none'", second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalidate_AfterAChangeInTheDatabase_NextRequestShowsTheChange()
    {
        // Arrange: the page is in the output cache, then its published text changes underneath
        using var client = _app.CreateBrowserLikeClient();
        var (_, before) = await GetAsync(client);
        await RetitlePublishedVersionAsync("Ny rubrik efter publicering");
        var (cached, stillBefore) = await GetAsync(client);

        // Act
        _app.Services.GetRequiredService<PublishedContent>().Invalidate();
        var (fresh, after) = await GetAsync(client);

        // Assert
        Assert.Equal("Skydda din SGI", before);
        Assert.Equal(before, stillBefore);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal("Ny rubrik efter publicering", after);
        Assert.Null(fresh.Headers.Age);
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("citizen")]
    public async Task Get_AfterARealSignIn_IsNeverServedFromOrStoredInTheCache(string who)
    {
        // Arrange: one anonymous request fills the cache; then a client signs in through the real pages, so it carries
        // exactly the cookies the app sets (portal.staff, or portal.citizen)
        using var anonymous = _app.CreateBrowserLikeClient();
        await GetAsync(anonymous);
        var signedIn = who == "staff"
            ? await _app.SignInAsStaffAsync(StaffTestData.Anna)
            : await _app.SignInAsync(await _app.CreateMeetingAsync());

        // Act
        var (first, _) = await GetAsync(signedIn.Http);
        var (second, _) = await GetAsync(signedIn.Http);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
    }

    [Theory]
    [InlineData("portal.staff")]
    [InlineData("portal.citizen")]
    public void SignInCookieNames_AreTheOnesTheAppSets(string cookie)
    {
        // Arrange
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Headers.Cookie = $"{cookie}=something";

        // Act
        var cacheable = GuidanceOutputCache.IsCacheable(context);

        // Assert
        Assert.False(cacheable);
    }

    [Fact]
    public async Task QuestionnairePages_AreNeverCached()
    {
        // Arrange
        using var client = _app.CreateBrowserLikeClient();
        const string link = "/mote/finns-inte-men-ar-tillrackligt-lang-for-att-se-ut-som-en-token";

        // Act
        using var first = await client.GetAsync(link);
        using var second = await client.GetAsync(link);

        // Assert
        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
    }
}
