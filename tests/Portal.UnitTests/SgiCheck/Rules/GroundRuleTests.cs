using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using static Portal.UnitTests.SgiCheck.Rules.RuleAssert;

namespace Portal.UnitTests.SgiCheck.Rules;

/// <summary>GEN-*, AF-*, PRG-*, STU-*, PAR-*, PREG-*, MIL-1: one table per rule, with the values on each side of every limit.</summary>
public sealed class GroundRuleTests
{
    [Theory]
    [InlineData(0, false, "protected", "unbroken")]
    [InlineData(0, true, "protected", "unbroken")]
    [InlineData(1, true, "-", "gap-judged-by-transition-rule")]
    [InlineData(1, false, "not-protected", "gap")]
    [InlineData(40, false, "not-protected", "gap")]
    public void Gen1_AnyUncoveredDay_IsAGap(int days, bool bridged, string verdict, string reason)
    {
        Is(Gen1.Evaluate(days, bridged), "GEN-1", verdict, reason);
    }

    [Theory]
    [InlineData(Employer.Same, 40, 40.0, "protected", "sgi-follows-current-work")]
    [InlineData(Employer.Same, 39.5, 40.0, "-", NotApplicable)]
    [InlineData(Employer.New, 40, 40.0, "new-sgi", "sgi-set-from-new-work")]
    [InlineData(Employer.New, 32, 30.0, "new-sgi", "sgi-set-from-new-work")]
    [InlineData(Employer.New, 29, 30.0, "-", NotApplicable)]
    [InlineData(Employer.New, 40, null, "new-sgi", "sgi-set-from-new-work")]
    [InlineData(Employer.New, 39, null, "-", NotApplicable)]
    public void Gen2_SameOrMoreHours_SetsTheSgiFromCurrentWork(Employer employer, double hours, double? sgi, string verdict, string reason)
    {
        Is(Gen2.Evaluate(employer, hours, sgi, Parameters), "GEN-2", verdict, reason);
    }

    [Theory]
    [InlineData(SgiStatus.No, Situation.AktivitetsersattningDenied, "no-sgi", "no-sgi")]
    [InlineData(SgiStatus.No, Situation.SjukpenningEnded, "no-sgi", "no-sgi")]
    [InlineData(SgiStatus.Unknown, Situation.SjukpenningDenied, "at-risk", "sgi-unknown")]
    [InlineData(SgiStatus.Unknown, Situation.SjukpenningEnded, "-", "sgi-implied-by-paid-sjukpenning")]
    [InlineData(SgiStatus.Yes, Situation.SjukersattningDenied, "-", NotApplicable)]
    public void Gen3_NoSgi_NothingToProtect(SgiStatus hasSgi, Situation situation, string verdict, string reason)
    {
        Is(Gen3.Evaluate(hasSgi, situation), "GEN-3", verdict, reason);
    }

    [Theory]
    [InlineData(AfStatus.Aktivt, "protected", "registered-aktivt")]
    [InlineData(AfStatus.Forhinder, "-", NotApplicable)]
    public void Af1_RegisteredAktivt_IsProtected(AfStatus status, string verdict, string reason)
    {
        Is(Af1.Evaluate(status), "AF-1", verdict, reason);
    }

    [Theory]
    [InlineData(AfStatus.Forhinder, "not-protected", "registered-med-forhinder")]
    [InlineData(AfStatus.Aktivt, "-", NotApplicable)]
    public void Af2_Forhinder_IsNotProtected(AfStatus status, string verdict, string reason)
    {
        Is(Af2.Evaluate(status), "AF-2", verdict, reason);
    }

    [Theory]
    [InlineData(40, 40.0, "protected", "same-extent")]
    [InlineData(45, 40.0, "protected", "same-extent")]
    [InlineData(39.5, 40.0, "partly-protected", "fewer-hours")]
    [InlineData(20, 40.0, "partly-protected", "fewer-hours")]
    [InlineData(30, 30.0, "protected", "same-extent")]
    [InlineData(29.9, 30.0, "partly-protected", "fewer-hours")]
    [InlineData(0, 40.0, "not-protected", "no-hours")]
    [InlineData(40, null, "protected", "full-time-offered")]
    [InlineData(39, null, "at-risk", "sgi-hours-unknown")]
    public void Af3_HoursSought_ComparedWithTheSgiHours(double offered, double? sgi, string verdict, string reason)
    {
        Is(Af3.Evaluate(offered, sgi, Parameters), "AF-3", verdict, reason);
    }

    [Theory]
    [InlineData(Employment.Employed, AfStatus.Aktivt, "protected", "employed-registered-for-unworked-part")]
    [InlineData(Employment.Employed, AfStatus.Forhinder, "-", NotApplicable)]
    [InlineData(Employment.Unemployed, AfStatus.Aktivt, "-", NotApplicable)]
    public void Af4_EmployedAndRegistered_IsProtected(Employment employment, AfStatus status, string verdict, string reason)
    {
        Is(Af4.Evaluate(employment, status), "AF-4", verdict, reason);
    }

    [Theory]
    [InlineData(Employment.OwnBusiness, true, "likely-protected", "own-business-registered")]
    [InlineData(Employment.OwnBusiness, false, "likely-protected", "own-business-ask-fk")]
    [InlineData(Employment.Unemployed, true, "-", NotApplicable)]
    public void Af5_OwnBusiness_IsAtMostLikelyProtected(Employment employment, bool registered, string verdict, string reason)
    {
        Is(Af5.Evaluate(employment, registered), "AF-5", verdict, reason);
    }

    [Theory]
    [InlineData(false, SanctionReason.LateAktivitetsrapport, "at-risk", "sanction-outside-programme")]
    [InlineData(false, SanctionReason.Other, "at-risk", "sanction-outside-programme")]
    [InlineData(true, SanctionReason.DeclinedJob, "-", NotApplicable)]
    public void Af6_SanctionOutsideAProgramme_IsAtRisk(bool inProgram, SanctionReason reason, string verdict, string reasonCode)
    {
        var sanction = new Sanction { Reason = reason, InProgram = inProgram, From = D("2026-04-15"), Days = 1 };
        Is(Af6.Evaluate(sanction), "AF-6", verdict, reasonCode);
    }

    [Theory]
    [InlineData(1, false, "likely-protected", "within-five-weeks")]
    [InlineData(35, false, "likely-protected", "within-five-weeks")]
    [InlineData(36, false, "not-protected", "over-five-weeks")]
    [InlineData(56, false, "not-protected", "over-five-weeks")]
    [InlineData(1, true, "not-protected", "break-after-studies")]
    public void Af7_Breaks_AtMostFiveWeeksAndNeverAfterStudies(int days, bool afterStudies, string verdict, string reason)
    {
        Is(Af7.Evaluate(days, afterStudies, Parameters), "AF-7", verdict, reason);
    }

    [Theory]
    // Born 1961-12-15: the month of the 65th birthday starts 2026-12-01.
    [InlineData("1961-12-15", "2026-11-30", "-", NotApplicable)]
    [InlineData("1961-12-15", "2026-12-01", "at-risk", "age-limit-reached")]
    [InlineData("1961-12-01", "2026-12-01", "at-risk", "age-limit-reached")]
    [InlineData("1970-01-01", "2026-12-01", "-", NotApplicable)]
    [InlineData(null, "2026-12-01", "-", NotApplicable)]
    public void Af8_FromTheMonthOfThe65thBirthday_IsAtRisk(string? born, string onDate, string verdict, string reason)
    {
        Is(Af8.Evaluate(OptionalDate(born), D(onDate), Parameters), "AF-8", verdict, reason);
    }

    [Theory]
    [InlineData(ProgramPayment.Aktivitetsstod, "protected", "programme-with-payment")]
    [InlineData(ProgramPayment.Utvecklingsersattning, "protected", "programme-with-payment")]
    [InlineData(ProgramPayment.Etableringsersattning, "protected", "programme-with-payment")]
    [InlineData(ProgramPayment.None, "-", NotApplicable)]
    public void Prg1_ProgrammeWithPayment_IsProtected(ProgramPayment payment, string verdict, string reason)
    {
        Is(Prg1.Evaluate(payment), "PRG-1", verdict, reason);
    }

    [Theory]
    [InlineData(null, true, 0, "protected", "no-payment-not-avstangd")]
    [InlineData(null, false, 0, "-", NotApplicable)]
    [InlineData(SanctionReason.LateAktivitetsrapport, false, 0, "protected", "avstangd-for-listed-reason")]
    [InlineData(SanctionReason.MissedMeeting, false, 0, "protected", "avstangd-for-listed-reason")]
    [InlineData(SanctionReason.LeftJob, false, 0, "protected", "avstangd-for-listed-reason")]
    [InlineData(SanctionReason.DeclinedInsatsOnce, false, 0, "protected", "avstangd-for-listed-reason")]
    [InlineData(SanctionReason.DeclinedInsatsOnce, false, 1, "-", NotApplicable)]
    [InlineData(SanctionReason.DeclinedJob, false, 0, "-", NotApplicable)]
    [InlineData(SanctionReason.TooFewApplications, false, 0, "-", NotApplicable)]
    [InlineData(SanctionReason.Other, false, 0, "-", NotApplicable)]
    public void Prg2_ListedReasonsAndNoPayment_KeepTheProtection(SanctionReason? reason, bool noPayment, int earlier, string verdict, string reasonCode)
    {
        Is(Prg2.Evaluate(reason, noPayment, earlier), "PRG-2", verdict, reasonCode);
    }

    [Theory]
    [InlineData(SanctionReason.LateAktivitetsrapport, 1, 0, "-", NotApplicable)]
    [InlineData(SanctionReason.DeclinedJob, 5, 0, "not-protected", "avstangd-unlisted-reason")]
    [InlineData(SanctionReason.TooFewApplications, 1, 0, "not-protected", "avstangd-unlisted-reason")]
    [InlineData(SanctionReason.DeclinedJob, 0, 0, "at-risk", "warning")]
    [InlineData(SanctionReason.DeclinedInsatsOnce, 3, 1, "not-protected", "declined-insats-twice")]
    [InlineData(SanctionReason.Other, 3, 0, "at-risk", "reason-not-clearly-listed")]
    public void Prg3_UnlistedReasons_BreakTheChain(SanctionReason reason, int days, int earlier, string verdict, string reasonCode)
    {
        Is(Prg3.Evaluate(reason, days, earlier), "PRG-3", verdict, reasonCode);
    }

    [Theory]
    [InlineData(true, "protected", "with-studiestod")]
    [InlineData(false, "-", NotApplicable)]
    public void Stu1_StudiesWithStudiestod_AreProtected(bool studiestod, string verdict, string reason)
    {
        Is(Stu1.Evaluate(studiestod), "STU-1", verdict, reason);
    }

    [Theory]
    [InlineData(false, 50, true, null, "2026-08-31", "protected", "post-secondary-at-least-half-time")]
    [InlineData(false, 49.9, true, null, "2026-08-31", "-", NotApplicable)]
    [InlineData(false, 100, false, null, "2026-08-31", "at-risk", "age-unknown")]
    // Born 2006: from the second half of 2026 (the year of the 20th birthday).
    [InlineData(false, 50, false, "2006-03-01", "2026-07-01", "protected", "from-second-half-year-turning-20")]
    [InlineData(false, 50, false, "2006-03-01", "2026-06-30", "-", NotApplicable)]
    [InlineData(true, 100, true, null, "2026-08-31", "-", NotApplicable)]
    public void Stu2_StudiesWithoutStudiestod(bool studiestod, double extent, bool postSecondary, string? born, string from, string verdict, string reason)
    {
        var studies = new StudiesStep { From = D(from), Studiestod = studiestod, ExtentPercent = extent, PostSecondary = postSecondary };
        Is(Stu2.Evaluate(studies, OptionalDate(born), Parameters), "STU-2", verdict, reason);
    }

    [Theory]
    [InlineData(Employment.Employed, false, "at-risk", "own-field-studies-on-leave")]
    [InlineData(Employment.Employed, true, "-", NotApplicable)]
    [InlineData(Employment.Unemployed, false, "-", NotApplicable)]
    public void Stu3_OwnField_AskFk(Employment employment, bool protectedOtherwise, string verdict, string reason)
    {
        Is(Stu3.Evaluate(employment, protectedOtherwise), "STU-3", verdict, reason);
    }

    [Theory]
    // Last study day Friday 2026-06-05.
    [InlineData("2026-06-06", false, "protected", "next-ground-next-day")]
    [InlineData("2026-06-08", false, "at-risk", "only-weekend-or-holiday-between")]
    [InlineData("2026-06-09", false, "not-protected", "gap-after-studies")]
    [InlineData("2026-09-06", true, "protected", "between-terms")]
    [InlineData("2026-09-07", true, "at-risk", "long-break-between-studies")]
    public void Stu4_AfterStudies_NoBreak(string next, bool nextIsStudies, string verdict, string reason)
    {
        Is(Stu4.Evaluate(D("2026-06-05"), D(next), nextIsStudies, D(next), Parameters), "STU-4", verdict, reason);
    }

    [Theory]
    [InlineData("2026-06-05", "-", "next-step-needed")]
    [InlineData("2026-06-06", "at-risk", "nothing-yet")]
    [InlineData("2026-06-07", "not-protected", "gap-after-studies")]
    public void Stu4_NothingAfterStudies(string asOf, string verdict, string reason)
    {
        Is(Stu4.Evaluate(D("2026-06-05"), null, false, D(asOf), Parameters), "STU-4", verdict, reason);
    }

    [Theory]
    [InlineData(true, "-", "covered-by-af-registration")]
    [InlineData(false, "not-protected", "studies-do-not-protect")]
    public void Stu5_OtherStudies_DoNotProtect(bool coveredByAf, string verdict, string reason)
    {
        Is(Stu5.Evaluate(coveredByAf), "STU-5", verdict, reason);
    }

    [Theory]
    [InlineData(true, "-", "omstallningsstudiestod-unverified")]
    [InlineData(false, "-", NotApplicable)]
    public void Stu6_Omstallningsstudiestod_IsUnverified(bool studiestod, string verdict, string reason)
    {
        var studies = new StudiesStep { From = D("2026-08-31"), Studiestod = studiestod, ExtentPercent = 100, PostSecondary = true };
        Is(Stu6.Evaluate(studies), "STU-6", verdict, reason);
    }

    [Theory]
    [InlineData("2025-09-09", "at-risk", "leave-before-birth")]
    [InlineData("2025-09-10", "protected", "child-under-one")]
    [InlineData("2026-09-09", "protected", "child-under-one")]
    [InlineData("2026-09-10", "-", NotApplicable)]
    public void Par1_ChildUnderOne_IsProtected(string day, string verdict, string reason)
    {
        Is(Par1.Evaluate(D("2025-09-10"), D(day)), "PAR-1", verdict, reason);
    }

    [Theory]
    [InlineData(7, "protected", "full-parental-benefit")]
    [InlineData(5, "protected", "full-parental-benefit")]
    [InlineData(4.9, "partly-protected", "part-parental-benefit")]
    [InlineData(0.125, "partly-protected", "part-parental-benefit")]
    [InlineData(0, "not-protected", "no-parental-benefit")]
    public void Par2_AfterTheFirstBirthday_ProtectedToTheExtentOfParentalBenefit(double days, string verdict, string reason)
    {
        Is(Par2.Evaluate(days, Parameters), "PAR-2", verdict, reason);
    }

    [Theory]
    [InlineData(Employment.Employed, "2026-04-01", "protected", "stopped-work-before-birth")]
    [InlineData(Employment.Employed, "2026-03-31", "protected", "protected-from-six-months-before-birth")]
    [InlineData(Employment.OwnBusiness, "2026-06-01", "protected", "stopped-work-before-birth")]
    [InlineData(Employment.Unemployed, "2026-06-01", "at-risk", "pregnant-without-work")]
    [InlineData(Employment.None, "2026-06-01", "at-risk", "pregnant-without-work")]
    public void Preg1_StoppingWorkBeforeBirth(Employment employment, string from, string verdict, string reason)
    {
        Is(Preg1.Evaluate(employment, D("2026-10-01"), D(from), Parameters), "PREG-1", verdict, reason);
    }

    [Theory]
    [InlineData(true, "not-protected", "pregnant-after-studies")]
    [InlineData(false, "-", NotApplicable)]
    public void Preg2_AfterStudies_IsNotCovered(bool afterStudies, string verdict, string reason)
    {
        Is(Preg2.Evaluate(afterStudies), "PREG-2", verdict, reason);
    }

    [Fact]
    public void Mil1_Service_IsProtected()
    {
        Is(Mil1.Evaluate(new MilitaryServiceStep { From = D("2026-08-01") }), "MIL-1", "protected", "totalforsvarsplikt");
    }
}
