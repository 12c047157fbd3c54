using Portal.SgiCheck.Model;
using Portal.SgiCheck.Texts;
using static Portal.UnitTests.SgiCheck.AnswersJson;

namespace Portal.UnitTests.SgiCheck;

/// <summary>Issue 21: a planned registration is not a registration, one meaning of deadline, the handläggare summary.</summary>
public sealed class Issue21Tests
{
    [Fact]
    public void PlannedRegistration_AfterThePassedDeadline_IsAtRisk_AndTheFirstActionIsRegisterToday()
    {
        // L Friday 13 March; on Thursday 19 March the person has not registered and plans to on 1 April (inside C25).
        var planned = Check(Ended("2026-03-13", "2026-03-19", Af("2026-04-01")));

        Assert.Equal(Verdict.AtRisk, planned.Verdict);
        Assert.Equal(TextCodes.RegisterAfNow, planned.Actions[0].Code);
        Assert.Equal(new DateOnly(2026, 3, 19), planned.Actions[0].By);
        Assert.Equal(new DateOnly(2026, 3, 14), planned.Deadline);
        Assert.True(planned.DeadlinePassed);
    }

    [Fact]
    public void PlannedRegistration_OnTheDeadlineDay_IsNotToldItRegistered()
    {
        // On Saturday 14 March (the deadline, not passed) the person plans to register on 1 April, inside C25.
        var planned = Check(Ended("2026-03-13", "2026-03-14", Af("2026-04-01")));

        Assert.Equal(Verdict.LikelyProtected, planned.Verdict);
        Assert.NotEqual(TextCodes.SummaryLikelyProtected25Days, planned.SummaryCode);
        Assert.Equal(TextCodes.RegisterAf, planned.Actions[0].Code);
        Assert.Equal(new DateOnly(2026, 3, 14), planned.Actions[0].By);
    }

    [Fact]
    public void RegistrationThatHappened_InsideC25_IsLikelyProtected_WithTheSameDeadline()
    {
        var registered = Check(Ended("2026-03-13", "2026-04-01", Af("2026-04-01")));

        Assert.Equal(Verdict.LikelyProtected, registered.Verdict);
        Assert.Equal(new DateOnly(2026, 3, 14), registered.Deadline);
    }

    [Fact]
    public void RegisteredFalse_WithADatePassed_CountsFromToday()
    {
        // "Ska skriva in mig" with a date that has passed: nothing is registered; the earliest registration is today.
        var notYet = Check(Ended("2026-03-13", "2026-04-10", """{"kind":"af-registration","from":"2026-03-16","status":"aktivt","hoursPerWeek":40,"registered":false}"""));
        var done = Check(Ended("2026-03-13", "2026-04-10", Af("2026-03-16")));

        Assert.Equal(Verdict.AtRisk, notYet.Verdict);
        Assert.Equal(TextCodes.RegisterAfNow, notYet.Actions[0].Code);
        Assert.Equal(Verdict.Protected, done.Verdict);
    }

    [Fact]
    public void Deadline_DoesNotMoveToTheRegistrationDate()
    {
        // Registering later changes the verdict, never the deadline (DL-1: the day after L).
        var dates = new[] { "2026-03-14", "2026-03-16", "2026-04-02", "2026-04-14", "2026-05-18" };
        var deadlines = dates.Select(d => Check(Ended("2026-03-13", d, Af(d))).Deadline).Distinct().ToList();

        Assert.Equal([new DateOnly(2026, 3, 14)], deadlines);
    }

    [Fact]
    public void Deadline_IsTheFirstGapTheRulesDoNotExcuse_NotALaterBirthday()
    {
        // Studies end on Friday 5 June; registered at AF 15 June; parental leave with a child born 1 June 2027 later.
        var result = Check(Ended("2026-03-13", "2026-06-15", Studies("2026-03-14", true, "100", true, to: "2026-06-05") + "," + Af("2026-06-15")));

        Assert.Equal(Verdict.NotProtected, result.Verdict);
        Assert.Equal(new DateOnly(2026, 6, 6), result.Deadline);
        Assert.DoesNotContain(result.Actions, a => a.By is { } by && by < result.AsOf);
    }

    [Fact]
    public void StaffSummary_NamesTheGapDays_InTheCaseOfficersTerms()
    {
        // L Wednesday 2 December; registered at AF on Monday 7 December: 3–6 December without a ground.
        var result = Check(Ended("2026-12-02", "2026-12-07", Studies("2026-12-07", true, "100", true, to: "2027-06-04")));

        var text = StaffSummary.Describe(result);

        Assert.Equal(Verdict.NotProtected, result.Verdict);
        Assert.Contains("Glapp 3–6 dec, 4 dagar", text, StringComparison.Ordinal);
        Assert.Contains("Sista dag för nästa grund var 3 dec (passerad)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("du ", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StaffSummary_SaysWhenTheRegistrationIsOnlyPlanned()
    {
        var result = Check(Ended("2026-03-13", "2026-03-19", Af("2026-04-01")));

        var text = StaffSummary.Describe(result);

        Assert.Contains("Glapp 14–31 mars, 18 dagar", text, StringComparison.Ordinal);
        Assert.Contains("planerad men inte gjord", text, StringComparison.Ordinal);
    }
}
