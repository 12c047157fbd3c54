using Portal.SgiCheck.Rules;
using static Portal.UnitTests.SgiCheck.Rules.RuleAssert;

namespace Portal.UnitTests.SgiCheck.Rules;

public sealed class DeadlineRuleTests
{
    [Theory]
    // L = Friday 2026-03-13: D1s = D1l = 03-16, C25 = 04-07, W25l = 04-21.
    [InlineData("2026-03-13", "2026-03-14", "protected", "by-first-workday")]
    [InlineData("2026-03-13", "2026-03-16", "protected", "by-first-workday")]
    [InlineData("2026-03-13", "2026-03-17", "likely-protected", "within-25-days")]
    [InlineData("2026-03-13", "2026-04-07", "likely-protected", "within-25-days")]
    [InlineData("2026-03-13", "2026-04-08", "at-risk", "within-25-workdays")]
    [InlineData("2026-03-13", "2026-04-21", "at-risk", "within-25-workdays")]
    [InlineData("2026-03-13", "2026-04-22", "not-protected", "after-25-workdays")]
    // L = Thursday 2026-06-18: D1s = midsommarafton 06-19, D1l = 06-22, C25 = 07-13, W25s = 07-23, W25l = 07-24.
    [InlineData("2026-06-18", "2026-06-19", "protected", "by-first-workday")]
    [InlineData("2026-06-18", "2026-06-22", "likely-protected", "by-first-workday-lenient")]
    [InlineData("2026-06-18", "2026-06-23", "likely-protected", "within-25-days")]
    [InlineData("2026-06-18", "2026-07-13", "likely-protected", "within-25-days")]
    [InlineData("2026-06-18", "2026-07-14", "at-risk", "within-25-workdays")]
    [InlineData("2026-06-18", "2026-07-24", "at-risk", "within-25-workdays")]
    [InlineData("2026-06-18", "2026-07-25", "not-protected", "after-25-workdays")]
    public void Dl1_Registration_FollowsTheLadder(string lastDay, string registered, string verdict, string reason)
    {
        Is(Dl1.Evaluate(D(lastDay), D(registered), D(registered), Parameters), "DL-1", verdict, reason);
    }

    [Theory]
    [InlineData("2026-03-14", "at-risk", "nothing-yet")]
    [InlineData("2026-04-21", "at-risk", "nothing-yet")]
    [InlineData("2026-04-22", "not-protected", "nothing-yet-too-late")]
    public void Dl1_NothingYet_IsAtRiskUntilTheLastWindowCloses(string asOf, string verdict, string reason)
    {
        Is(Dl1.Evaluate(D("2026-03-13"), null, D(asOf), Parameters), "DL-1", verdict, reason);
    }

    [Theory]
    // Decision on Friday 2026-03-13: Ddec+1 = Saturday, D1l = Monday 03-16.
    [InlineData("2026-03-13", "2026-03-13", "protected", "by-day-after-decision")]
    [InlineData("2026-03-13", "2026-03-14", "protected", "by-day-after-decision")]
    [InlineData("2026-03-13", "2026-03-15", "likely-protected", "by-first-workday-after-decision")]
    [InlineData("2026-03-13", "2026-03-16", "likely-protected", "by-first-workday-after-decision")]
    [InlineData("2026-03-13", "2026-03-17", "not-protected", "after-first-workday")]
    // Decision on Tuesday 2026-03-10: no weekend in between, so the day after is the limit.
    [InlineData("2026-03-10", "2026-03-11", "protected", "by-day-after-decision")]
    [InlineData("2026-03-10", "2026-03-12", "not-protected", "after-first-workday")]
    // Decision on Thursday 2026-06-18: Ddec+1 is midsommarafton; Monday 06-22 only under the lenient reading.
    [InlineData("2026-06-18", "2026-06-19", "protected", "by-day-after-decision")]
    [InlineData("2026-06-18", "2026-06-22", "likely-protected", "by-first-workday-after-decision")]
    [InlineData("2026-06-18", "2026-06-23", "not-protected", "after-first-workday")]
    public void Dl2_FirstApplicationDenied_NoTwentyFiveDayWindow(string decision, string registered, string verdict, string reason)
    {
        Is(Dl2.Evaluate(D(decision), D(registered), D(registered)), "DL-2", verdict, reason);
    }

    [Theory]
    [InlineData("2026-03-16", "at-risk", "nothing-yet")]
    [InlineData("2026-03-17", "not-protected", "nothing-yet-too-late")]
    public void Dl2_NothingYet(string asOf, string verdict, string reason)
    {
        Is(Dl2.Evaluate(D("2026-03-13"), null, D(asOf)), "DL-2", verdict, reason);
    }

    [Theory]
    // Decision Friday 2026-02-13: Ddec+1 = 02-14; W25l = 2026-03-20.
    [InlineData("2026-02-14", "protected", "immediately")]
    [InlineData("2026-02-15", "at-risk", "after-first-day")]
    [InlineData("2026-03-20", "at-risk", "after-first-day")]
    [InlineData("2026-03-21", "not-protected", "long-after-decision")]
    public void Dl3_ErsattningDenied_RegisterImmediately(string registered, string verdict, string reason)
    {
        Is(Dl3.Evaluate(D("2026-02-13"), D(registered), D(registered), Parameters), "DL-3", verdict, reason);
    }

    [Theory]
    [InlineData("2026-03-20", "at-risk", "nothing-yet")]
    [InlineData("2026-03-21", "not-protected", "nothing-yet-too-late")]
    public void Dl3_NothingYet(string asOf, string verdict, string reason)
    {
        Is(Dl3.Evaluate(D("2026-02-13"), null, D(asOf), Parameters), "DL-3", verdict, reason);
    }

    [Theory]
    // Programme ends Friday 2026-10-30; Saturday 10-31 is alla helgons dag; first vardag Monday 11-02.
    [InlineData(GroundEnd.ProgrammeEnd, "2026-10-30", "2026-10-31", "protected", "by-first-workday")]
    [InlineData(GroundEnd.ProgrammeEnd, "2026-10-30", "2026-11-02", "protected", "by-first-workday")]
    [InlineData(GroundEnd.ProgrammeEnd, "2026-10-30", "2026-11-03", "not-protected", "gap")]
    [InlineData(GroundEnd.ServiceEnd, "2026-06-18", "2026-06-19", "protected", "by-first-workday")]
    [InlineData(GroundEnd.ServiceEnd, "2026-06-18", "2026-06-22", "likely-protected", "by-first-workday-lenient")]
    [InlineData(GroundEnd.WorkEnd, "2026-06-18", "2026-06-23", "not-protected", "gap")]
    [InlineData(GroundEnd.ChildTurnsOne, "2026-09-09", "2026-09-10", "-", "child-turns-one")]
    [InlineData(GroundEnd.ChildTurnsOne, "2026-09-09", "2026-09-11", "not-protected", "gap-after-first-birthday")]
    [InlineData(GroundEnd.BreakEnd, "2026-07-21", "2026-07-22", "protected", "next-ground-next-day")]
    [InlineData(GroundEnd.BreakEnd, "2026-07-21", "2026-07-23", "-", "break-extended")]
    public void Dl4_NextGround_MustFollowDirectly(GroundEnd end, string lastDay, string next, string verdict, string reason)
    {
        Is(Dl4.Evaluate(end, D(lastDay), D(next), D(next)), "DL-4", verdict, reason);
    }

    [Theory]
    [InlineData(GroundEnd.ProgrammeEnd, "2026-10-30", "-", "next-step-needed")]
    [InlineData(GroundEnd.ProgrammeEnd, "2026-11-02", "at-risk", "nothing-yet")]
    [InlineData(GroundEnd.ProgrammeEnd, "2026-11-03", "not-protected", "nothing-yet-too-late")]
    [InlineData(GroundEnd.ChildTurnsOne, "2026-09-10", "at-risk", "nothing-yet")]
    [InlineData(GroundEnd.ChildTurnsOne, "2026-09-11", "not-protected", "nothing-yet-too-late")]
    public void Dl4_NothingPlanned_DependsOnWhetherTheGroundHasEnded(GroundEnd end, string asOf, string verdict, string reason)
    {
        var lastDay = end == GroundEnd.ChildTurnsOne ? D("2026-09-09") : D("2026-10-30");
        Is(Dl4.Evaluate(end, lastDay, null, D(asOf)), "DL-4", verdict, reason);
    }

    [Theory]
    [InlineData("2026-03-14", null, "-", "may-be-accepted-next-workday")]
    [InlineData("2026-03-14", "2026-03-14", "-", NotApplicable)]
    [InlineData("2026-03-14", "2026-03-13", "-", NotApplicable)]
    [InlineData("2026-03-14", "2026-03-16", "-", "may-be-accepted-next-workday")]
    [InlineData("2026-03-14", "2026-03-17", "-", NotApplicable)]
    [InlineData("2026-03-16", null, "-", NotApplicable)]
    [InlineData("2026-06-19", "2026-06-22", "-", "may-be-accepted-next-workday")]
    [InlineData("2026-04-03", "2026-04-07", "-", "may-be-accepted-next-workday")]
    public void Dl5_DeadlineOnANonWorkday_IsFlagged(string deadline, string? acted, string verdict, string reason)
    {
        Is(Dl5.Evaluate(D(deadline), OptionalDate(acted)), "DL-5", verdict, reason);
    }

    [Theory]
    [InlineData("2026-03-13", "2026-03-16", "-", NotApplicable)]
    [InlineData("2026-03-12", "2026-03-16", "-", NotApplicable)]
    // Decision Thursday 03-19: limit = max(W25l(L) = 04-21, D1l(Ddec) = 03-20) = 04-21.
    [InlineData("2026-03-19", "2026-03-16", "-", "acted-before-the-decision-mattered")]
    [InlineData("2026-03-19", "2026-03-17", "at-risk", "retroactive-decision")]
    [InlineData("2026-03-19", "2026-04-21", "at-risk", "retroactive-decision")]
    [InlineData("2026-03-19", "2026-04-22", "not-protected", "retroactive-too-late")]
    // Decision long after L: limit = D1l(Ddec) = 2026-05-05.
    [InlineData("2026-05-04", "2026-05-05", "at-risk", "retroactive-decision")]
    [InlineData("2026-05-04", "2026-05-06", "not-protected", "retroactive-too-late")]
    public void Dl6_RetroactiveDecision_IsAtRisk(string decision, string registered, string verdict, string reason)
    {
        Is(Dl6.Evaluate(D("2026-03-13"), D(decision), D(registered), D(registered), Parameters), "DL-6", verdict, reason);
    }

    [Theory]
    [InlineData("2026-05-05", "at-risk", "retroactive-nothing-yet")]
    [InlineData("2026-05-06", "not-protected", "retroactive-too-late")]
    public void Dl6_NothingYet(string asOf, string verdict, string reason)
    {
        Is(Dl6.Evaluate(D("2026-03-13"), D("2026-05-04"), null, D(asOf), Parameters), "DL-6", verdict, reason);
    }

    [Fact]
    public void DeadlineMath_Windows_MatchTheNotation()
    {
        var lastDay = D("2026-06-18");
        Assert.Equal(D("2026-06-19"), DeadlineMath.FirstWorkdayStrict(lastDay));
        Assert.Equal(D("2026-06-22"), DeadlineMath.FirstWorkdayLenient(lastDay));
        Assert.Equal(D("2026-07-13"), DeadlineMath.Calendar25(lastDay, Parameters));
        Assert.Equal(D("2026-07-23"), DeadlineMath.Workday25(lastDay, Parameters, Portal.SgiCheck.Calendar.WorkdayReading.Strict));
        Assert.Equal(D("2026-07-24"), DeadlineMath.Workday25(lastDay, Parameters, Portal.SgiCheck.Calendar.WorkdayReading.Lenient));
    }
}
