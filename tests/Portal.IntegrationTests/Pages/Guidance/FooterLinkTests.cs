using System.Net;

namespace Portal.IntegrationTests.Pages.Guidance;

/// <summary>Issue 15: contact, accessibility and privacy exist in every language, so the footer links to the page in the reader's own language.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class FooterLinkTests(PortalAppFactory factory)
{
    [Theory]
    [InlineData("/", "/kontakt", "/tillganglighet", "/personuppgifter")]
    [InlineData("/en", "/en/contact", "/en/accessibility", "/en/personal-data")]
    [InlineData("/lattlast", "/lattlast/kontakt", "/lattlast/tillganglighet", "/lattlast/personuppgifter")]
    public async Task Footer_LinksToThePagesInThePageLanguage_AndEachResolves(string url, params string[] expected)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);
        var document = await PortalAppFactory.ParseAsync(response);
        var links = document.QuerySelectorAll("footer a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var link in expected)
        {
            Assert.Contains(link, links);
            using var page = await client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }
}
