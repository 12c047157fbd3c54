using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Portal.TestSupport;

namespace Portal.IntegrationTests.Pages.SgiCheck;

/// <summary>The step-by-step SGI-skyddskoll at /sgi-koll and /en/sgi-check, without JavaScript.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiCheckJourneyTests(PortalAppFactory factory)
{
    /// <summary>Answers for S01 (sgi-scenarios.json) as the pages ask them: registered at AF on the first vardag.</summary>
    private static readonly (string Id, string Value)[] OnTime =
    [
        ("situation", "sjukpenning-ended"), ("lastday", "2026-11-20"), ("retro", "no"), ("sgi", "yes"), ("sgihours", "40"),
        ("employment", "unemployed"), ("age65", "no"), ("next", "af"), ("affrom", "2026-11-23"), ("afstatus", "aktivt"),
        ("afhours", "40"), ("sanction", "no"), ("omprovning", "no"),
    ];

    private static string Query((string Id, string Value)[] answers) =>
        "?" + string.Join('&', answers.Select(a => $"{a.Id}={Uri.EscapeDataString(a.Value)}"));

    [Fact]
    public async Task Journey_FromStartToResult_AsksOneQuestionPerPage()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var asked = new List<string>();

        // Act: the start page's button, then every question in turn
        var (startResponse, start) = await journey.GetAsync("/sgi-koll");
        var (_, page) = await journey.GetAsync(start.QuerySelector("main a.button--primary")!.GetAttribute("href")!);
        foreach (var (id, value) in OnTime)
        {
            asked.Add(SgiJourney.QuestionId(page)!);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Single(page.QuerySelectorAll("form.sgi-question"));
            (_, page) = await journey.AnswerAndFollowAsync(page, value);
        }

        var check = page;
        var (resultResponse, result) = await journey.GetAsync(check.QuerySelector("main a.button--primary")!.GetAttribute("href")!);

        // Assert
        Assert.Equal(HttpStatusCode.OK, startResponse.StatusCode);
        Assert.Equal(OnTime.Select(a => a.Id), asked);
        Assert.Equal("Kontrollera dina svar", check.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, resultResponse.StatusCode);
        Assert.Equal("protected", result.QuerySelector(".sgi-verdict")!.GetAttribute("data-verdict"));
        Assert.Contains("message-box--success", result.QuerySelector(".sgi-verdict")!.ClassName, StringComparison.Ordinal);
        Assert.Equal("Sista dagen för nästa steg var lördag 21 november 2026.", Normalize(result.QuerySelector(".sgi-deadline")!.TextContent));
        Assert.Contains("Regelversion: 2026-11-22", result.QuerySelector(".sgi-rules")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(result.QuerySelectorAll(".sgi-legal__rule"), rule => rule.TextContent.Trim() == "Regel DL-1");
    }

    [Fact]
    public async Task Journey_WithoutSgi_SkipsTheQuestionsThatDoNotApply()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var asked = new List<string>();
        (string, string)[] answers = [("situation", "aktivitetsersattning-denied"), ("decided", "2026-11-20"), ("sgi", "no"), ("employment", "none"), ("next", "nothing")];

        // Act
        var (_, page) = await journey.GetAsync("/sgi-koll/fraga/situation");
        foreach (var (_, value) in answers)
        {
            asked.Add(SgiJourney.QuestionId(page)!);
            (_, page) = await journey.AnswerAndFollowAsync(page, value);
        }

        // Assert: no hours, age, plans or omprövning questions for someone with no SGI to protect
        Assert.Equal(["situation", "decided", "sgi", "employment", "next"], asked);
        Assert.Equal("Kontrollera dina svar", page.QuerySelector("h1")!.TextContent.Trim());
        var (_, result) = await journey.GetAsync(page.QuerySelector("main a.button--primary")!.GetAttribute("href")!);
        Assert.Equal("no-sgi", result.QuerySelector(".sgi-verdict")!.GetAttribute("data-verdict"));
    }

    public static TheoryData<string, string, string, string> BadAnswers() => new()
    {
        // question, earlier answers, what was typed, the message by the field
        { "situation", "", "", "Välj ett av svaren." },
        { "situation", "", "fired", "Välj ett av svaren i listan." },
        { "lastday", "situation=sjukpenning-ended", "", "Skriv ett datum, till exempel 2026-03-16." },
        { "lastday", "situation=sjukpenning-ended", "2026-02-30", "Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-16." },
        { "lastday", "situation=sjukpenning-ended", "13 mars", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-16." },
        { "lastday", "situation=sjukpenning-ended", "1926-03-13", "Datumet ligger för långt bak i tiden. Kontrollera året." },
        { "decided", "situation=sjukpenning-ended&lastday=2026-11-20&retro=yes", "2026-11-19", "Datumet måste vara efter din sista dag med sjukpenning." },
        { "decided", "situation=sjukpenning-denied", "2026-12-24", "Datumet kan inte ligga i framtiden." },
        { "sgihours", "situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes", "200", "Skriv ett antal timmar som är mer än 0 och högst 168." },
        { "sgihours", "situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes", "fyrtio", "Skriv bara siffror, till exempel 40 eller 37,5." },
        { "affrom", "situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=af", "2026-11-18", "Datumet måste vara efter din sista dag med sjukpenning. Började det tidigare? Skriv då dagen efter din sista dag med sjukpenning." },
        { "afhours", "situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=af&affrom=2026-11-23&afstatus=aktivt", "169", "Skriv ett antal timmar från 0 till 168." },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Answer_Bad_ShowsErrorSummaryAndMessageByTheField(string question, string earlier, string typed, string message)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var (_, page) = await journey.GetAsync($"/sgi-koll/fraga/{question}?{earlier}");

        // Act
        using var response = await journey.AnswerAsync(page, typed.Length == 0 ? null : typed);
        var shown = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(question, SgiJourney.QuestionId(shown));
        var summaryLink = shown.QuerySelector("#error-summary a")!;
        Assert.Contains(message, summaryLink.TextContent, StringComparison.Ordinal);
        var target = shown.GetElementById(summaryLink.GetAttribute("href")!.TrimStart('#'));
        Assert.NotNull(target);
        Assert.Equal(message, shown.QuerySelector($"#q-{question}-error")!.TextContent.Trim());
        Assert.StartsWith("Fel: ", shown.Title, StringComparison.Ordinal);
        if (target is IHtmlInputElement { Type: "text" } input)
        {
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Equal(typed, input.Value);
        }
    }

    [Fact]
    public async Task Answer_UnknownHours_IsAccepted()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var (_, page) = await journey.GetAsync("/sgi-koll/fraga/sgihours?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes");

        // Act
        using var response = await journey.AnswerAsync(page, "", unknown: true);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("sgihours=unknown", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_AnAnswer_ReturnsToCheckPage_KeepingTheOthers()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var (_, check) = await journey.GetAsync("/sgi-koll/kontrollera" + Query(OnTime));
        var change = check.QuerySelectorAll("a.sgi-answers__change").First(a => a.GetAttribute("href")!.StartsWith("/sgi-koll/fraga/afhours", StringComparison.Ordinal));

        // Act
        var (_, question) = await journey.GetAsync(change.GetAttribute("href")!);
        var (_, after) = await journey.AnswerAndFollowAsync(question, "20");

        // Assert
        Assert.Equal("40", (question.QuerySelector("#q-afhours") as IHtmlInputElement)!.Value);
        Assert.Equal("/sgi-koll/kontrollera", after.Url.Replace("http://localhost", "", StringComparison.Ordinal).Split('?')[0]);
        var answers = Answers(after);
        Assert.Equal("20", answers["Hur många timmar i veckan söker du arbete?"]);
        Assert.Equal(13, answers.Count);
        Assert.Equal("fredag 20 november 2026", answers["Vilken var din sista dag med sjukpenning?"]);
    }

    [Fact]
    public async Task Change_ToAnAnswerThatNeedsNewQuestions_AsksOnlyThose_ThenReturns()
    {
        // Arrange: the decision came after the last day, which adds the question about when it came
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var (_, check) = await journey.GetAsync("/sgi-koll/kontrollera" + Query(OnTime));
        var change = check.QuerySelectorAll("a.sgi-answers__change").First(a => a.GetAttribute("href")!.StartsWith("/sgi-koll/fraga/retro", StringComparison.Ordinal));
        var (_, retro) = await journey.GetAsync(change.GetAttribute("href")!);

        // Act
        var (_, decided) = await journey.AnswerAndFollowAsync(retro, "yes");
        var (_, after) = await journey.AnswerAndFollowAsync(decided, "2026-11-23");

        // Assert
        Assert.Equal("decided", SgiJourney.QuestionId(decided));
        Assert.Equal("Kontrollera dina svar", after.QuerySelector("h1")!.TextContent.Trim());
        var answers = Answers(after);
        Assert.Equal(14, answers.Count);
        Assert.Equal("måndag 23 november 2026", answers["Vilken dag fick du beslutet från Försäkringskassan?"]);
        Assert.Equal("Jag är arbetslös", answers["Hur ser det ut med arbete när ersättningen slutar?"]);
    }

    [Fact]
    public async Task EveryPage_HasABackLink_ToThePreviousStep()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var query = Query(OnTime);

        // Act
        var start = (await journey.GetAsync("/sgi-koll")).Document;
        var first = (await journey.GetAsync("/sgi-koll/fraga/situation")).Document;
        var third = (await journey.GetAsync("/sgi-koll/fraga/retro" + query)).Document;
        var check = (await journey.GetAsync("/sgi-koll/kontrollera" + query)).Document;
        var result = (await journey.GetAsync("/sgi-koll/resultat" + query)).Document;

        // Assert
        Assert.Equal("/skydda-din-sgi", BackLink(start));
        Assert.Equal("/sgi-koll", BackLink(first));
        Assert.StartsWith("/sgi-koll/fraga/lastday?", BackLink(third), StringComparison.Ordinal);
        Assert.StartsWith("/sgi-koll/fraga/omprovning?", BackLink(check), StringComparison.Ordinal);
        Assert.StartsWith("/sgi-koll/kontrollera?", BackLink(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sgi-koll/fraga/afhours", "/sgi-koll/fraga/situation")]
    [InlineData("/sgi-koll/fraga/sgihours?situation=sjukpenning-ended", "/sgi-koll/fraga/lastday?situation=sjukpenning-ended")]
    [InlineData("/sgi-koll/kontrollera?situation=sjukpenning-ended", "/sgi-koll/fraga/lastday?situation=sjukpenning-ended")]
    [InlineData("/sgi-koll/resultat?situation=sjukpenning-denied", "/sgi-koll/fraga/decided?situation=sjukpenning-denied")]
    [InlineData("/en/sgi-check/result", "/en/sgi-check/question/situation")]
    public async Task Page_AheadOfTheAnswers_RedirectsToTheNextQuestion(string url, string expected)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/sgi-koll/fraga/personnummer")]
    [InlineData("/en/sgi-check/question/nope")]
    public async Task UnknownQuestion_IsNotFound(string url)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/sgi-koll/resultat?situation=sjukpenning-ended&lastday=9999-99-99")]
    [InlineData("/sgi-koll/fraga/lastday?situation=sjukpenning-ended&lastday=%00%01&skickat=1")]
    [InlineData("/sgi-koll/fraga/sgihours?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=1e400&skickat=1")]
    [InlineData("/sgi-koll/kontrollera?situation=x&situation=y")]
    public async Task StrangeAddresses_NeverFail(string url)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);

        // Assert
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Result_ShowsDeadlineWrittenOut_WithDaysLeftFromToday()
    {
        // Arrange: today is 2026-12-02 in Stockholm; sjukpenning ends on Friday 2026-12-04 and nothing is planned yet
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        var before = factory.Clock.GetUtcNow();
        factory.Clock.Set(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        try
        {
            // Act
            var (response, result) = await journey.GetAsync(
                "/sgi-koll/resultat?situation=sjukpenning-ended&lastday=2026-12-04&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=nothing&omprovning=no");

            // Assert
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("at-risk", result.QuerySelector(".sgi-verdict")!.GetAttribute("data-verdict"));
            Assert.Contains("message-box--warning", result.QuerySelector(".sgi-verdict")!.ClassName, StringComparison.Ordinal);
            // The summary names the deadline ("senast lördag 5 december 2026"), so the line below it only counts the days
            Assert.Contains("senast lördag 5 december 2026", result.QuerySelector(".sgi-verdict p")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Det är 3 dagar kvar.", Normalize(result.QuerySelector(".sgi-deadline")!.TextContent));
            var actions = result.QuerySelectorAll(".sgi-actions__item").Select(li => Normalize(li.TextContent)).ToList();
            Assert.StartsWith("Skriv in dig hos Arbetsförmedlingen", actions[0], StringComparison.Ordinal);
            Assert.Contains(result.QuerySelectorAll(".sgi-actions a"), a => a.GetAttribute("href") == "https://arbetsformedlingen.se");
            Assert.Contains(result.QuerySelectorAll(".sgi-actions a"), a => a.GetAttribute("href") == "/skydda-din-sgi");
            Assert.Equal(4, result.QuerySelectorAll("h2").Count(h => h.TextContent.Contains("beslut", StringComparison.Ordinal) || h.TextContent.Contains("bygger", StringComparison.Ordinal) || h.TextContent.Contains("Gör så här", StringComparison.Ordinal)));
            Assert.NotEmpty(result.QuerySelectorAll(".sgi-legal li strong"));
            Assert.NotNull(result.QuerySelector("button[data-print]"));
            Assert.Contains(result.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Gör om" && a.GetAttribute("href") == "/sgi-koll");
            Assert.Contains(result.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/sgi-koll/resultat?handler=ics&datum=2026-12-05");
        }
        finally
        {
            factory.Clock.Set(before);
        }
    }

    [Fact]
    public async Task Result_InEnglish_UsesTheEnglishTexts()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);

        // Act
        var (response, result) = await journey.GetAsync("/en/sgi-check/result" + Query(OnTime));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", result.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Your result", result.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Saturday 21 November 2026", result.QuerySelector(".sgi-deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(result.QuerySelectorAll(".language-nav a"), a => a.GetAttribute("href")!.StartsWith("/sgi-koll/resultat?situation=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_IsAValidIcsFile_ForTheDeadline()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync("/sgi-koll/resultat?handler=ics&datum=2026-12-21");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        using var again = await client.GetAsync("/sgi-koll/resultat?handler=ics&datum=2026-12-21");
        var secondText = await again.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".ics", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"longer than 75 octets: {line}"));
        var lines = Unfold(text);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Single(lines, l => l == "END:VEVENT");
        Assert.Contains("DTSTART;VALUE=DATE:20261221", lines);
        Assert.Contains("DTEND;VALUE=DATE:20261222", lines);
        Assert.Matches(@"^DTSTAMP:\d{8}T\d{6}Z$", lines.Single(l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal)));
        var uid = lines.Single(l => l.StartsWith("UID:", StringComparison.Ordinal));
        Assert.Matches("^UID:[0-9a-f]{32}@omstallningsportalen.se$", uid);
        Assert.Contains(uid, Unfold(secondText));
        var description = lines.Single(l => l.StartsWith("DESCRIPTION:Enligt", StringComparison.Ordinal));
        Assert.Contains(@"dagen\, till exempel", description, StringComparison.Ordinal);
        Assert.EndsWith(PortalAppFactory.PublicBaseUrl + "/sgi-koll", description, StringComparison.Ordinal);
        Assert.Equal(lines.Count(l => l.StartsWith("BEGIN:", StringComparison.Ordinal)), lines.Count(l => l.StartsWith("END:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/sgi-koll/resultat?situation=aktivitetsersattning-denied&decided=2026-11-20&sgi=no&employment=none&next=nothing&handler=ics")]
    [InlineData("/sgi-koll/resultat?handler=ics&datum=2026-02-30")]
    [InlineData("/sgi-koll/resultat?handler=ics&datum=2030-01-01")]
    public async Task Calendar_WithoutAValidDateAhead_IsNotFound(string url)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_NeverAskForNameOrPersonnummer_AndSetNoCookie()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var journey = new SgiJourney(client);
        List<string> urls = ["/sgi-koll", .. OnTime.Select((a, i) => $"/sgi-koll/fraga/{a.Id}" + Query(OnTime[..i])), "/sgi-koll/kontrollera" + Query(OnTime), "/sgi-koll/resultat" + Query(OnTime)];

        foreach (var url in urls)
        {
            // Act
            var (response, page) = await journey.GetAsync(url);

            // Assert
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), url);
            Assert.DoesNotContain(page.QuerySelectorAll("main input"), i => (i.GetAttribute("name") ?? "").Contains("pnr", StringComparison.OrdinalIgnoreCase) || (i.GetAttribute("name") ?? "").Contains("namn", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        }
    }

    [Fact]
    public async Task PageTypes_PassTheNuHtmlChecker()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var query = Query(OnTime);
        string[] urls =
        [
            "/sgi-koll", "/en/sgi-check", "/sgi-koll/fraga/situation", "/sgi-koll/fraga/situation?skickat=1",
            "/sgi-koll/fraga/lastday?situation=sjukpenning-ended&lastday=2026-02-30&skickat=1",
            "/sgi-koll/fraga/sgihours?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes",
            "/sgi-koll/kontrollera" + query, "/sgi-koll/resultat" + query, "/en/sgi-check/result" + query,
            "/sgi-koll/resultat?situation=aktivitetsersattning-denied&decided=2026-11-20&sgi=no&employment=none&next=nothing",
        ];
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

    private static string BackLink(IHtmlDocument page) => page.QuerySelector("main p.no-print a")!.GetAttribute("href")!;

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> Answers(IHtmlDocument check) =>
        check.QuerySelectorAll(".sgi-answers__row").ToDictionary(
            row => row.QuerySelector("dt")!.TextContent.Trim(),
            row => Normalize(row.QuerySelector("dd")!.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent).Aggregate("", (a, b) => a + b)));

    private static List<string> Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
}
