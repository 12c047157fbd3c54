using System.Net;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// Issue 13: a path segment with a control character gets one of the portal's own Swedish pages, never an empty 400.
/// </summary>
/// <remarks>
/// A NUL (<c>%00</c>) never reaches the app: Kestrel's request-line decoder (the same UrlDecoder that the test host's
/// PathString.FromUriComponent uses, which throws "The path contains null characters") rejects it with its own empty
/// 400 before any middleware runs, and that response cannot be customised in-process. The other control characters
/// do reach the app and are covered here.
/// </remarks>
public sealed class MalformedPathTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/mote/%01%1b")]
    [InlineData("/mote/abc%7fdef")]
    [InlineData("/formular/%01")]
    [InlineData("/formular/%1b/steg/motet")]
    [InlineData("/%1b")]
    [InlineData("/en/%01")]
    public async Task ControlCharacterInPath_GetsAPortalPageInTheAddressLanguage(string url)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(url);
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert: the error page (400/404) or, for an invitation link, the page that says the link is not valid
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.OK });
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(url.StartsWith("/en/", StringComparison.Ordinal) ? "en" : "sv", page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main h1")?.TextContent));
        Assert.NotNull(page.QuerySelector("a.site-header__name"));
    }
}
