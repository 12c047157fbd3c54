using System.Net;
using AngleSharp.Html.Dom;
using Portal.TestSupport;

namespace Portal.IntegrationTests.Pages.SgiCheck;

/// <summary>Issue 21, lättläst: the SGI-skyddskoll at /lattlast/sgi-koll, with the result in easy Swedish.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiLattlastTests(PortalAppFactory factory)
{
    private const string Answers =
        "?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=nothing&omprovning=no";

    [Fact]
    public async Task LattlastResult_IsInEasySwedish_WithTheAnswersAndLinksWithinLattlast()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync("/lattlast/sgi-koll/resultat" + Answers);
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ditt resultat", page.QuerySelector("h1")!.TextContent.Trim());
        var box = page.QuerySelector(".sgi-verdict")!;
        Assert.Equal("at-risk", box.GetAttribute("data-verdict"));
        Assert.Equal("Din SGI kan vara i fara. Ring Försäkringskassan.", box.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Din SGI är i fara. Den sista dagen var lördag 21 november 2026. Den dagen har redan varit. Skriv in dig hos Arbetsförmedlingen i dag. Ring sedan Försäkringskassan.", box.QuerySelector("p")!.TextContent.Trim());
        Assert.StartsWith("/lattlast/sgi-koll/kontrollera?", page.QuerySelector("main p.no-print a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Börja om" && a.GetAttribute("href") == "/lattlast/sgi-koll");
        Assert.Equal("Du gjorde kollen måndag 23 november 2026.", page.QuerySelector(".sgi-checked-on")!.TextContent.Trim());
    }

    [Fact]
    public async Task LattlastJourney_AsksTheQuestions_UnderTheLattlastAddresses()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);

        // Act
        var (_, start) = await journey.GetAsync("/lattlast/sgi-koll");
        var (_, first) = await journey.GetAsync(start.QuerySelector("main a.button--primary")!.GetAttribute("href")!);
        var (_, second) = await journey.AnswerAndFollowAsync(first, "sjukpenning-ended");

        // Assert
        Assert.Equal("/lattlast/sgi-koll/fraga/situation", first.QuerySelector("form.sgi-question")!.GetAttribute("action"));
        Assert.Equal("/lattlast/sgi-koll/fraga/lastday", second.QuerySelector("form.sgi-question")!.GetAttribute("action"));
    }

    [Fact]
    public async Task LattlastChecker_IsReachableFromTheLattlastGuidance()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);

        // Act: the lättläst start page links to the checker; its language menu leads to the lättläst checker
        var (_, guidance) = await journey.GetAsync("/lattlast");
        var checkerLink = guidance.QuerySelectorAll("main a").OfType<IHtmlAnchorElement>()
            .First(a => a.GetAttribute("href") is "/sgi-koll" or "/lattlast/sgi-koll").GetAttribute("href")!;
        var (_, checker) = await journey.GetAsync(checkerLink);
        var lattlast = checker.QuerySelectorAll("a").OfType<IHtmlAnchorElement>()
            .FirstOrDefault(a => a.GetAttribute("href") == "/lattlast/sgi-koll");

        // Assert
        Assert.NotNull(lattlast);
    }

    [Fact]
    public async Task LattlastPages_PassTheNuHtmlChecker()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        string[] urls = ["/lattlast/sgi-koll", "/lattlast/sgi-koll/fraga/situation", "/lattlast/sgi-koll/kontrollera" + Answers, "/lattlast/sgi-koll/resultat" + Answers];
        var pages = new Dictionary<string, string>();
        foreach (var url in urls)
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
