using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Pages.Editor;
using Portal.Web.Features.Guidance;

namespace Portal.IntegrationTests.Pages.Guidance;

/// <summary>sitemap.xml, robots.txt, and each page's description, canonical address and hreflang links.</summary>
public sealed class SearchEngineTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Base = PortalAppFactory.PublicBaseUrl;

    [Fact]
    public async Task Sitemap_ListsEveryPublishedPage_WithItsLanguageVersions()
    {
        // Arrange
        using var client = factory.CreateClient();
        var published = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.CountAsync(v => v.IsPublished && v.Item!.ContentType == GuidanceContent.TypeName));

        // Act
        using var response = await client.GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = xml.Root!.Elements(Sitemap + "url").ToList();
        Assert.Equal(published, urls.Count);
        Assert.All(urls, u => Assert.StartsWith(Base + "/", u.Element(Sitemap + "loc")!.Value, StringComparison.Ordinal));
        var sgi = urls.Single(u => u.Element(Sitemap + "loc")!.Value == Base + "/skydda-din-sgi");
        var alternates = sgi.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(Base + "/skydda-din-sgi", alternates["sv"]);
        Assert.Equal(Base + "/en/protect-your-sgi", alternates["en"]);
        Assert.Equal(Base + "/lattlast/skydda-din-sgi", alternates["sv-x-lattlast"]);
        Assert.Equal(Base + "/skydda-din-sgi", alternates["x-default"]);
        Assert.DoesNotContain(urls, u => u.Element(Sitemap + "loc")!.Value.Contains("/redaktion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_KeepsStaffAndPersonalPagesOut_AndNamesTheSitemap()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("User-agent: *\n", text, StringComparison.Ordinal);
        foreach (var path in new[] { "/redaktion", "/personal", "/mote", "/handlaggare", "/synpunkt" })
        {
            Assert.Contains($"\nDisallow: {path}\n", text, StringComparison.Ordinal);
        }

        Assert.Contains($"Sitemap: {Base}/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/skydda-din-sgi", "/skydda-din-sgi")]
    [InlineData("/en/protect-your-sgi", "/en/protect-your-sgi")]
    [InlineData("/lattlast/skydda-din-sgi", "/lattlast/skydda-din-sgi")]
    [InlineData("/skydda-din-sgi?utm_source=brev", "/skydda-din-sgi")]
    public async Task Page_HasDescriptionFromSummary_CanonicalAddress_AndHreflangLinks(string url, string canonical)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        var page = await PortalAppFactory.ParseAsync(await client.GetAsync(url));

        // Assert
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.Equal(Base + canonical, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var alternates = page.QuerySelectorAll("link[rel=alternate]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal(Base + "/skydda-din-sgi", alternates["sv"]);
        Assert.Equal(Base + "/en/protect-your-sgi", alternates["en"]);
        Assert.Equal(Base + "/lattlast/skydda-din-sgi", alternates["sv-x-lattlast"]);
        Assert.Equal(Base + "/skydda-din-sgi", alternates["x-default"]);
    }

    [Fact]
    public async Task SummaryOfThePage_IsItsMetaDescription()
    {
        // Arrange
        using var client = factory.CreateClient();
        var id = await EditorClient.ItemIdAsync(factory, "sgi");
        var summary = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.Where(v => v.ContentItemId == id && v.IsPublished).Select(v => v.Summary).SingleAsync());

        // Act
        var page = await PortalAppFactory.ParseAsync(await client.GetAsync("/skydda-din-sgi"));

        // Assert
        Assert.Equal(summary, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task StaffAndErrorPages_HaveNoCanonicalAddress()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        var missing = await PortalAppFactory.ParseAsync(await client.GetAsync("/finns-inte-alls"));

        // Assert
        Assert.Null(missing.QuerySelector("link[rel=canonical]"));
        Assert.Empty(missing.QuerySelectorAll("link[rel=alternate]"));
    }
}
