using AngleSharp.Html.Dom;

namespace Portal.IntegrationTests.Pages.SgiCheck;

/// <summary>The guidance links to the checker wherever it discusses the SGI.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiCheckLinkTests(PortalAppFactory factory)
{
    [Fact]
    public async Task EveryGuidancePageThatDiscussesTheSgi_LinksToTheChecker()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var missing = new List<string>();

        // Act
        foreach (var file in GuidanceBaseline.Files.Where(f => f.Body.Contains("SGI", StringComparison.Ordinal)))
        {
            var url = file.Language.PageUrl(file.Metadata.Slug);
            using var response = await client.GetAsync(url);
            var page = await PortalAppFactory.ParseAsync(response);
            var checker = file.Language.Code switch { "en" => "/en/sgi-check", "lattlast" => "/lattlast/sgi-koll", _ => "/sgi-koll" };
            if (!page.QuerySelectorAll("article a").OfType<IHtmlAnchorElement>().Any(a => a.GetAttribute("href") == checker))
            {
                missing.Add(url);
            }
        }

        // Assert
        Assert.True(missing.Count == 0, "No link to the SGI-skyddskoll on: " + string.Join(", ", missing));
    }
}
