using Portal.SgiCheck;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Ids = Portal.SgiCheck.Flows.SgiCheckFlow.Ids;

namespace Portal.UnitTests.SgiCheck.Flows;

/// <summary>The journey node by node: for each node, the prior answers and the next node for each option.</summary>
public sealed class SgiCheckFlowTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    /// <summary>sjukpenning-ended on 2026-03-13, an SGI of 40 hours, unemployed, under 65.</summary>
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

    [Fact]
    public void NoAnswers_StartsWithTheSituation()
    {
        Assert.Equal(Ids.Situation, SgiCheckFlow.NextQuestion(new Dictionary<string, string>()));
        Assert.Empty(SgiCheckFlow.Path(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("sjukpenning-ended", Ids.LastDay)]
    [InlineData("sjukpenning-denied", Ids.Decided)]
    [InlineData("aktivitetsersattning-denied", Ids.Decided)]
    [InlineData("sjukersattning-denied", Ids.Decided)]
    public void Situation_LeadsToTheRelevantDate(string option, string expected)
    {
        Assert.Equal(expected, Next(new() { [Ids.Situation] = option }));
    }

    [Fact]
    public void LastDay_LeadsToRetro()
    {
        Assert.Equal(Ids.Retro, Next(new() { [Ids.Situation] = "sjukpenning-ended", [Ids.LastDay] = "2026-03-13" }));
    }

    [Theory]
    [InlineData("yes", Ids.Decided)]
    [InlineData("no", Ids.Sgi)]
    public void Retro_AsksForTheDecisionDateOnlyWhenLate(string option, string expected)
    {
        Assert.Equal(expected, Next(new() { [Ids.Situation] = "sjukpenning-ended", [Ids.LastDay] = "2026-03-13", [Ids.Retro] = option }));
    }

    [Fact]
    public void Decided_LeadsToSgi()
    {
        Assert.Equal(Ids.Sgi, Next(new() { [Ids.Situation] = "sjukpenning-denied", [Ids.Decided] = "2026-03-13" }));
    }

    [Theory]
    [InlineData("yes", Ids.SgiHours)]
    [InlineData("unknown", Ids.SgiHours)]
    [InlineData("no", Ids.Employment)]
    public void Sgi_AsksForTheHoursOnlyWhenThereMayBeAnSgi(string option, string expected)
    {
        Assert.Equal(expected, Next(new() { [Ids.Situation] = "sjukpenning-denied", [Ids.Decided] = "2026-03-13", [Ids.Sgi] = option }));
    }

    [Theory]
    [InlineData("40")]
    [InlineData("37,5")]
    [InlineData("unknown")]
    public void SgiHours_LeadsToEmployment(string option)
    {
        Assert.Equal(Ids.Employment, Next(Without(Ended, Ids.Employment, Ids.Age65), (Ids.SgiHours, option)));
    }

    [Theory]
    [InlineData("employed", "yes", Ids.Age65)]
    [InlineData("unemployed", "yes", Ids.Age65)]
    [InlineData("own-business", "unknown", Ids.Age65)]
    [InlineData("none", "yes", Ids.Age65)]
    [InlineData("employed", "no", Ids.Next)]
    [InlineData("none", "no", Ids.Next)]
    public void Employment_AsksTheAgeOnlyWhenThereMayBeAnSgi(string option, string sgi, string expected)
    {
        var answers = new Dictionary<string, string> { [Ids.Situation] = "aktivitetsersattning-denied", [Ids.Decided] = "2026-03-13", [Ids.Sgi] = sgi, [Ids.Employment] = option };
        if (sgi != "no")
        {
            answers[Ids.SgiHours] = "40";
        }

        Assert.Equal(expected, Next(answers));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    public void Age65_LeadsToNext(string option)
    {
        Assert.Equal(Ids.Next, Next(Without(Ended, Ids.Age65), (Ids.Age65, option)));
    }

    [Theory]
    [InlineData("af", Ids.AfFrom)]
    [InlineData("work-same", Ids.WorkFrom)]
    [InlineData("work-new", Ids.WorkFrom)]
    [InlineData("studies", Ids.StudyFrom)]
    [InlineData("parental", Ids.ChildBorn)]
    [InlineData("program", Ids.ProgFrom)]
    [InlineData("nothing", Ids.Omprovning)]
    public void Next_WithAnSgi_AsksTheFollowUpsOfTheChoice(string option, string expected)
    {
        Assert.Equal(expected, Next(Ended, (Ids.Next, option)));
    }

    [Theory]
    [InlineData("af", null)]
    [InlineData("work-same", Ids.WorkFrom)]
    [InlineData("work-new", Ids.WorkFrom)]
    [InlineData("studies", null)]
    [InlineData("parental", null)]
    [InlineData("program", null)]
    [InlineData("nothing", null)]
    public void Next_WithoutAnSgi_AsksOnlyAboutWork(string option, string? expected)
    {
        var answers = new Dictionary<string, string> { [Ids.Situation] = "aktivitetsersattning-denied", [Ids.Decided] = "2026-02-16", [Ids.Sgi] = "no", [Ids.Employment] = "none", [Ids.Next] = option };
        Assert.Equal(expected, SgiCheckFlow.NextQuestion(answers));
    }

    [Fact]
    public void AfRegistration_AsksDateStatusHours_ThenSanctions()
    {
        var answers = With(Ended, (Ids.Next, "af"));
        Assert.Equal(Ids.AfFrom, SgiCheckFlow.NextQuestion(answers));
        answers[Ids.AfFrom] = "2026-03-16";
        Assert.Equal(Ids.AfStatus, SgiCheckFlow.NextQuestion(answers));
        foreach (var status in new[] { "aktivt", "forhinder" })
        {
            Assert.Equal(Ids.AfHours, Next(answers, (Ids.AfStatus, status)));
        }

        answers[Ids.AfStatus] = "aktivt";
        Assert.Equal(Ids.Sanction, Next(answers, (Ids.AfHours, "40")));
    }

    [Theory]
    [InlineData("work-new", "40", "40", Ids.FixedTerm)]
    [InlineData("work-new", "20", "40", Ids.FixedTerm)]
    [InlineData("work-same", "40", "40", Ids.Omprovning)]
    [InlineData("work-same", "20", "40", Ids.WorkAf)]
    [InlineData("work-same", "39", "unknown", Ids.WorkAf)]
    [InlineData("work-same", "40", "unknown", Ids.Omprovning)]
    public void WorkHours_AsksAboutAfOnlyWhenWorkingLessThanTheSgi(string next, string hours, string sgiHours, string expected)
    {
        var answers = With(Ended, (Ids.SgiHours, sgiHours), (Ids.Next, next), (Ids.WorkFrom, "2026-03-16"));
        Assert.Equal(Ids.WorkHours, SgiCheckFlow.NextQuestion(answers));
        Assert.Equal(expected, Next(answers, (Ids.WorkHours, hours)));
    }

    [Theory]
    [InlineData("yes", "40", Ids.WorkTo)]
    [InlineData("no", "40", Ids.Omprovning)]
    [InlineData("no", "20", Ids.WorkAf)]
    public void FixedTerm_AsksForTheEndDate(string option, string hours, string expected)
    {
        Assert.Equal(expected, Next(With(Ended, (Ids.Next, "work-new"), (Ids.WorkFrom, "2026-03-16"), (Ids.WorkHours, hours)), (Ids.FixedTerm, option)));
    }

    [Theory]
    [InlineData("40", Ids.Omprovning)]
    [InlineData("30", Ids.WorkAf)]
    public void WorkTo_ThenAfForTheRestIfFewerHours(string hours, string expected)
    {
        var answers = With(Ended, (Ids.Next, "work-new"), (Ids.WorkFrom, "2026-03-16"), (Ids.WorkHours, hours), (Ids.FixedTerm, "yes"));
        Assert.Equal(expected, Next(answers, (Ids.WorkTo, "2026-12-31")));
    }

    [Fact]
    public void NoSgi_NewJob_EndsAfterTheJobQuestions()
    {
        var answers = new Dictionary<string, string>
        {
            [Ids.Situation] = "sjukpenning-ended",
            [Ids.LastDay] = "2025-05-16",
            [Ids.Retro] = "no",
            [Ids.Sgi] = "no",
            [Ids.Employment] = "unemployed",
            [Ids.Next] = "work-new",
            [Ids.WorkFrom] = "2026-03-16",
            [Ids.WorkHours] = "32",
        };
        Assert.Equal(Ids.FixedTerm, SgiCheckFlow.NextQuestion(answers));
        Assert.Null(Next(answers, (Ids.FixedTerm, "no")));
        Assert.Null(Next(answers, (Ids.FixedTerm, "yes"), (Ids.WorkTo, "2026-06-30")));
        Assert.Null(Next(With(answers, (Ids.Next, "work-same")), (Ids.FixedTerm, "no")));
    }

    [Theory]
    [InlineData("yes", Ids.AfFrom)]
    [InlineData("no", Ids.Omprovning)]
    public void WorkAf_AsksTheAfQuestions(string option, string expected)
    {
        Assert.Equal(expected, Next(With(Ended, (Ids.Next, "work-same"), (Ids.WorkFrom, "2026-03-16"), (Ids.WorkHours, "20")), (Ids.WorkAf, option)));
    }

    [Theory]
    [InlineData("yes", "100", null, Ids.StudyEnd)]
    [InlineData("no", "50", null, Ids.StudyPost)]
    [InlineData("unknown", "50", null, Ids.StudyPost)]
    [InlineData("no", "50", "yes", Ids.StudyEnd)]
    [InlineData("no", "50", "no", Ids.Born)]
    [InlineData("no", "25", "no", Ids.StudyEnd)]
    public void Studies_AskTheBirthDateOnlyForTheAgeRule(string support, string extent, string? postSecondary, string expected)
    {
        var answers = With(Ended, (Ids.Next, "studies"), (Ids.StudyFrom, "2026-03-14"), (Ids.StudyStod, support), (Ids.StudyExtent, extent));
        if (postSecondary is not null)
        {
            answers[Ids.StudyPost] = postSecondary;
        }

        Assert.Equal(expected, SgiCheckFlow.NextQuestion(answers));
    }

    [Theory]
    [InlineData(Ids.Born, "2006-03-01", Ids.StudyEnd)]
    [InlineData(Ids.StudyEnd, "no", Ids.Omprovning)]
    [InlineData(Ids.StudyEnd, "yes", Ids.StudyTo)]
    public void Studies_FollowUps(string node, string value, string expected)
    {
        var answers = With(Ended, (Ids.Next, "studies"), (Ids.StudyFrom, "2026-03-14"), (Ids.StudyStod, "no"), (Ids.StudyExtent, "50"), (Ids.StudyPost, "no"));
        if (node == Ids.StudyEnd)
        {
            answers[Ids.Born] = "2006-03-01";
        }

        Assert.Equal(expected, Next(answers, (node, value)));
    }

    [Theory]
    [InlineData("yes", Ids.AfFrom)]
    [InlineData("no", Ids.Omprovning)]
    public void AfterStudies_AsksAboutAf(string option, string expected)
    {
        var answers = With(Ended, (Ids.Next, "studies"), (Ids.StudyFrom, "2026-03-14"), (Ids.StudyStod, "yes"), (Ids.StudyExtent, "100"), (Ids.StudyEnd, "yes"), (Ids.StudyTo, "2026-06-05"));
        Assert.Equal(Ids.AfterStudy, SgiCheckFlow.NextQuestion(answers));
        Assert.Equal(expected, Next(answers, (Ids.AfterStudy, option)));
    }

    [Fact]
    public void Parental_AsksBirthDateStartAndDays()
    {
        var answers = With(Ended, (Ids.Next, "parental"));
        Assert.Equal(Ids.ChildBorn, SgiCheckFlow.NextQuestion(answers));
        Assert.Equal(Ids.FpFrom, Next(answers, (Ids.ChildBorn, "2025-12-01")));
        Assert.Equal(Ids.FpDays, Next(answers, (Ids.ChildBorn, "2025-12-01"), (Ids.FpFrom, "2026-03-14")));
        Assert.Equal(Ids.Omprovning, Next(answers, (Ids.ChildBorn, "2025-12-01"), (Ids.FpFrom, "2026-03-14"), (Ids.FpDays, "0")));
    }

    [Theory]
    [InlineData("aktivitetsstod")]
    [InlineData("utvecklingsersattning")]
    [InlineData("etableringsersattning")]
    [InlineData("none")]
    [InlineData("unknown")]
    public void ProgPay_LeadsToProgEnd(string option)
    {
        Assert.Equal(Ids.ProgEnd, Next(With(Ended, (Ids.Next, "program"), (Ids.ProgFrom, "2026-03-14")), (Ids.ProgPay, option)));
    }

    [Theory]
    [InlineData(Ids.ProgEnd, "no", Ids.Sanction)]
    [InlineData(Ids.ProgEnd, "yes", Ids.ProgTo)]
    public void ProgEnd_AsksForTheEndDate(string node, string option, string expected)
    {
        Assert.Equal(expected, Next(With(Ended, (Ids.Next, "program"), (Ids.ProgFrom, "2026-03-14"), (Ids.ProgPay, "aktivitetsstod")), (node, option)));
    }

    [Theory]
    [InlineData("yes", Ids.AfFrom)]
    [InlineData("no", Ids.Sanction)]
    public void AfterProg_AsksAboutAf(string option, string expected)
    {
        var answers = With(Ended, (Ids.Next, "program"), (Ids.ProgFrom, "2026-03-14"), (Ids.ProgPay, "aktivitetsstod"), (Ids.ProgEnd, "yes"), (Ids.ProgTo, "2026-10-30"));
        Assert.Equal(Ids.AfterProg, SgiCheckFlow.NextQuestion(answers));
        Assert.Equal(expected, Next(answers, (Ids.AfterProg, option)));
    }

    [Fact]
    public void Sanctions_AskReasonProgrammeDateAndDays()
    {
        var answers = With(Ended, (Ids.Next, "af"), (Ids.AfFrom, "2026-03-16"), (Ids.AfStatus, "aktivt"), (Ids.AfHours, "40"));
        Assert.Equal(Ids.Sanction, SgiCheckFlow.NextQuestion(answers));
        Assert.Equal(Ids.Omprovning, Next(answers, (Ids.Sanction, "no")));
        answers[Ids.Sanction] = "yes";
        foreach (var reason in KebabNames.All<SanctionReason>())
        {
            Assert.Equal(Ids.SanInProg, Next(answers, (Ids.SanReason, reason)));
        }

        answers[Ids.SanReason] = "declined-job";
        Assert.Equal(Ids.SanFrom, Next(answers, (Ids.SanInProg, "yes")));
        answers[Ids.SanInProg] = "yes";
        Assert.Equal(Ids.SanDays, Next(answers, (Ids.SanFrom, "2026-03-18")));
        answers[Ids.SanFrom] = "2026-03-18";
        Assert.Equal(Ids.Omprovning, Next(answers, (Ids.SanDays, "5")));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    public void Omprovning_IsTheLastQuestion(string option)
    {
        Assert.Null(Next(With(Ended, (Ids.Next, "nothing")), (Ids.Omprovning, option)));
    }

    [Fact]
    public void Path_ListsTheAnsweredQuestions_AndIgnoresAnswersOffThePath()
    {
        // Arrange: the person first chose studies, then changed to AF; the studies answers stay in the query string.
        var answers = With(Ended, (Ids.Next, "af"), (Ids.StudyFrom, "2026-03-14"), (Ids.StudyStod, "yes"), (Ids.AfFrom, "2026-03-16"), (Ids.AfStatus, "aktivt"), (Ids.AfHours, "40"), (Ids.Sanction, "no"), (Ids.Omprovning, "no"));

        // Act
        var path = SgiCheckFlow.Path(answers);
        var built = SgiCheckFlow.ToAnswers(answers, Today);

        // Assert
        Assert.Equal(
            [Ids.Situation, Ids.LastDay, Ids.Retro, Ids.Sgi, Ids.SgiHours, Ids.Employment, Ids.Age65, Ids.Next, Ids.AfFrom, Ids.AfStatus, Ids.AfHours, Ids.Sanction, Ids.Omprovning],
            path);
        Assert.Null(SgiCheckFlow.NextQuestion(answers));
        Assert.IsType<AfRegistrationStep>(Assert.Single(built.Next));
    }

    [Fact]
    public void NextQuestion_AnInvalidAnswer_IsAskedAgain()
    {
        var answers = With(Ended, (Ids.LastDay, "2026-02-30"));

        Assert.Equal(Ids.LastDay, SgiCheckFlow.NextQuestion(answers));
        Assert.Equal([Ids.Situation], SgiCheckFlow.Path(answers));
    }

    [Fact]
    public void ChangingAnEarlierAnswer_KeepsTheLaterAnswersThatStillApply()
    {
        var answers = With(Ended, (Ids.Next, "af"), (Ids.AfFrom, "2026-03-16"), (Ids.AfStatus, "aktivt"), (Ids.AfHours, "40"), (Ids.Sanction, "no"), (Ids.Omprovning, "no"));

        answers[Ids.SgiHours] = "30";

        Assert.Null(SgiCheckFlow.NextQuestion(answers));
        Assert.Equal(30, SgiCheckFlow.ToAnswers(answers, Today).SgiHoursPerWeek);
    }

    [Theory]
    [InlineData(Ids.Situation, "", ErrorCodes.ChoiceRequired)]
    [InlineData(Ids.Situation, "stopped", ErrorCodes.ChoiceInvalid)]
    [InlineData(Ids.Retro, "ja", ErrorCodes.ChoiceInvalid)]
    [InlineData(Ids.LastDay, null, ErrorCodes.DateRequired)]
    [InlineData(Ids.LastDay, "2026-02-30", ErrorCodes.DateInvalid)]
    [InlineData(Ids.LastDay, "13/3/2026", ErrorCodes.DateFormat)]
    [InlineData(Ids.LastDay, " 2026-03-13 ", null)]
    [InlineData(Ids.LastDay, "2027-03-22", ErrorCodes.DateTooFarFuture)]
    [InlineData(Ids.LastDay, "2015-01-01", ErrorCodes.DateTooFarPast)]
    [InlineData(Ids.Decided, "2026-03-21", ErrorCodes.DateFuture)]
    [InlineData(Ids.Decided, "2026-03-13", ErrorCodes.DateNotAfterLastDay)]
    [InlineData(Ids.Decided, "2026-03-14", null)]
    [InlineData(Ids.SgiHours, "0", ErrorCodes.SgiHoursRange)]
    [InlineData(Ids.SgiHours, "unknown", null)]
    [InlineData(Ids.SgiHours, "fyrtio", ErrorCodes.NumberFormat)]
    [InlineData(Ids.SgiHours, "", ErrorCodes.NumberRequired)]
    [InlineData(Ids.AfFrom, "2026-03-13", ErrorCodes.DateBeforeBenefitEnd)]
    [InlineData(Ids.AfFrom, "2026-03-14", null)]
    [InlineData(Ids.AfFrom, "2028-04-01", ErrorCodes.DateTooFarFuture)]
    [InlineData(Ids.AfHours, "169", ErrorCodes.HoursRange)]
    [InlineData(Ids.AfHours, "-1", ErrorCodes.HoursRange)]
    [InlineData(Ids.AfHours, "37,5", null)]
    [InlineData(Ids.AfHours, "1e3", ErrorCodes.NumberFormat)]
    [InlineData(Ids.AfHours, "NaN", ErrorCodes.NumberFormat)]
    [InlineData(Ids.WorkFrom, "2026-03-01", ErrorCodes.DateBeforeBenefitEnd)]
    [InlineData(Ids.StudyExtent, "101", ErrorCodes.PercentRange)]
    [InlineData(Ids.FpDays, "8", ErrorCodes.DaysPerWeekRange)]
    [InlineData(Ids.FpDays, "2,5", null)]
    [InlineData(Ids.SanDays, "2.5", ErrorCodes.NumberWhole)]
    [InlineData(Ids.SanDays, "366", ErrorCodes.DaysRange)]
    [InlineData(Ids.Born, "2026-03-21", ErrorCodes.DateFuture)]
    [InlineData(Ids.SanFrom, "2026-03-21", ErrorCodes.DateFuture)]
    public void Validate_ReturnsTheErrorCode(string node, string? raw, string? expected)
    {
        var answers = With(Ended, (Ids.Retro, node == Ids.Decided ? "yes" : "no"));

        Assert.Equal(expected, SgiCheckFlow.Validate(node, raw, answers, Today));
    }

    [Theory]
    [InlineData(Ids.WorkTo, "2026-03-15", ErrorCodes.DateEndBeforeStart)]
    [InlineData(Ids.WorkTo, "2026-03-16", null)]
    public void Validate_EndDate_AfterTheStart(string node, string raw, string? expected)
    {
        var answers = With(Ended, (Ids.Next, "work-new"), (Ids.WorkFrom, "2026-03-16"), (Ids.WorkHours, "40"), (Ids.FixedTerm, "yes"));

        Assert.Equal(expected, SgiCheckFlow.Validate(node, raw, answers, Today));
    }

    [Theory]
    [InlineData("2026-06-05", ErrorCodes.DateNotAfterPreviousEnd)]
    [InlineData("2026-06-06", null)]
    public void Validate_AfAfterStudies_MustBeAfterTheStudiesEnd(string raw, string? expected)
    {
        var answers = With(Ended, (Ids.Next, "studies"), (Ids.StudyFrom, "2026-03-14"), (Ids.StudyStod, "yes"), (Ids.StudyExtent, "100"), (Ids.StudyEnd, "yes"), (Ids.StudyTo, "2026-06-05"), (Ids.AfterStudy, "yes"));

        Assert.Equal(expected, SgiCheckFlow.Validate(Ids.AfFrom, raw, answers, Today));
    }

    [Fact]
    public void Validate_AfterADenial_RegistrationBeforeTheDecisionIsAllowed()
    {
        var answers = new Dictionary<string, string> { [Ids.Situation] = "sjukpenning-denied", [Ids.Decided] = "2026-03-13", [Ids.Sgi] = "yes", [Ids.SgiHours] = "40", [Ids.Employment] = "unemployed", [Ids.Age65] = "no", [Ids.Next] = "af" };

        Assert.Null(SgiCheckFlow.Validate(Ids.AfFrom, "2026-03-01", answers, Today));
    }

    [Fact]
    public void Validate_UnknownNode_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => SgiCheckFlow.Validate("nope", "x", new Dictionary<string, string>(), Today));
        Assert.Throws<KeyNotFoundException>(() => SgiCheckFlow.Get("nope"));
    }

    [Fact]
    public void ToAnswers_AfPath_GivesTheScenarioS01Answers()
    {
        // Arrange
        var answers = With(Ended, (Ids.Next, "af"), (Ids.AfFrom, "2026-03-16"), (Ids.AfStatus, "aktivt"), (Ids.AfHours, "40"), (Ids.Sanction, "no"), (Ids.Omprovning, "no"));

        // Act
        var built = SgiCheckFlow.ToAnswers(answers, new DateOnly(2026, 3, 16));
        var result = SgiChecker.Evaluate(built, new DateOnly(2026, 3, 16));

        // Assert
        Assert.Equal(Situation.SjukpenningEnded, built.Situation);
        Assert.Equal(new DateOnly(2026, 3, 13), built.LastSjukpenningDay);
        Assert.Null(built.DecisionReceived);
        Assert.Equal(40, built.SgiHoursPerWeek);
        Assert.Null(built.BirthDate);
        Assert.Null(built.Sanctions);
        Assert.False(built.OmprovningRequested);
        Assert.Equal(Verdict.Protected, result.Verdict);
        Assert.Equal(new DateOnly(2026, 3, 14), result.Deadline);
    }

    [Fact]
    public void ToAnswers_PartTimeBackWithAf_BuildsBothSteps()
    {
        var answers = With(Ended, (Ids.Employment, "employed"), (Ids.Next, "work-same"), (Ids.WorkFrom, "2026-03-16"), (Ids.WorkHours, "20"), (Ids.WorkAf, "yes"),
            (Ids.AfFrom, "2026-03-16"), (Ids.AfStatus, "aktivt"), (Ids.AfHours, "20"), (Ids.Sanction, "no"), (Ids.Omprovning, "yes"));

        var built = SgiCheckFlow.ToAnswers(answers, Today);

        Assert.Collection(built.Next,
            step => Assert.Equal(Employer.Same, Assert.IsType<WorkStep>(step).Employer),
            step => Assert.Equal(20, Assert.IsType<AfRegistrationStep>(step).HoursPerWeek));
        Assert.True(built.OmprovningRequested);
        Assert.Equal(Verdict.Protected, SgiChecker.Evaluate(built, Today).Verdict);
    }

    [Fact]
    public void ToAnswers_ProgrammeThenAfWithASanction()
    {
        var answers = With(Ended, (Ids.LastDay, "2026-05-31"), (Ids.Next, "program"), (Ids.ProgFrom, "2026-06-01"), (Ids.ProgPay, "unknown"), (Ids.ProgEnd, "yes"), (Ids.ProgTo, "2026-10-30"),
            (Ids.AfterProg, "yes"), (Ids.AfFrom, "2026-11-02"), (Ids.AfStatus, "aktivt"), (Ids.AfHours, "40"), (Ids.Sanction, "yes"), (Ids.SanReason, "declined-job"),
            (Ids.SanInProg, "yes"), (Ids.SanFrom, "2026-09-01"), (Ids.SanDays, "5"), (Ids.Omprovning, "no"));

        var built = SgiCheckFlow.ToAnswers(answers, new DateOnly(2026, 11, 2));

        var programme = Assert.IsType<ProgramStep>(built.Next[0]);
        Assert.Equal(ProgramPayment.None, programme.Payment);
        Assert.Equal(new DateOnly(2026, 10, 30), programme.To);
        Assert.IsType<AfRegistrationStep>(built.Next[1]);
        var sanction = Assert.Single(built.Sanctions!);
        Assert.Equal((SanctionReason.DeclinedJob, true, 5), (sanction.Reason, sanction.InProgram, sanction.Days));
        Assert.Equal(Verdict.NotProtected, SgiChecker.Evaluate(built, new DateOnly(2026, 11, 2)).Verdict);
    }

    [Fact]
    public void ToAnswers_StudiesWithBirthDate_AndAge65Yes()
    {
        var answers = With(Ended, (Ids.Age65, "yes"), (Ids.Next, "studies"), (Ids.StudyFrom, "2026-03-14"), (Ids.StudyStod, "no"), (Ids.StudyExtent, "50"), (Ids.StudyPost, "no"),
            (Ids.Born, "1961-01-01"), (Ids.StudyEnd, "no"), (Ids.Omprovning, "no"));

        var built = SgiCheckFlow.ToAnswers(answers, Today);

        Assert.Equal(new DateOnly(1961, 1, 1), built.BirthDate);
        var studies = Assert.IsType<StudiesStep>(Assert.Single(built.Next));
        Assert.Equal((false, 50.0, false), (studies.Studiestod, studies.ExtentPercent, studies.PostSecondary));
        Assert.Equal(Verdict.AtRisk, SgiChecker.Evaluate(built, Today).Verdict);
    }

    [Fact]
    public void ToAnswers_Age65Yes_WithoutBirthDate_GivesAnAgeThatTriggersTheAgeRule()
    {
        var answers = With(Ended, (Ids.Age65, "yes"), (Ids.Next, "nothing"), (Ids.Omprovning, "no"));

        var built = SgiCheckFlow.ToAnswers(answers, Today);

        Assert.Equal(Today.AddYears(-65), built.BirthDate);
        Assert.Contains("AF-8", SgiChecker.Evaluate(built, Today).Rules);
    }

    [Fact]
    public void ToAnswers_NoSgiWithANewJob_IsNewSgi()
    {
        var answers = new Dictionary<string, string>
        {
            [Ids.Situation] = "sjukpenning-ended",
            [Ids.LastDay] = "2025-05-16",
            [Ids.Retro] = "no",
            [Ids.Sgi] = "no",
            [Ids.Employment] = "unemployed",
            [Ids.Next] = "work-new",
            [Ids.WorkFrom] = "2026-05-04",
            [Ids.WorkHours] = "32",
            [Ids.FixedTerm] = "no",
        };

        var built = SgiCheckFlow.ToAnswers(answers, new DateOnly(2026, 5, 4));

        Assert.Null(built.SgiHoursPerWeek);
        Assert.Null(built.OmprovningRequested);
        Assert.Equal(Verdict.NewSgi, SgiChecker.Evaluate(built, new DateOnly(2026, 5, 4)).Verdict);
    }

    [Fact]
    public void ToAnswers_Incomplete_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SgiCheckFlow.ToAnswers(Ended, Today));
        Assert.Contains(Ids.Next, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_HaveShortLowercaseUrlSafeIds_AndOptionsForChoices()
    {
        Assert.Equal(SgiCheckFlow.All.Count, SgiCheckFlow.All.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var node in SgiCheckFlow.All)
        {
            Assert.Matches("^[a-z0-9]{2,12}$", node.Id);
            Assert.Same(node, SgiCheckFlow.Get(node.Id));
            if (node.Kind is QuestionKind.SingleChoice or QuestionKind.YesNo)
            {
                Assert.True(node.OptionValues.Count >= 2, node.Id);
                Assert.All(node.OptionValues, v => Assert.Matches("^[a-z0-9-]+$", v));
            }

            if (node.Kind == QuestionKind.YesNo)
            {
                Assert.Equal(["yes", "no"], node.OptionValues);
            }
        }
    }

    private static string? Next(Dictionary<string, string> answers, params (string Key, string Value)[] more) =>
        SgiCheckFlow.NextQuestion(With(answers, more));

    private static Dictionary<string, string> With(Dictionary<string, string> answers, params (string Key, string Value)[] more)
    {
        var copy = new Dictionary<string, string>(answers);
        foreach (var (key, value) in more)
        {
            copy[key] = value;
        }

        return copy;
    }

    private static Dictionary<string, string> Without(Dictionary<string, string> answers, params string[] keys)
    {
        var copy = new Dictionary<string, string>(answers);
        foreach (var key in keys)
        {
            copy.Remove(key);
        }

        return copy;
    }
}
