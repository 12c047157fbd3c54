using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Ids = Portal.SgiCheck.Flows.SgiCheckFlow.Ids;

namespace Portal.UnitTests.SgiCheck.Flows;

/// <summary>
/// One validator for both ways in: the same invalid answer is refused by the step-by-step flow (on its question) and
/// by the API's validator (on its JSON path) with the same error code. Each row starts from a complete, valid journey,
/// breaks one fact in the journey and the same fact in the answers built from it.
/// </summary>
public sealed class OneValidatorTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static readonly Dictionary<string, string> Ended = new()
    {
        [Ids.Situation] = "sjukpenning-ended",
        [Ids.LastDay] = "2026-03-13",
        [Ids.Retro] = "no",
        [Ids.Sgi] = "yes",
        [Ids.SgiHours] = "40",
        [Ids.Employment] = "unemployed",
        [Ids.Age65] = "no",
    };

    private static readonly Dictionary<string, string> AfJourney = With(Ended,
        (Ids.Next, "af"), (Ids.AfFrom, "2026-03-16"), (Ids.AfStatus, "aktivt"), (Ids.AfHours, "40"),
        (Ids.Sanction, "yes"), (Ids.SanReason, "missed-meeting"), (Ids.SanInProg, "no"), (Ids.SanFrom, "2026-03-18"), (Ids.SanDays, "10"),
        (Ids.Omprovning, "no"));

    private static readonly Dictionary<string, string> DecidedJourney = With(Ended,
        (Ids.Retro, "yes"), (Ids.Decided, "2026-03-18"), (Ids.Next, "nothing"), (Ids.Omprovning, "no"));

    private static readonly Dictionary<string, string> WorkJourney = With(Ended,
        (Ids.Next, "work-new"), (Ids.WorkFrom, "2026-03-16"), (Ids.WorkHours, "40"), (Ids.FixedTerm, "yes"), (Ids.WorkTo, "2026-06-30"),
        (Ids.Omprovning, "no"));

    private static readonly Dictionary<string, string> StudiesJourney = With(Ended,
        (Ids.Next, "studies"), (Ids.StudyFrom, "2026-03-16"), (Ids.StudyStod, "no"), (Ids.StudyExtent, "100"), (Ids.StudyPost, "no"),
        (Ids.Born, "1990-05-01"), (Ids.StudyEnd, "yes"), (Ids.StudyTo, "2026-06-05"), (Ids.AfterStudy, "no"), (Ids.Omprovning, "no"));

    private static readonly Dictionary<string, string> ParentalJourney = With(Ended,
        (Ids.Next, "parental"), (Ids.ChildBorn, "2026-01-10"), (Ids.FpFrom, "2026-03-16"), (Ids.FpDays, "5"), (Ids.Omprovning, "no"));

    private static readonly Dictionary<string, Row> Rows = new(StringComparer.Ordinal)
    {
        ["sgi hours zero"] = new(AfJourney, Ids.SgiHours, "0", a => a with { SgiHoursPerWeek = 0 }, "sgiHoursPerWeek", ErrorCodes.SgiHoursRange),
        ["sgi hours over a week"] = new(AfJourney, Ids.SgiHours, "169", a => a with { SgiHoursPerWeek = 169 }, "sgiHoursPerWeek", ErrorCodes.SgiHoursRange),
        ["af hours over a week"] = new(AfJourney, Ids.AfHours, "169", a => WithFirst<AfRegistrationStep>(a, s => s with { HoursPerWeek = 169 }), "next[0].hoursPerWeek", ErrorCodes.HoursRange),
        ["af hours negative"] = new(AfJourney, Ids.AfHours, "-1", a => WithFirst<AfRegistrationStep>(a, s => s with { HoursPerWeek = -1 }), "next[0].hoursPerWeek", ErrorCodes.HoursRange),
        ["work hours over a week"] = new(WorkJourney, Ids.WorkHours, "200", a => WithFirst<WorkStep>(a, s => s with { HoursPerWeek = 200 }), "next[0].hoursPerWeek", ErrorCodes.HoursRange),
        ["work ends before it starts"] = new(WorkJourney, Ids.WorkTo, "2026-03-15", a => WithFirst<WorkStep>(a, s => s with { To = new DateOnly(2026, 3, 15) }), "next[0].to", ErrorCodes.DateEndBeforeStart),
        ["studies over 100 percent"] = new(StudiesJourney, Ids.StudyExtent, "101", a => WithFirst<StudiesStep>(a, s => s with { ExtentPercent = 101 }), "next[0].extentPercent", ErrorCodes.PercentRange),
        ["studies end before they start"] = new(StudiesJourney, Ids.StudyTo, "2026-03-15", a => WithFirst<StudiesStep>(a, s => s with { To = new DateOnly(2026, 3, 15) }), "next[0].to", ErrorCodes.DateEndBeforeStart),
        ["born in the future"] = new(StudiesJourney, Ids.Born, "2026-03-21", a => a with { BirthDate = new DateOnly(2026, 3, 21) }, "birthDate", ErrorCodes.DateFuture),
        ["eight days of föräldrapenning a week"] = new(ParentalJourney, Ids.FpDays, "8", a => WithFirst<ParentalLeaveStep>(a, s => s with { ParentalBenefitDaysPerWeek = 8 }), "next[0].parentalBenefitDaysPerWeek", ErrorCodes.DaysPerWeekRange),
        ["decision on the last sjukpenning day"] = new(DecidedJourney, Ids.Decided, "2026-03-13", a => a with { DecisionReceived = new DateOnly(2026, 3, 13) }, "decisionReceived", ErrorCodes.DateNotAfterLastDay),
        ["decision in the future"] = new(DecidedJourney, Ids.Decided, "2026-03-21", a => a with { DecisionReceived = new DateOnly(2026, 3, 21) }, "decisionReceived", ErrorCodes.DateFuture),
        ["sanction in the future"] = new(AfJourney, Ids.SanFrom, "2026-03-21", a => a with { Sanctions = [a.Sanctions![0] with { From = new DateOnly(2026, 3, 21) }] }, "sanctions[0].from", ErrorCodes.DateFuture),
        ["sanction over a year"] = new(AfJourney, Ids.SanDays, "366", a => a with { Sanctions = [a.Sanctions![0] with { Days = 366 }] }, "sanctions[0].days", ErrorCodes.DaysRange),
    };

    public static TheoryData<string> Names => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void TheSameInvalidAnswer_IsRefusedByTheFlowAndTheApi_WithTheSameRule(string name)
    {
        // Arrange: a complete journey that both ways accept
        var row = Rows[name];
        Assert.Null(SgiCheckFlow.NextQuestion(row.Journey));
        var valid = SgiCheckFlow.ToAnswers(row.Journey, Today);
        Assert.Empty(AnswersValidator.Validate(valid, Today));

        // Act
        var flowError = SgiCheckFlow.Validate(row.Question, row.Raw, row.Journey, Today);
        var apiErrors = AnswersValidator.Validate(row.Break(valid), Today);

        // Assert
        Assert.Equal(row.Code, flowError);
        Assert.Equal(row.Code, apiErrors.GetValueOrDefault(row.Path));
    }

    private static Answers WithFirst<T>(Answers answers, Func<T, T> change)
        where T : NextStep =>
        answers with { Next = [change((T)answers.Next[0]), .. answers.Next.Skip(1)] };

    private static Dictionary<string, string> With(Dictionary<string, string> answers, params (string Key, string Value)[] more)
    {
        var copy = new Dictionary<string, string>(answers);
        foreach (var (key, value) in more)
        {
            copy[key] = value;
        }

        return copy;
    }

    private sealed record Row(Dictionary<string, string> Journey, string Question, string Raw, Func<Answers, Answers> Break, string Path, string Code);
}
