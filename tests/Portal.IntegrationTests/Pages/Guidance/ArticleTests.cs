using System.Net;
using AngleSharp.Html.Dom;
using Portal.Web.Platform.Localization;

namespace Portal.IntegrationTests.Pages.Guidance;

[Collection(PortalAppGroup.Name)]
public sealed class ArticleTests(PortalAppFactory factory)
{
    [Theory]
    [MemberData(nameof(GuidanceBaseline.Urls), MemberType = typeof(GuidanceBaseline))]
    public async Task Get_PublishedPage_HasTitleLangOneH1AndReviewDate(string url)
    {
        // Arrange
        var file = GuidanceBaseline.ByUrl(url);
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file.Language.HtmlLang, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"{file.Metadata.Title} – Omställningsportalen", document.Title);
        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(file.Metadata.Title, h1.TextContent.Trim());
        Assert.Equal(file.Metadata.Summary, document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(file.Metadata.LastReviewed!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            document.QuerySelector(".article__meta time")?.GetAttribute("datetime"));
        Assert.NotNull(document.QuerySelector("a.iskiplink[href='#main']"));
        Assert.NotNull(document.QuerySelector("main#main"));
    }

    [Fact]
    public async Task EveryInternalLink_OnEveryPage_Resolves()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var pages = new Dictionary<string, IHtmlDocument>();
        foreach (var file in GuidanceBaseline.Files)
        {
            var url = file.Language.PageUrl(file.Metadata.Slug);
            using var response = await client.GetAsync(url);
            pages[url] = await PortalAppFactory.ParseAsync(response);
        }

        // Act
        var broken = new List<string>();
        var checkedTargets = new Dictionary<string, IHtmlDocument?>();
        foreach (var (url, document) in pages)
        {
            foreach (var anchor in document.QuerySelectorAll("a[href]"))
            {
                var href = anchor.GetAttribute("href")!;
                if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!href.StartsWith('/') && !href.StartsWith('#'))
                {
                    broken.Add($"{url}: '{href}' is neither https, mailto, tel nor a site path");
                    continue;
                }

                var path = href.StartsWith('#') ? url : href.Split('#')[0];
                var fragment = href.Contains('#', StringComparison.Ordinal) ? href.Split('#', 2)[1] : null;
                if (!checkedTargets.TryGetValue(path, out var target))
                {
                    target = await FetchFollowingRedirectsAsync(client, path);
                    checkedTargets[path] = target;
                }

                if (target is null)
                {
                    broken.Add($"{url}: '{href}' does not resolve");
                }
                else if (!string.IsNullOrEmpty(fragment) && fragment != "main" && target.GetElementById(fragment) is null)
                {
                    broken.Add($"{url}: '{href}' points to a heading that does not exist");
                }
            }
        }

        // Assert
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
        Assert.True(checkedTargets.Count > GuidanceBaseline.Files.Count / 2, "Expected the pages to link to each other.");
    }

    [Fact]
    public async Task EveryGuidancePage_IsReachableByLinksFromTheStartPage()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var expected = GuidanceBaseline.Files.Select(f => f.Language.PageUrl(f.Metadata.Slug)).ToHashSet();
        var seen = new HashSet<string> { "/" };
        var queue = new Queue<string>(["/"]);

        // Act: follow site links breadth first from "/"
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || !expected.Contains(url))
            {
                continue;
            }

            var document = await PortalAppFactory.ParseAsync(response);
            foreach (var href in document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        // Assert
        var unreachable = expected.Except(seen).Order(StringComparer.Ordinal).ToList();
        Assert.True(unreachable.Count == 0, "Not reachable from /: " + string.Join(", ", unreachable));
    }

    [Theory]
    [InlineData("/finns-inte-alls", "sv", "Sidan finns inte")]
    [InlineData("/en/no-such-page", "en", "Page not found")]
    [InlineData("/lattlast/finns-inte", "sv", "Sidan finns inte")]
    [InlineData("/Skydda-Din-SGI", "sv", "Sidan finns inte")]
    [InlineData("/finns/inte/alls.php", "sv", "Sidan finns inte")]
    public async Task Get_UnknownAddress_Returns404WithFriendlyPageInItsLanguage(string url, string lang, string heading)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("meta[name=robots][content=noindex]"));
    }

    [Fact]
    public async Task Get_SwedishSlugInEnglishWhenTranslated_RedirectsToTranslation()
    {
        // Arrange
        var english = GuidanceBaseline.Files.First(f => f.Language == Languages.English && f.Key != Languages.StartSlug);
        var swedish = GuidanceBaseline.Files.Single(f => f.Key == english.Key && f.Language == Languages.Swedish);
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync($"/en/{swedish.Metadata.Slug}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/{english.Metadata.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitcher_LinksToEveryLanguageVersionOfThePage()
    {
        // Arrange
        var english = GuidanceBaseline.Files.First(f => f.Language == Languages.English && f.Key == "sgi");
        var swedish = GuidanceBaseline.Files.Single(f => f.Key == "sgi" && f.Language == Languages.Swedish);
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync($"/{swedish.Metadata.Slug}");
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        var links = document.QuerySelectorAll(".language-nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Svenska", $"/{swedish.Metadata.Slug}"), links);
        Assert.Contains(("English", $"/en/{english.Metadata.Slug}"), links);
        Assert.Equal("page", document.QuerySelector(".language-nav a[href='/" + swedish.Metadata.Slug + "']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Get_StartSlug_RedirectsPermanentlyToRoot()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync("/start");

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_ErrorPage_IsFriendlyWithoutTechnicalDetails()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync("/fel");
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Något gick fel", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument?> FetchFollowingRedirectsAsync(HttpClient client, string path)
    {
        for (var hops = 0; hops < 5; hops++)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await PortalAppFactory.ParseAsync(response);
            }

            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                path = location.OriginalString;
                continue;
            }

            return null;
        }

        return null;
    }
}
