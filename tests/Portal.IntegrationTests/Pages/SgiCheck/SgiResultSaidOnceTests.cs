using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Portal.IntegrationTests.Pages.SgiCheck;

/// <summary>
/// Issue 21, "One result, said once": one deadline per result page, no calendar file for a date that has passed and
/// no answers in the calendar link or file, each link once, rule ids only in the legal basis, the answers and the
/// date of the check on the (printed) page, and "Kontakta oss" straight to Försäkringskassan and Arbetsförmedlingen.
/// </summary>
[Collection(PortalAppGroup.Name)]
public sealed partial class SgiResultSaidOnceTests(PortalAppFactory factory)
{
    /// <summary>Today in these tests: Monday 7 December 2026, 10:00 in Stockholm.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Sjukpenning ended on Friday 20 November, nothing registered since: the deadline passed long ago.</summary>
    private const string Passed =
        "/sgi-koll/resultat?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=nothing&omprovning=no";

    /// <summary>Sjukpenning ends on Friday 11 December: the deadline is ahead.</summary>
    private const string Ahead =
        "/sgi-koll/resultat?situation=sjukpenning-ended&lastday=2026-12-11&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=nothing&omprovning=no";

    /// <summary>Registered at AF on the first vardag (S01 in sgi-scenarios.json).</summary>
    private const string Registered =
        "/sgi-koll/resultat?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=af&affrom=2026-11-23&afstatus=aktivt&afhours=40&sanction=no&omprovning=no";

    public static TheoryData<string> Results => new() { Passed, Ahead, Registered, Passed.Replace("/sgi-koll/resultat", "/en/sgi-check/result", StringComparison.Ordinal) };

    [Fact]
    public async Task PassedDeadline_IsSaidOnce_WithNoOtherLastDay_AndNoCalendarFile()
    {
        // Arrange
        var page = await GetAsync(Passed);
        var deadline = "lördag 21 november 2026";

        // Act
        var box = Normalize(page.QuerySelector(".sgi-verdict")!.TextContent);
        var text = Normalize(TextOutside(page.QuerySelector("main")!, ".sgi-based-on"));
        var lastDays = LastDayPattern().Matches(text).Select(m => m.Groups[1].Value).ToList();

        // Assert
        Assert.Equal(1, Occurrences(box, deadline));
        Assert.All(lastDays, date => Assert.Equal(deadline, date));
        Assert.Single(page.QuerySelectorAll(".sgi-verdict"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("handler=ics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UrgentRegistration_IsShownFirst_InTheWarningStyle()
    {
        // Arrange, Act
        var page = await GetAsync(Passed);

        // Assert: when the engine's first action is "register today", the page says it first, as a warning
        var urgent = page.QuerySelector(".sgi-urgent");
        if (urgent is not null)
        {
            Assert.Contains("message-box--warning", urgent.ClassName, StringComparison.Ordinal);
            Assert.StartsWith("Skriv in dig hos Arbetsförmedlingen", Normalize(urgent.QuerySelector("p")!.TextContent), StringComparison.Ordinal);
            Assert.True(urgent.CompareDocumentPosition(page.QuerySelector(".sgi-actions")!).HasFlag(DocumentPositions.Following));
        }

        Assert.DoesNotContain(page.QuerySelectorAll(".sgi-actions__item"), li => Normalize(li.TextContent).StartsWith("Senast", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeadlineAhead_IsSaidOnce_AndItsCalendarLinkCarriesOnlyThatDate()
    {
        // Arrange
        var page = await GetAsync(Ahead);
        using var client = factory.CreateBrowserLikeClient();

        // Act
        var box = Normalize(page.QuerySelector(".sgi-verdict")!.TextContent);
        var text = Normalize(TextOutside(page.QuerySelector("main")!, ".sgi-based-on"));
        var lastDays = LastDayPattern().Matches(text).Select(m => m.Groups[1].Value).ToList();
        var link = page.QuerySelectorAll("a").Single(a => (a.GetAttribute("href") ?? "").Contains("handler=ics", StringComparison.Ordinal)).GetAttribute("href")!;
        using var response = await client.GetAsync(link);
        var ics = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(1, Occurrences(box, "lördag 12 december 2026"));
        Assert.NotEmpty(lastDays);
        Assert.All(lastDays, date => Assert.Equal("lördag 12 december 2026", date));
        Assert.Equal("/sgi-koll/resultat?handler=ics&datum=2026-12-12", link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("DTSTART;VALUE=DATE:20261212", ics, StringComparison.Ordinal);
        foreach (var answer in new[] { "situation", "sjukpenning", "lastday", "2026-12-11", "20261211", "unemployed", "sgihours", "resultat" })
        {
            Assert.DoesNotContain(answer, ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Calendar_ForADateThatHasPassed_IsNotMade()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act: the day before the default test clock's today
        using var response = await client.GetAsync("/sgi-koll/resultat?handler=ics&datum=2026-11-22");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Results))]
    public async Task EveryLink_IsThereOnce(string url)
    {
        // Arrange, Act
        var page = await GetAsync(url);
        var hrefs = page.QuerySelectorAll("main a[href]").Where(a => a.Closest("nav.breadcrumbs") is null).Select(a => a.GetAttribute("href")!).ToList();

        // Assert: within the result (the breadcrumb trail is the site's navigation, not the result)
        Assert.NotEmpty(hrefs);
        var twice = hrefs.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "Linked more than once: " + string.Join(", ", twice));
    }

    [Theory]
    [MemberData(nameof(Results))]
    public async Task RuleIds_AppearOnlyInTheLegalBasis(string url)
    {
        // Arrange, Act
        var page = await GetAsync(url);
        var outside = TextOutside(page.QuerySelector("main")!, ".sgi-legal");

        // Assert
        Assert.NotEmpty(page.QuerySelectorAll(".sgi-legal .sgi-legal__rule"));
        Assert.DoesNotMatch(RuleIdPattern(), outside);
    }

    [Fact]
    public async Task Result_ShowsTheAnswersAndTheDateOfTheCheck_AlsoInPrint()
    {
        // Arrange, Act
        var page = await GetAsync(Registered);
        var section = page.QuerySelector(".sgi-based-on")!;

        // Assert
        Assert.Null(section.Closest(".no-print"));
        Assert.Equal("Kontrollen gjordes måndag 7 december 2026.", Normalize(section.QuerySelector(".sgi-checked-on")!.TextContent));
        var rows = section.QuerySelectorAll(".sgi-answers__row");
        Assert.Equal(13, rows.Length);
        Assert.Contains(rows, row => Normalize(row.TextContent).Contains("måndag 23 november 2026", StringComparison.Ordinal));
        Assert.Empty(section.QuerySelectorAll("a"));
    }

    [Theory]
    [InlineData(Passed, "ring")]
    [InlineData("/en/sgi-check/result?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=nothing&omprovning=no", "call")]
    public async Task GetHelp_LeadsStraightToForsakringskassanAndArbetsformedlingen(string url, string call)
    {
        // Arrange, Act
        var page = await GetAsync(url);
        var hrefs = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();
        var contact = Normalize(page.QuerySelector(".sgi-contact")!.TextContent);

        // Assert
        Assert.Contains("tel:+46771524524", hrefs);
        Assert.Contains("tel:+46771416416", hrefs);
        Assert.Contains("https://www.forsakringskassan.se", hrefs);
        Assert.Contains("https://arbetsformedlingen.se", hrefs);
        Assert.Contains("0771-524 524", contact, StringComparison.Ordinal);
        Assert.Contains("0771-416 416", contact, StringComparison.Ordinal);
        Assert.Contains(call, contact, StringComparison.Ordinal);
        Assert.DoesNotContain("/kontakt", hrefs);
    }

    /// <summary>Gets a page on <see cref="Now"/>, then sets the shared clock back.</summary>
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

    /// <summary>The text of <paramref name="root"/> without the elements that match <paramref name="excluded"/>.</summary>
    private static string TextOutside(IElement root, string excluded)
    {
        var copy = (IElement)root.Clone(deep: true);
        foreach (var element in copy.QuerySelectorAll(excluded).ToList())
        {
            element.Remove();
        }

        return copy.TextContent;
    }

    private static int Occurrences(string text, string value) => Regex.Count(text, Regex.Escape(value));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"senast lördag 21 november 2026", "Senast måndag 7 december 2026", "by Saturday 21 November 2026".</summary>
    [GeneratedRegex(@"(?:[Ss]enast|[Bb]y) (\p{L}+ \d{1,2} \p{L}+ \d{4})")]
    private static partial Regex LastDayPattern();

    [GeneratedRegex(@"\b[A-Z]{2,5}-\d+\b")]
    private static partial Regex RuleIdPattern();
}
