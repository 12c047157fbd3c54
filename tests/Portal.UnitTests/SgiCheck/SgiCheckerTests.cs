using Portal.SgiCheck;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;
using static Portal.UnitTests.SgiCheck.AnswersJson;

namespace Portal.UnitTests.SgiCheck;

/// <summary>The composer: the chain of grounds, conservative combination, deadlines, and sgi-rules.md Section C.</summary>
public sealed class SgiCheckerTests
{
    [Fact]
    public void C5_Christmas_WindowsUseTheStrictReading_VerdictAllowsTheLenientOne()
    {
        // Act
        var result = Check(SgiCorpus.Christmas);

        // Assert: D1s is julafton (strict); registering on D1l (Monday 28 December) rests on practice.
        Assert.Equal(Verdict.LikelyProtected, result.Verdict);
        Assert.Equal(new DateOnly(2026, 12, 24), result.Deadline);
        Assert.Equal(new DateOnly(2026, 12, 24), result.Windows!.FirstWorkday);
        Assert.Equal(new DateOnly(2027, 1, 17), result.Windows.Calendar25);
        Assert.Contains("DL-5", result.Rules);
    }

    [Fact]
    public void C6_DecisionAfterTheLastDay_IsAtRisk_WithTheDeadlineAfterTheDecision()
    {
        // Act
        var result = Check(SgiCorpus.Retroactive);

        // Assert
        Assert.Equal(Verdict.AtRisk, result.Verdict);
        Assert.Equal("DL-6", result.Rules[0]);
        Assert.Equal(new DateOnly(2026, 3, 20), result.Deadline);
        Assert.Equal(new DateOnly(2026, 3, 20), result.Windows!.FirstWorkday);
        Assert.Equal(new DateOnly(2026, 4, 21), result.Windows.Workday25);
        Assert.Equal(TextCodes.AskFkRetroactive, result.Actions[0].Code);
    }

    [Fact]
    public void C8_AgedSixtyFiveOrMore_IsAtRisk()
    {
        // Act
        var old = Check(SgiCorpus.Aged66);
        var younger = Check(SgiCorpus.TurningSixtyFiveNextMonth);

        // Assert
        Assert.Equal(Verdict.AtRisk, old.Verdict);
        Assert.Contains("AF-8", old.Rules);
        Assert.Contains("SICK-1", old.Rules);
        Assert.Contains(TextCodes.AskFkAge, ActionCodes(old));
        Assert.Equal(Verdict.Protected, younger.Verdict);
        Assert.DoesNotContain("AF-8", younger.Rules);
    }

    [Fact]
    public void C9_Forhinder_IsNotProtected_AndTheFirstActionIsToChangeTheCategory()
    {
        // Act
        var result = Check(SgiCorpus.Forhinder);

        // Assert
        Assert.Equal(Verdict.NotProtected, result.Verdict);
        Assert.Equal(TextCodes.SummaryNotProtectedForhinder, result.SummaryCode);
        Assert.Equal(TextCodes.ChangeToAktivt, result.Actions[0].Code);
        Assert.Equal("https://arbetsformedlingen.se", result.Actions[0].Url);
        Assert.Contains(TextCodes.ReapplySjukpenning, ActionCodes(result));
        Assert.Contains(TextCodes.AskFkForhinder, ActionCodes(result));
        Assert.Contains("SICK-2", result.Rules);
    }

    [Fact]
    public void C10_ProgrammeSanction_UnclearReasonIsAtRisk_UnlistedReasonIsNotProtected()
    {
        // Act
        var unclear = Check(SgiCorpus.ProgrammeOtherSanction);
        var declinedJob = Check(SgiCorpus.ProgrammeDeclinedJob);
        var noPayment = Check(SgiCorpus.ProgrammeNoPayment);

        // Assert
        Assert.Equal(Verdict.AtRisk, unclear.Verdict);
        Assert.Contains(TextCodes.AppealSanction, ActionCodes(unclear));
        Assert.Equal(Verdict.NotProtected, declinedJob.Verdict);
        Assert.Equal("PRG-3", declinedJob.Rules[0]);
        Assert.Equal(Verdict.Protected, noPayment.Verdict);
        Assert.Contains("PRG-2", noPayment.Rules);
        Assert.Null(noPayment.Deadline);
    }

    [Fact]
    public void C13_ThreeMonthRule_OnlyAfterAJobEnds_AndNeverMoreThanAtRisk()
    {
        // Act
        var within = Check(SgiCorpus.JobEndsThenLate);
        var beyond = Check(SgiCorpus.JobEndsThenTooLate);

        // Assert
        Assert.Equal(Verdict.AtRisk, within.Verdict);
        Assert.Contains("TRE-1", within.Rules);
        Assert.Contains(TextCodes.AskFkThreeMonthRule, ActionCodes(within));
        Assert.Equal(Verdict.NotProtected, beyond.Verdict);
        Assert.Equal(new DateOnly(2026, 10, 1), within.Deadline);
    }

    [Fact]
    public void C14_PregnantAndUnemployed_IsAtRisk_PregnantAndEmployedIsProtected()
    {
        // Act
        var unemployed = Check(SgiCorpus.PregnantUnemployed);
        var employed = Check(SgiCorpus.PregnantEmployed);

        // Assert
        Assert.Equal(Verdict.AtRisk, unemployed.Verdict);
        Assert.Contains(TextCodes.AskFkPregnancy, ActionCodes(unemployed));
        Assert.Equal(Verdict.Protected, employed.Verdict);
        Assert.Contains("PREG-1", employed.Rules);
        Assert.Contains("PAR-1", employed.Rules);
        Assert.Equal(TextCodes.SummaryProtectedNextStep, employed.SummaryCode);
        Assert.Equal(new DateOnly(2027, 7, 1), employed.Deadline);
    }

    [Fact]
    public void Preg1_LeaveEarlierThanSixMonthsBeforeTheBirth_LeavesAGap()
    {
        // Act: protection starts 2026-09-01, so the days from 2026-03-14 are a gap.
        var result = Check(SgiCorpus.PregnantTooEarly);

        // Assert: no 25-day window before a ground other than AF registration (issue 21 item 1).
        Assert.Equal(Verdict.NotProtected, result.Verdict);
        Assert.Contains(result.Evaluations, e => e.RuleId == "DL-1" && e.Reason == "gap-before-other-ground");
        Assert.Equal(new DateOnly(2026, 3, 14), result.Deadline);
    }

    [Fact]
    public void Preg2_PregnancyLeaveRightAfterStudies_IsNotProtected()
    {
        var result = Check(SgiCorpus.PregnantAfterStudies);

        // Assert: 26:14 does not protect after studies (HFD 2019 ref. 55); the deadline is the day after the last study day.
        Assert.Equal(Verdict.NotProtected, result.Verdict);
        Assert.Contains("PREG-2", result.Rules);
        Assert.Equal(new DateOnly(2026, 6, 6), result.Deadline);
    }

    [Fact]
    public void C15_Abroad_MovingIsNotProtected_EuJobSeekingIsAtRisk_ATripIsABreak()
    {
        Assert.Equal(Verdict.AtRisk, Check(SgiCorpus.MovingAbroadEu).Verdict);
        Assert.Equal(Verdict.NotProtected, Check(SgiCorpus.MovingAbroad).Verdict);
        var trip = Check(SgiCorpus.TripAbroad);
        Assert.Equal(Verdict.LikelyProtected, trip.Verdict);
        Assert.Contains("AF-7", trip.Rules);
        Assert.Contains(TextCodes.AskFkAbroad, ActionCodes(trip));
    }

    [Fact]
    public void C16_OwnBusiness_IsNeverMoreThanLikelyProtected()
    {
        var result = Check(SgiCorpus.OwnBusinessStudies);

        Assert.Equal(Verdict.LikelyProtected, result.Verdict);
        Assert.Equal(TextCodes.SummaryLikelyProtectedOwnBusiness, result.SummaryCode);
        Assert.Contains(TextCodes.AskFkOwnBusiness, ActionCodes(result));
    }

    [Fact]
    public void C3_BreaksInTheSameYear_AddUp_OverFiveWeeksIsNotProtected()
    {
        // Act: 19 days before registering plus 20 days of semester = 39 days.
        var overFiveWeeks = Check(SgiCorpus.WindowAndSemester);
        var twoShortBreaks = Check(SgiCorpus.TwoBreaksWithinFiveWeeks);

        // Assert
        Assert.Equal(Verdict.NotProtected, overFiveWeeks.Verdict);
        Assert.Contains(overFiveWeeks.Evaluations, e => e.RuleId == "AF-7" && e.Reason == "over-five-weeks");
        Assert.Equal(Verdict.LikelyProtected, twoShortBreaks.Verdict);
        Assert.Contains(TextCodes.AskFkEarlierBreaks, ActionCodes(twoShortBreaks));
    }

    [Fact]
    public void C2_EmployedInsideTheTwentyFiveDays_IsLikelyProtected_AndAsksFk()
    {
        var result = Check(SgiCorpus.EmployedWithinWindow);

        Assert.Equal(Verdict.LikelyProtected, result.Verdict);
        Assert.Equal(TextCodes.SummaryLikelyProtected25Days, result.SummaryCode);
        Assert.Contains("AF-4", result.Rules);
        Assert.Contains(TextCodes.AskFkEmployed, ActionCodes(result));
    }

    [Fact]
    public void C4_NothingYet_DeadlineOnASaturday_ShowsTheUnextendedDateAndTheWeekendWarning()
    {
        // Act
        var result = Check(SgiCorpus.NothingYet);

        // Assert
        Assert.Equal(Verdict.AtRisk, result.Verdict);
        Assert.Equal(TextCodes.SummaryAtRiskNothingYet, result.SummaryCode);
        Assert.Equal(new DateOnly(2026, 3, 14), result.Deadline);
        var register = Assert.Single(result.Actions, a => a.Code == TextCodes.RegisterAf);
        Assert.Equal(new DateOnly(2026, 3, 14), register.By);
        Assert.Equal(result.Actions[0], register);
        Assert.Contains(TextCodes.AskFkWeekend, ActionCodes(result));
    }

    [Fact]
    public void NothingYet_AfterTheDeadline_SaysActNow_AfterTheLastWindow_NotProtected()
    {
        // Act
        var late = Check(SgiCorpus.NothingYetLate);
        var tooLate = Check(SgiCorpus.NothingYetTooLate);

        // Assert
        Assert.Equal(Verdict.AtRisk, late.Verdict);
        Assert.Equal(TextCodes.SummaryAtRiskActNow, late.SummaryCode);
        Assert.Equal(new DateOnly(2026, 3, 20), Assert.Single(late.Actions, a => a.Code == TextCodes.RegisterAfNow).By);
        Assert.Equal(Verdict.NotProtected, tooLate.Verdict);
        Assert.Contains("REQ-1", tooLate.Rules);
    }

    [Theory]
    [InlineData(nameof(SgiCorpus.NotProtected2025), "14112", "2025")]
    [InlineData(nameof(SgiCorpus.NothingYetTooLate), "14208", "2026")]
    public void C7_NotProtected_ExplainsHowToGetANewSgi_WithTheYearsFloor(string corpusEntry, string floor, string year)
    {
        // Act
        var result = Check(SgiCorpus.All.Single(c => c.Name == corpusEntry).Json);

        // Assert
        var newSgi = Assert.Single(result.Actions, a => a.Code == TextCodes.NewSgi);
        Assert.Equal(floor, newSgi.Parameters["sgiFloor"]);
        Assert.Equal(year, newSgi.Parameters["floorYear"]);
        Assert.Contains(TextCodes.RequestOmprovning, ActionCodes(result));
    }

    [Fact]
    public void C11_UnverifiedParagraphs_AreCitedAsTwentySixChapterGenerally()
    {
        foreach (var (_, json) in SgiCorpus.All)
        {
            foreach (var entry in Check(json).LegalBasis)
            {
                Assert.DoesNotContain("15 §", entry.Ref, StringComparison.Ordinal);
                Assert.DoesNotContain("16 §", entry.Ref, StringComparison.Ordinal);
                Assert.DoesNotContain("18 a §", entry.Ref, StringComparison.Ordinal);
            }
        }

        Assert.Equal("26 kap. SFB (föräldraledighet)", Par1.Info.LegalReference);
    }

    [Fact]
    public void C12_StudiesWithStudiestod_AreProtected_ButOmstallningsstudiestodIsFlagged()
    {
        var result = Check(SgiCorpus.StudiesWithSupport);

        Assert.Equal(Verdict.Protected, result.Verdict);
        Assert.Contains("STU-6", result.Rules);
        Assert.Contains(TextCodes.AskFkOmstallningsstudiestod, ActionCodes(result));
    }

    [Fact]
    public void C17_AFutureRuleSet_IsUsedFromItsDate()
    {
        // Arrange: a hypothetical law change raising the age limit to 66 from 2027-07-01.
        var future = new RuleSet(
            Rules.RuleAssert.D("2027-07-01"), Rules.RuleAssert.D("2027-07-01"), Rules.RuleAssert.D("2028-01-01"),
            new RuleParameters { AgeLimit = 66 }, RuleCatalog.All);
        var registry = new RuleSetRegistry(RuleCatalog.Current, future);
        Answers At(string asOf) => Parse(Ended("2027-06-25", asOf, Af("2027-06-28"), extra: ""","birthDate":"1961-09-15" """));

        // Act
        var before = SgiChecker.Evaluate(At("2027-06-30"), default, registry);
        var after = SgiChecker.Evaluate(At("2027-07-01"), default, registry);

        // Assert
        Assert.Equal("2026-11-22", before.RulesVersion);
        Assert.Equal(Verdict.AtRisk, before.Verdict);
        Assert.Equal("2027-07-01", after.RulesVersion);
        Assert.Equal(Verdict.Protected, after.Verdict);
        Assert.DoesNotContain("AF-8", after.Rules);
    }

    [Fact]
    public void C17_AfterTheReviewDate_Law1AsksToCheckWithFk()
    {
        var result = Check(SgiCorpus.AfterReviewDate);

        Assert.Contains("LAW-1", result.Rules);
        Assert.Contains(TextCodes.AskFkRulesReview, ActionCodes(result));
        Assert.DoesNotContain("LAW-1", Check(SgiCorpus.OnTime).Rules);
    }

    [Fact]
    public void C18_Registering_AlwaysAdvisesSavingEvidence_AndInfo1AlwaysAdvisesReadingTheDecision()
    {
        foreach (var (name, json) in SgiCorpus.All)
        {
            var result = Check(json);
            Assert.Contains(TextCodes.CheckDecisionLetter, ActionCodes(result));
            Assert.Contains("INFO-1", result.Rules);
            if (Parse(json).Next.Any(s => s is AfRegistrationStep) || result.Actions.Any(a => a.Code == TextCodes.RegisterAf))
            {
                Assert.True(ActionCodes(result).Contains(TextCodes.SaveEvidence), name);
            }
        }
    }

    [Fact]
    public void Combination_IsNeverMoreReassuringThanTheWeakestRule()
    {
        // Act: registered on time (protected) but sanctioned outside a programme (at-risk).
        var result = Check(SgiCorpus.SanctionOutsideProgramme);

        // Assert
        Assert.Equal(Verdict.AtRisk, result.Verdict);
        Assert.Equal("AF-6", result.Rules[0]);
        Assert.Contains(result.Evaluations, e => e.RuleId == "AF-1" && e.Verdict == Verdict.Protected);
    }

    [Fact]
    public void Combination_EveryResult_IsNoMoreReassuringThanAnyOfItsEvaluations()
    {
        static int Rank(Verdict v) => v switch
        {
            Verdict.Protected => 5,
            Verdict.LikelyProtected => 4,
            Verdict.PartlyProtected => 3,
            Verdict.AtRisk => 2,
            _ => 1,
        };

        foreach (var (name, json) in SgiCorpus.All)
        {
            var result = Check(json);
            if (result.Verdict is Verdict.NewSgi or Verdict.NoSgi)
            {
                continue;
            }

            var weakest = result.Evaluations.Where(e => e.Verdict is { } v && v is not (Verdict.NewSgi or Verdict.NoSgi)).Select(e => Rank(e.Verdict!.Value)).DefaultIfEmpty(5).Min();
            Assert.True(Rank(result.Verdict) <= weakest, name);
        }
    }

    [Fact]
    public void Stu4_SemesterRightAfterStudies_IsNotProtected()
    {
        var result = Check(SgiCorpus.SemesterAfterStudies);

        Assert.Equal(Verdict.NotProtected, result.Verdict);
        Assert.Contains(result.Evaluations, e => e.RuleId == "AF-7" && e.Reason == "break-after-studies");
    }

    [Fact]
    public void Stu4_RegisteringTheMondayAfterStudiesEnd_IsAtRisk_TheNextDayIsProtected()
    {
        var weekend = Check(SgiCorpus.WeekendAfterStudies);
        var nextDay = Check(SgiCorpus.NextDayAfterStudies);

        Assert.Equal(Verdict.AtRisk, weekend.Verdict);
        Assert.Contains("DL-5", weekend.Rules);
        Assert.Equal(Verdict.Protected, nextDay.Verdict);
        Assert.Equal(new DateOnly(2026, 6, 6), nextDay.Deadline);
        Assert.Null(nextDay.Windows);
    }

    [Fact]
    public void Stu4_ALongBreakBetweenTerms_IsAtRisk()
    {
        var result = Check(SgiCorpus.LongBreakBetweenTerms);

        Assert.Equal(Verdict.AtRisk, result.Verdict);
        Assert.Contains(TextCodes.AskFkBetweenTerms, ActionCodes(result));
    }

    [Fact]
    public void Stu2_AppliesOnlyFromItsValidFromDate()
    {
        // Act
        var spring = Check(SgiCorpus.StudiesWithoutSupport2018Spring);
        var autumn = Check(SgiCorpus.StudiesWithoutSupport2018Autumn);

        // Assert
        Assert.Equal(Rules.RuleAssert.D("2018-07-01"), Stu2.Info.ValidFrom);
        Assert.Equal(Verdict.NotProtected, spring.Verdict);
        Assert.Contains("STU-5", spring.Rules);
        Assert.DoesNotContain("STU-2", spring.Rules);
        Assert.Equal(Verdict.Protected, autumn.Verdict);
        Assert.Contains("STU-2", autumn.Rules);
    }

    [Fact]
    public void Stu3_EmployedWithOtherStudies_IsAtRisk()
    {
        var result = Check(SgiCorpus.EmployedPartTimeStudies);

        Assert.Equal(Verdict.AtRisk, result.Verdict);
        Assert.Equal("STU-3", result.Rules[0]);
    }

    [Fact]
    public void Par2_OneLeaveSpanningTheFirstBirthday_UsesItsParentalBenefitDays()
    {
        var full = Check(SgiCorpus.ParentalFullBenefit);
        var none = Check(SgiCorpus.ParentalNoBenefit);

        Assert.Equal(Verdict.Protected, full.Verdict);
        Assert.Equal(new DateOnly(2026, 9, 10), full.Deadline);
        Assert.Equal(Verdict.NotProtected, none.Verdict);
        Assert.Equal(new DateOnly(2026, 9, 10), Assert.Single(none.Actions, a => a.Code == TextCodes.ParentalBenefitDays).By);
    }

    [Fact]
    public void Par1_LeaveBeforeTheBirth_IsAtRisk()
    {
        Assert.Equal(Verdict.AtRisk, Check(SgiCorpus.ParentalBeforeBirth).Verdict);
    }

    [Fact]
    public void Dl4_ProgrammeEndingLater_IsProtectedNow_WithTheNextStepsDeadline()
    {
        // Act
        var result = Check(SgiCorpus.ProgrammeEndsLater);

        // Assert: the programme ends Friday 18 December; the first vardag after is Monday 21 December.
        Assert.Equal(Verdict.Protected, result.Verdict);
        Assert.Equal(TextCodes.SummaryProtectedNextStep, result.SummaryCode);
        Assert.Equal(new DateOnly(2026, 12, 21), result.Deadline);
        Assert.Equal(new DateOnly(2026, 12, 21), result.Windows!.FirstWorkday);
        Assert.Null(result.Windows.Calendar25);
        Assert.Equal(new DateOnly(2026, 12, 21), Assert.Single(result.Actions, a => a.Code == TextCodes.RegisterAfAfterProgramme).By);
    }

    [Fact]
    public void Deadline_PrefersTheNextTransitionThatIsStillAhead()
    {
        // Studies with studiestöd from Monday 1 June (on time) end on Friday 5 June, nothing planned after.
        var result = Check(SgiCorpus.StudiesEndSoon);

        Assert.Equal(Verdict.Protected, result.Verdict);
        Assert.Equal(new DateOnly(2026, 6, 6), result.Deadline);
        Assert.Equal(new DateOnly(2026, 6, 6), Assert.Single(result.Actions, a => a.Code == TextCodes.RegisterAfAfterStudies).By);
    }

    [Fact]
    public void Mil1_AfterService_TheFirstVardagIsAccepted()
    {
        var result = Check(SgiCorpus.MilitaryThenAf);

        Assert.Equal(Verdict.Protected, result.Verdict);
        Assert.Contains("MIL-1", result.Rules);
        Assert.Contains("DL-4", result.Rules);
        Assert.Equal(new DateOnly(2026, 11, 2), result.Deadline);
    }

    [Fact]
    public void Dl3_SjukersattningDenied_DeadlineIsTheDayAfter_WithoutWindows()
    {
        var onTime = Check(SgiCorpus.SjukersattningNextDay);
        var later = Check(SgiCorpus.SjukersattningLater);

        Assert.Equal(Verdict.Protected, onTime.Verdict);
        Assert.Equal(new DateOnly(2026, 2, 17), onTime.Deadline);
        Assert.Null(onTime.Windows);
        Assert.Contains("SA-2", onTime.Rules);
        Assert.Equal(Verdict.AtRisk, later.Verdict);
        Assert.Contains(TextCodes.AskFkRegistrationLate, ActionCodes(later));
    }

    [Fact]
    public void Dl2_RegisteringDaysAfterTheDecision_IsNotProtected()
    {
        var result = Check(SgiCorpus.DeniedLate);

        Assert.Equal(Verdict.NotProtected, result.Verdict);
        Assert.Contains("SICK-3", result.Rules);
    }

    [Fact]
    public void Gen3_UnknownSgiAfterADenial_IsAtRisk()
    {
        var result = Check(SgiCorpus.UnknownSgiDenied);

        Assert.Equal(Verdict.AtRisk, result.Verdict);
        Assert.Equal("GEN-3", result.Rules[0]);
        Assert.Contains(TextCodes.AskFkSgiExists, ActionCodes(result));
    }

    [Fact]
    public void Work2_PartTimeBackWithAfForTheRest_IsProtected_WithoutIsPartly()
    {
        var withAf = Check(SgiCorpus.BackPartTimeWithAf);
        var without = Check(SgiCorpus.BackPartTime);

        Assert.Equal(Verdict.Protected, withAf.Verdict);
        Assert.Contains("AF-4", withAf.Rules);
        Assert.Equal(Verdict.PartlyProtected, without.Verdict);
        Assert.Equal("20", Assert.Single(without.Actions, a => a.Code == TextCodes.RegisterAfRest).Parameters["restHours"]);
    }

    [Fact]
    public void Work1_BackAfterMidsommarafton_IsLikelyProtected()
    {
        var result = Check(SgiCorpus.ReturnAfterMidsummer);

        Assert.Equal(Verdict.LikelyProtected, result.Verdict);
        Assert.Equal(new DateOnly(2026, 6, 19), result.Deadline);
    }

    [Fact]
    public void Work3_NewJob_GivesANewSgi_EvenAfterAGap()
    {
        var result = Check(SgiCorpus.NewJobAfterGap);

        Assert.Equal(Verdict.NewSgi, result.Verdict);
        Assert.Equal("WORK-3", result.Rules[0]);
        Assert.Contains("GEN-1", result.Rules);
    }

    [Fact]
    public void Work3_FewerHoursSeekingTheRest_IsAtRisk_AShortJobIsAtRisk()
    {
        Assert.Equal(Verdict.AtRisk, Check(SgiCorpus.NewJobFewerHoursSeekingRest).Verdict);
        var shortJob = Check(SgiCorpus.ShortNewJob);
        Assert.Equal(Verdict.AtRisk, shortJob.Verdict);
        Assert.Contains(TextCodes.AskFkShortJob, ActionCodes(shortJob));
    }

    [Fact]
    public void Af3_SgiHoursUnknown_SeekingLessThanFullTime_IsAtRisk()
    {
        var result = Check(SgiCorpus.PartTimeSgiUnknown);

        Assert.Equal(Verdict.AtRisk, result.Verdict);
        Assert.Contains(TextCodes.AskFkSgiHours, ActionCodes(result));
    }

    [Fact]
    public void Avg1_SeveranceIsNotAGround_RegisterDuringIt()
    {
        var late = Check(SgiCorpus.SeveranceThenAf);
        var registered = Check(SgiCorpus.SeveranceWithAf);

        Assert.Equal(Verdict.NotProtected, late.Verdict);
        Assert.Contains("AVG-1", late.Rules);
        Assert.Contains(TextCodes.Severance, ActionCodes(late));
        Assert.Equal(Verdict.Protected, registered.Verdict);
        Assert.DoesNotContain(TextCodes.Severance, ActionCodes(registered));
    }

    [Fact]
    public void Sick3_OmprovningRequested_RegisterAnyway()
    {
        var result = Check(SgiCorpus.Omprovning);

        Assert.Contains("SICK-3", result.Rules);
        Assert.Contains(TextCodes.RegisterDuringOmprovning, ActionCodes(result));
        Assert.Equal(Verdict.Protected, result.Verdict);
    }

    [Fact]
    public void Sick4_EmployedWithNothingYet_WarnsThatEmployerPayDoesNotProtect()
    {
        var result = Check(SgiCorpus.EmployedNothingYet);

        Assert.Contains("SICK-4", result.Rules);
        Assert.Contains(TextCodes.EmployerPay, ActionCodes(result));
    }

    [Fact]
    public void NoSgi_WithAShortJob_StaysNoSgi()
    {
        var result = Check(SgiCorpus.AktivitetsersattningNoSgiShortJob);

        Assert.Equal(Verdict.NoSgi, result.Verdict);
        Assert.Contains(result.Evaluations, e => e.RuleId == "REQ-1" && e.Reason == "short-job-does-not-qualify");
        Assert.Null(result.Deadline);
    }

    [Fact]
    public void EveryRule_IsUsedByTheComposer()
    {
        // Arrange
        var used = new HashSet<string>(StringComparer.Ordinal);
        var scenarios = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SgiTestFiles.ScenariosFile));
        var inputs = SgiCorpus.All.Select(c => c.Json)
            .Concat(scenarios.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("answers").GetRawText()));

        // Act
        foreach (var json in inputs)
        {
            used.UnionWith(Check(json).Rules);
        }

        // Assert
        Assert.DoesNotContain(RuleCatalog.All, rule => !used.Contains(rule.Id));
    }

    [Fact]
    public void RuleIds_AreUnique_AndMatchTheRuleTable()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(46, ids.Count);
        var table = File.ReadAllLines(Path.Combine(SgiTestFiles.FixturesDirectory, "sgi-rule-ids.txt")).Where(l => !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            Assert.Contains(id, table);
        }
    }

    [Fact]
    public void Evaluate_InvalidAnswers_Throws()
    {
        var answers = new Answers
        {
            Situation = Situation.SjukpenningEnded,
            HasSgi = SgiStatus.Yes,
            Employment = Employment.Unemployed,
            Next = [],
        };

        var ex = Assert.Throws<ArgumentException>(() => SgiChecker.Evaluate(answers, new DateOnly(2026, 3, 16)));
        Assert.Contains("lastSjukpenningDay", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithoutAsOf_UsesToday()
    {
        var answers = Parse(SgiCorpus.NothingYet) with { AsOf = null };

        var early = SgiChecker.Evaluate(answers, new DateOnly(2026, 3, 20));
        var late = SgiChecker.Evaluate(answers, new DateOnly(2026, 4, 22));

        Assert.Equal(new DateOnly(2026, 3, 20), early.AsOf);
        Assert.Equal(Verdict.AtRisk, early.Verdict);
        Assert.Equal(Verdict.NotProtected, late.Verdict);
    }

    [Fact]
    public void ParserErrors_UseTheSharedErrorCodes()
    {
        var parsed = AnswersParser.Parse("""{"situation":"x"}""");
        Assert.All(parsed.ErrorCodes.Values, code => Assert.Contains(code, ErrorCodes.All));
    }
}
