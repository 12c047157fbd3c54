using Portal.SgiCheck.Model;
using Portal.Web.Features.SgiCheck;

namespace Portal.UnitTests.SgiCheckPages;

/// <summary>How the pages' two answers "registered" and "going to register" become the checker's answers.</summary>
public sealed class SgiJourneyAnswersTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Dictionary<string, string> Journey(bool planned, string from)
    {
        var journey = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["situation"] = "sjukpenning-ended",
            ["lastday"] = "2026-11-20",
            ["retro"] = "no",
            ["sgi"] = "yes",
            ["sgihours"] = "40",
            ["employment"] = "unemployed",
            ["age65"] = "no",
            ["next"] = "af",
            ["affrom"] = from,
            ["afstatus"] = "aktivt",
            ["afhours"] = "40",
            ["sanction"] = "no",
            ["omprovning"] = "no",
        };
        if (planned)
        {
            journey[SgiJourneyAnswers.PlannedKey] = "1";
        }

        return journey;
    }

    [Fact]
    public void Planned_BecomesARegistrationThatHasNotHappened()
    {
        var answers = SgiJourneyAnswers.ToAnswers(Journey(planned: true, "2026-12-07"), Today);

        var af = Assert.IsType<AfRegistrationStep>(answers.Next[0]);
        Assert.False(af.Registered);
        Assert.True(af.IsPlannedOn(Today));
    }

    [Fact]
    public void Registered_BecomesARegistrationThatHasHappened()
    {
        var answers = SgiJourneyAnswers.ToAnswers(Journey(planned: false, "2026-11-23"), Today);

        var af = Assert.IsType<AfRegistrationStep>(answers.Next[0]);
        Assert.True(af.Registered);
        Assert.False(af.IsPlannedOn(Today));
    }

    [Fact]
    public void PlanKey_WithoutAnAfAnswer_IsIgnored()
    {
        var journey = Journey(planned: true, "2026-12-07");
        journey["next"] = "nothing";
        journey.Remove("affrom");
        journey.Remove("afstatus");
        journey.Remove("afhours");
        journey.Remove("sanction");

        Assert.False(SgiJourneyAnswers.IsPlanned(journey));
        Assert.DoesNotContain(SgiJourneyAnswers.ToAnswers(journey, Today).Next, s => s is AfRegistrationStep);
    }
}
