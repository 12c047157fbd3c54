using System.Net;
using AngleSharp.Html.Dom;

namespace Portal.IntegrationTests.Pages.SgiCheck;

/// <summary>
/// Issue 21, item 8 in the pages: "registered" and "going to register" are two answers; a plan is never counted as
/// done, and a plan after the deadline gets "Skriv in dig hos Arbetsförmedlingen i dag" in the warning style.
/// </summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiRegistrationPlanTests(PortalAppFactory factory)
{
    /// <summary>Today in these tests: Monday 7 December 2026 in Stockholm.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private const string UpToNext = "situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no";

    [Fact]
    public async Task NextQuestion_AsksRegisteredAndGoingToRegister_AsTwoAnswers()
    {
        // Arrange, Act
        var page = await WithClockAsync(journey => journey.GetAsync("/sgi-koll/fraga/next?" + UpToNext));
        var labels = page.Document.QuerySelectorAll("label.radio-button__label").Select(l => l.TextContent.Trim()).ToList();
        var values = page.Document.QuerySelectorAll("input.radio-button__input").OfType<IHtmlInputElement>().Select(i => i.Value).ToList();

        // Assert
        Assert.Contains("Jag är redan inskriven hos Arbetsförmedlingen", labels);
        Assert.Contains("Jag har inte skrivit in mig hos Arbetsförmedlingen än, men ska göra det", labels);
        Assert.DoesNotContain(labels, l => l.Contains("eller ska skriva in mig", StringComparison.Ordinal));
        Assert.Equal(values.IndexOf("af") + 1, values.IndexOf("af-planned"));
    }

    [Fact]
    public async Task GoingToRegister_IsCarriedAsAPlan_AndTheDateQuestionAsksForThePlannedDay()
    {
        // Arrange
        var (_, next) = await WithClockAsync(journey => journey.GetAsync("/sgi-koll/fraga/next?" + UpToNext));

        // Act
        var (_, affrom) = await WithClockAsync(journey => journey.AnswerAndFollowAsync(next, "af-planned"));

        // Assert
        Assert.Equal("affrom", SgiJourney.QuestionId(affrom));
        Assert.Contains("next=af&afplan=1", affrom.Url, StringComparison.Ordinal);
        Assert.Equal("Vilken dag ska du skriva in dig hos Arbetsförmedlingen?", affrom.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("&afplan=1", "2026-12-04", "Datumet har redan varit.")]
    [InlineData("", "2026-12-08", "Datumet ligger i framtiden.")]
    public async Task RegistrationDay_MustFitTheAnswer(string plan, string typed, string message)
    {
        // Arrange
        var (_, page) = await WithClockAsync(journey => journey.GetAsync("/sgi-koll/fraga/affrom?" + UpToNext + "&next=af" + plan));

        // Act
        var shown = await WithClockAsync(async journey =>
        {
            using var response = await journey.AnswerAsync(page, typed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await PortalAppFactory.ParseAsync(response);
        });

        // Assert
        Assert.StartsWith(message, shown.QuerySelector("#q-affrom-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(message, shown.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAfterAPassedDeadline_IsNotReassuring_AndSaysRegisterToday_AsAWarning()
    {
        // Arrange: the deadline (21 November) has passed; the person plans to register on 10 December
        var url = "/sgi-koll/resultat?" + UpToNext + "&next=af&affrom=2026-12-10&afstatus=aktivt&afhours=40&sanction=no&omprovning=no&afplan=1";

        // Act
        var (response, result) = await WithClockAsync(journey => journey.GetAsync(url));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = result.QuerySelector(".sgi-verdict")!.GetAttribute("data-verdict");
        Assert.NotEqual("protected", verdict);
        Assert.NotEqual("likely-protected", verdict);
        var urgent = result.QuerySelector(".sgi-urgent")!;
        Assert.Contains("message-box--warning", urgent.ClassName, StringComparison.Ordinal);
        Assert.StartsWith("Skriv in dig hos Arbetsförmedlingen", urgent.QuerySelector(".message-box__content")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("i dag", urgent.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("du skrev in dig", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(result.QuerySelectorAll(".sgi-answers__row dd"), dd => dd.TextContent.Contains("Jag har inte skrivit in mig hos Arbetsförmedlingen än", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanAfterADeadlineStillAhead_SaysRegisterToday_AsAWarning()
    {
        // Arrange: sjukpenning ends on Friday 11 December; the plan is 20 December
        var url = "/sgi-koll/resultat?situation=sjukpenning-ended&lastday=2026-12-11&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=af&affrom=2026-12-20&afstatus=aktivt&afhours=40&sanction=no&omprovning=no&afplan=1";

        // Act
        var (_, result) = await WithClockAsync(journey => journey.GetAsync(url));

        // Assert
        var urgent = result.QuerySelector(".sgi-urgent")!;
        Assert.Contains("message-box--warning", urgent.ClassName, StringComparison.Ordinal);
        Assert.StartsWith("Skriv in dig hos Arbetsförmedlingen i dag", urgent.QuerySelector(".message-box__content")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisteredOnTime_GetsNoWarning()
    {
        // Arrange
        var url = "/sgi-koll/resultat?" + UpToNext + "&next=af&affrom=2026-11-23&afstatus=aktivt&afhours=40&sanction=no&omprovning=no";

        // Act
        var (_, result) = await WithClockAsync(journey => journey.GetAsync(url));

        // Assert
        Assert.Null(result.QuerySelector(".sgi-urgent"));
        Assert.Contains(result.QuerySelectorAll(".sgi-answers__row dd"), dd => dd.TextContent.Contains("Jag är redan inskriven hos Arbetsförmedlingen", StringComparison.Ordinal));
    }

    private async Task<T> WithClockAsync<T>(Func<SgiJourney, Task<T>> act)
    {
        var before = factory.Clock.GetUtcNow();
        factory.Clock.Set(Now);
        try
        {
            using var client = factory.CreateBrowserLikeClient();
            return await act(new SgiJourney(client));
        }
        finally
        {
            factory.Clock.Set(before);
        }
    }
}
