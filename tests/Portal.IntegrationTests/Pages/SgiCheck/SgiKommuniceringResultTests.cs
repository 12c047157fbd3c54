using System.Net;
using AngleSharp.Html.Dom;

namespace Portal.IntegrationTests.Pages.SgiCheck;

/// <summary>
/// Issue 21, "A situation the checker cannot describe yet": the result page for a person in kommunicering (FK has
/// written that it considers stopping the sjukpenning, no decision yet). The SGI is protected while sjukpenning is
/// paid; the actions are to answer FK by the date in the letter, a checklist for the day the decision comes, and an
/// offer to come back with the decision date, which links to the checker once.
/// </summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiKommuniceringResultTests(PortalAppFactory factory)
{
    /// <summary>Today in these tests: Monday 7 December 2026, 10:00 in Stockholm.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The letter asks for an answer by Friday 18 December; an SGI of 40 hours, unemployed, under 65.</summary>
    private const string Kommunicering =
        "/sgi-koll/resultat?situation=kommunicering&replyby=2026-12-18&sgi=yes&sgihours=40&employment=unemployed&age65=no";

    /// <summary>The same, but the date in the letter was Tuesday 1 December.</summary>
    private const string ReplyPassed =
        "/sgi-koll/resultat?situation=kommunicering&replyby=2026-12-01&sgi=yes&sgihours=40&employment=unemployed&age65=no";

    private const string Reply = "Svara Försäkringskassan senast det datum som står i brevet";
    private const string DecisionDay = "Samma dag som beslutet kommer";
    private const string ComeBack = "När du har fått beslutet kan du göra SGI-skyddskollen igen";

    [Fact]
    public async Task Verdict_IsProtectedWhileSjukpenningIsPaid_WithNoDeadlineAndNoCalendarFile()
    {
        // Arrange, Act
        var page = await GetAsync(Kommunicering);
        var verdict = page.QuerySelector(".sgi-verdict")!;

        // Assert
        Assert.Equal("protected", verdict.GetAttribute("data-verdict"));
        Assert.Equal("Din SGI är skyddad", Normalize(verdict.QuerySelector(".message-box__heading")!.TextContent));
        Assert.Contains("så länge du får sjukpenning", Normalize(verdict.TextContent), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".sgi-deadline"));
        Assert.Null(page.QuerySelector(".sgi-urgent"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("handler=ics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Actions_AreTheReply_ThenTheChecklistForTheDecisionDay_ThenTheOfferToComeBack()
    {
        // Arrange, Act
        var page = await GetAsync(Kommunicering);
        var items = ActionTexts(page);

        // Assert
        var reply = items.FindIndex(t => t.StartsWith(Reply, StringComparison.Ordinal));
        var decisionDay = items.FindIndex(t => t.StartsWith(DecisionDay, StringComparison.Ordinal));
        var comeBack = items.FindIndex(t => t.StartsWith(ComeBack, StringComparison.Ordinal));
        Assert.Equal(0, reply);
        Assert.True(decisionDay > reply, string.Join(" | ", items));
        Assert.True(comeBack > decisionDay, string.Join(" | ", items));
        Assert.Contains("Skriv in dig hos Arbetsförmedlingen", items[decisionDay], StringComparison.Ordinal);
        Assert.DoesNotContain(items, t => t.StartsWith("Datumet i brevet har passerat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDateInTheLetter_IsAmongTheAnswersTheResultIsBasedOn()
    {
        // Arrange, Act
        var page = await GetAsync(Kommunicering);

        // Assert
        Assert.Contains("fredag 18 december 2026", Normalize(page.QuerySelector(".sgi-based-on")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyDateThatHasPassed_SaysCallFkToday_First()
    {
        // Arrange, Act
        var page = await GetAsync(ReplyPassed);
        var items = ActionTexts(page);

        // Assert
        Assert.Equal("protected", page.QuerySelector(".sgi-verdict")!.GetAttribute("data-verdict"));
        Assert.StartsWith("Datumet i brevet har passerat", items[0], StringComparison.Ordinal);
        Assert.DoesNotContain(items, t => t.StartsWith(Reply, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LinkBackToTheChecker_IsShownOnce()
    {
        // Arrange, Act
        var page = await GetAsync(Kommunicering);
        var toChecker = page.QuerySelectorAll("main a[href]")
            .Where(a => a.Closest("nav.breadcrumbs") is null && a.GetAttribute("href") == "/sgi-koll")
            .ToList();

        // Assert: the offer to come back carries the link, so there is no second "Gör om" to the same page
        var link = Assert.Single(toChecker);
        Assert.Equal("Gör SGI-skyddskollen igen", Normalize(link.TextContent));
        Assert.StartsWith(ComeBack, Normalize(link.Closest(".sgi-actions__item")!.TextContent), StringComparison.Ordinal);
    }

    private static List<string> ActionTexts(IHtmlDocument page) =>
        page.QuerySelectorAll(".sgi-actions__item > p:first-child").Select(p => Normalize(p.TextContent)).ToList();

    private async Task<IHtmlDocument> GetAsync(string url)
    {
        var before = factory.Clock.GetUtcNow();
        factory.Clock.Set(Now);
        try
        {
            using var client = factory.CreateBrowserLikeClient();
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await PortalAppFactory.ParseAsync(response);
        }
        finally
        {
            factory.Clock.Set(before);
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
