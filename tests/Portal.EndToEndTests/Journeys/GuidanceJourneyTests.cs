using Microsoft.Playwright;
using Portal.TestSupport;
using Portal.Web.Features.Guidance;

namespace Portal.EndToEndTests.Journeys;

[Collection(PublicBrowserGroup.Name)]
public sealed class GuidanceJourneyTests(BrowserFixture browser)
{
    public static TheoryData<string> GuidanceUrls()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.Content, "guidance"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = GuidanceFile.Parse(path, File.ReadAllText(path));
            data.Add(file.Language.PageUrl(file.Metadata.Slug));
        }

        return data;
    }

    [Fact]
    public async Task StartPage_ChooseSituation_ReachTheSgiPage()
    {
        // Arrange
        var page = await browser.NewPageAsync();

        // Act: the start page, then "my sjukpenning has stopped", then the SGI page
        await page.GotoAsync(browser.Url("/"));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Din sjukpenning har upphört", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Skydda din SGI", Exact = true }).First.ClickAsync();

        // Assert
        await Assertions.Expect(page).ToHaveURLAsync(browser.Url("/skydda-din-sgi"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skydda din SGI");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SkipLink_IsFirstTabStopAndMovesFocusToMain()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/skydda-din-sgi"));

        // Act
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");

        // Assert
        Assert.Equal("Gå direkt till innehållet", focused);
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_FromHeader_WorksWithoutJavaScript()
    {
        // Arrange
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync(browser.Url("/"));

        // Act
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Sök på webbplatsen" }).First.FillAsync("omstallningsmotet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).First.ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".search-results a").First).ToHaveAttributeAsync("href", "/omstallningsmotet-och-kontaktmotet");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(GuidanceUrls))]
    public async Task GuidancePage_HasNoAxeViolations(string url)
    {
        // Arrange
        var page = await browser.GuestPageAsync();

        // Act
        var response = await page.GotoAsync(browser.Url(url));

        // Assert
        Assert.Equal(200, response!.Status);
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("/sok?q=sgi")]
    [InlineData("/sok?q=")]
    [InlineData("/en/search?q=sgi")]
    [InlineData("/finns-inte")]
    [InlineData("/en/pengar-under-omstallningen")]
    public async Task OtherPageTypes_HaveNoAxeViolations(string url)
    {
        // Arrange
        var page = await browser.GuestPageAsync();

        // Act
        await page.GotoAsync(browser.Url(url));

        // Assert
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task SearchEngines_SitemapAndRobotsAnswer_AndASwedishPageNamesItsDescriptionCanonicalAndLanguageVersions()
    {
        // Arrange
        var page = await browser.NewPageAsync();

        // Act
        var sitemap = await page.APIRequest.GetAsync(browser.Url("/sitemap.xml"));
        var robots = await page.APIRequest.GetAsync(browser.Url("/robots.txt"));
        await page.GotoAsync(browser.Url("/skydda-din-sgi"));

        // Assert: the sitemap lists the page with its languages; robots.txt keeps crawlers out of the staff pages
        Assert.Equal(200, sitemap.Status);
        Assert.StartsWith("application/xml", sitemap.Headers["content-type"], StringComparison.Ordinal);
        var xml = await sitemap.TextAsync();
        Assert.Contains("/skydda-din-sgi</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", xml, StringComparison.Ordinal);
        Assert.Equal(200, robots.Status);
        var rules = await robots.TextAsync();
        Assert.Contains("Sitemap: ", rules, StringComparison.Ordinal);
        Assert.Contains("Disallow: /redaktion", rules, StringComparison.Ordinal);

        // The page: its summary as the description, its own canonical address, and hreflang links to English and lättläst
        var head = page.Locator("head");
        Assert.StartsWith("Din SGI styr hur mycket du kan få", await head.Locator("meta[name='description']").GetAttributeAsync("content"), StringComparison.Ordinal);
        Assert.EndsWith("/skydda-din-sgi", await head.Locator("link[rel='canonical']").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.EndsWith("/en/protect-your-sgi", await head.Locator("link[rel='alternate'][hreflang='en']").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.EndsWith("/lattlast/skydda-din-sgi", await head.Locator("link[rel='alternate'][hreflang='sv-x-lattlast']").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.EndsWith("/skydda-din-sgi", await head.Locator("link[rel='alternate'][hreflang='sv']").GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AxeScan_CanFail_OnAPageWithKnownViolations()
    {
        // Arrange: a negative control, so a silent axe would not pass every page above
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<html><body><input type=text><img src=x.png></body></html>");

        // Act
        var violations = await page.AxeViolationsAsync();

        // Assert
        Assert.Contains(violations, v => v.Contains(": label ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("html-has-lang", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
