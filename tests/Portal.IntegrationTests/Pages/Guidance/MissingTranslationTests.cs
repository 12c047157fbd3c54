using System.Net;
using Portal.IntegrationTests.Pages.Editor;
using Portal.TestSupport;

namespace Portal.IntegrationTests.Pages.Guidance;

/// <summary>
/// A page that exists only in Swedish, asked for in English or lättläst: a page that says so and links to the Swedish one.
/// Every core page is in all three languages (issue 15), so the test publishes its own Swedish-only page in an app of its own.
/// </summary>
public sealed class MissingTranslationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/en/", "en", "This page is not available in English")]
    [InlineData("/lattlast/", "sv", "Sidan finns inte på lättläst svenska")]
    public async Task Get_SwedishOnlyPageInAnotherLanguage_SaysSoAndLinksToSwedish(string prefix, string lang, string heading)
    {
        // Arrange
        await SwedishOnlyPage.EnsureAsync(factory);
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(prefix + SwedishOnlyPage.Slug);
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector($"main a[href='/{SwedishOnlyPage.Slug}'][lang=sv]"));
    }

    [Fact]
    public async Task MissingTranslationPages_PassTheNuHtmlChecker()
    {
        // Arrange
        await SwedishOnlyPage.EnsureAsync(factory);
        using var client = factory.CreateBrowserLikeClient();
        var pages = new Dictionary<string, string>();
        foreach (var url in new[] { "/en/" + SwedishOnlyPage.Slug, "/lattlast/" + SwedishOnlyPage.Slug })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages[url] = await response.Content.ReadAsStringAsync();
        }

        // Act
        var errors = await HtmlChecker.ErrorsAsync(pages);

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
