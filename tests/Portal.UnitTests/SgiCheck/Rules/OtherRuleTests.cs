using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using static Portal.UnitTests.SgiCheck.Rules.RuleAssert;

namespace Portal.UnitTests.SgiCheck.Rules;

/// <summary>SICK-*, TRE-1, SA-*, WORK-*, ABR-1, REQ-1, AVG-1, INFO-1, LAW-1.</summary>
public sealed class OtherRuleTests
{
    [Theory]
    [InlineData(true, "at-risk", "age-limit")]
    [InlineData(false, "-", "new-sjukpenning-protects")]
    public void Sick1_RightToSjukpenning(bool ageLimit, string verdict, string reason)
    {
        Is(Sick1.Evaluate(ageLimit), "SICK-1", verdict, reason);
    }

    [Theory]
    [InlineData(AfStatus.Forhinder, "at-risk", "sick-without-sjukpenning")]
    [InlineData(AfStatus.Aktivt, "-", NotApplicable)]
    public void Sick2_SickWithoutSjukpenning_IsAtRisk(AfStatus status, string verdict, string reason)
    {
        Is(Sick2.Evaluate(status), "SICK-2", verdict, reason);
    }

    [Theory]
    [InlineData(Situation.SjukpenningEnded, true, "-", "omprovning-register-anyway")]
    [InlineData(Situation.SjukpenningDenied, null, "-", "denied-period-not-protected")]
    [InlineData(Situation.SjukpenningDenied, false, "-", "denied-period-not-protected")]
    [InlineData(Situation.SjukpenningEnded, null, "-", NotApplicable)]
    [InlineData(Situation.SjukpenningEnded, false, "-", NotApplicable)]
    public void Sick3_Omprovning_RegisterAnyway(Situation situation, bool? omprovning, string verdict, string reason)
    {
        Is(Sick3.Evaluate(situation, omprovning), "SICK-3", verdict, reason);
    }

    [Theory]
    [InlineData(Employment.Employed, false, "-", "employer-pay-does-not-protect")]
    [InlineData(Employment.Employed, true, "-", NotApplicable)]
    [InlineData(Employment.Unemployed, false, "-", NotApplicable)]
    public void Sick4_EmployerPay_DoesNotProtect(Employment employment, bool backAtWork, string verdict, string reason)
    {
        Is(Sick4.Evaluate(employment, backAtWork), "SICK-4", verdict, reason);
    }

    [Theory]
    // Work stopped: first day without work 2026-07-01; three months = 2026-10-01.
    [InlineData("2026-10-01", "at-risk", "three-month-rule")]
    [InlineData("2026-10-02", "not-protected", "beyond-three-months")]
    public void Tre1_ThreeMonths_FromWhenWorkStopped(string next, string verdict, string reason)
    {
        Is(Tre1.Evaluate(D("2026-07-01"), D(next), D("2026-06-01"), Parameters), "TRE-1", verdict, reason);
        Is(Tre1.Evaluate(D("2026-07-01"), null, D(next), Parameters), "TRE-1", verdict, reason);
    }

    [Theory]
    [InlineData(Situation.AktivitetsersattningDenied, SgiStatus.No, "no-sgi", "no-sgi-to-protect")]
    [InlineData(Situation.SjukersattningDenied, SgiStatus.No, "no-sgi", "no-sgi-to-protect")]
    [InlineData(Situation.SjukersattningDenied, SgiStatus.Yes, "-", "protect-work-part")]
    [InlineData(Situation.SjukpenningEnded, SgiStatus.No, "-", NotApplicable)]
    public void Sa1_Ersattning_AndTheSgi(Situation situation, SgiStatus hasSgi, string verdict, string reason)
    {
        Is(Sa1.Evaluate(situation, hasSgi), "SA-1", verdict, reason);
    }

    [Theory]
    [InlineData(Situation.AktivitetsersattningDenied, SgiStatus.Yes, "-", "register-immediately")]
    [InlineData(Situation.SjukersattningDenied, SgiStatus.Unknown, "-", "register-immediately")]
    [InlineData(Situation.SjukersattningDenied, SgiStatus.No, "-", NotApplicable)]
    [InlineData(Situation.SjukpenningDenied, SgiStatus.Yes, "-", NotApplicable)]
    public void Sa2_ContinuedErsattningDenied_WithAnSgi(Situation situation, SgiStatus hasSgi, string verdict, string reason)
    {
        Is(Sa2.Evaluate(situation, hasSgi), "SA-2", verdict, reason);
    }

    [Theory]
    // Reference day Friday 2026-01-30 (S14): back on Monday 02-02.
    [InlineData(Employer.Same, 40, 40.0, "2026-01-30", "2026-02-02", "protected", "back-by-first-workday")]
    [InlineData(Employer.Same, 40, 40.0, "2026-01-30", "2026-02-03", "-", "back-later")]
    [InlineData(Employer.Same, 40, 40.0, "2026-06-18", "2026-06-19", "protected", "back-by-first-workday")]
    [InlineData(Employer.Same, 40, 40.0, "2026-06-18", "2026-06-22", "likely-protected", "back-by-first-workday-lenient")]
    [InlineData(Employer.Same, 39, 40.0, "2026-01-30", "2026-02-02", "-", NotApplicable)]
    [InlineData(Employer.Same, 40, null, "2026-01-30", "2026-02-02", "protected", "back-by-first-workday")]
    [InlineData(Employer.New, 40, 40.0, "2026-01-30", "2026-02-02", "-", NotApplicable)]
    public void Work1_BackInTheSameExtent(Employer employer, double hours, double? sgi, string reference, string from, string verdict, string reason)
    {
        var work = new WorkStep { From = D(from), Employer = employer, HoursPerWeek = hours };
        Is(Work1.Evaluate(work, sgi, D(reference), Parameters), "WORK-1", verdict, reason);
    }

    [Theory]
    [InlineData(Employer.Same, 20, 40.0, 20, "protected", "registered-for-the-rest")]
    [InlineData(Employer.Same, 20, 40.0, 19.5, "partly-protected", "lowered-to-worked-extent")]
    [InlineData(Employer.Same, 20, 40.0, 0, "partly-protected", "lowered-to-worked-extent")]
    [InlineData(Employer.Same, 20, null, 0, "at-risk", "sgi-hours-unknown")]
    [InlineData(Employer.Same, 40, 40.0, 0, "-", NotApplicable)]
    [InlineData(Employer.New, 20, 40.0, 0, "-", NotApplicable)]
    public void Work2_BackInALowerExtent(Employer employer, double hours, double? sgi, double seeking, string verdict, string reason)
    {
        var work = new WorkStep { From = D("2026-02-02"), Employer = employer, HoursPerWeek = hours };
        Is(Work2.Evaluate(work, sgi, seeking, Parameters), "WORK-2", verdict, reason);
    }

    [Theory]
    [InlineData(40, 40.0, 0, null, "new-sgi", "same-or-more-hours")]
    [InlineData(30, 40.0, 10, null, "at-risk", "fewer-hours-seeking-the-rest")]
    [InlineData(30, 40.0, 9, null, "new-sgi", "fewer-hours-lower-sgi")]
    [InlineData(30, 40.0, 0, null, "new-sgi", "fewer-hours-lower-sgi")]
    [InlineData(30, null, 0, null, "at-risk", "sgi-hours-unknown")]
    // Six months from 2026-05-04 is 2026-11-03 (the last day of a six-month job).
    [InlineData(40, 40.0, 0, "2026-11-02", "at-risk", "short-job")]
    [InlineData(40, 40.0, 0, "2026-11-03", "new-sgi", "same-or-more-hours")]
    public void Work3_NewJob(double hours, double? sgi, double seeking, string? to, string verdict, string reason)
    {
        var work = new WorkStep { From = D("2026-05-04"), Employer = Employer.New, HoursPerWeek = hours, To = OptionalDate(to) };
        Is(Work3.Evaluate(work, sgi, seeking, Parameters), "WORK-3", verdict, reason);
    }

    [Fact]
    public void Work3_SameEmployer_DoesNotApply()
    {
        var work = new WorkStep { From = D("2026-05-04"), Employer = Employer.Same, HoursPerWeek = 40 };
        Is(Work3.Evaluate(work, 40, 0, Parameters), "WORK-3", "-", NotApplicable);
    }

    [Theory]
    [InlineData(true, true, "2026-08-01", "at-risk", "eu-job-seeking")]
    [InlineData(true, false, "2026-08-01", "not-protected", "moving-abroad")]
    [InlineData(false, false, null, "at-risk", "length-unknown")]
    [InlineData(false, false, "2026-07-20", "-", "trip-counts-as-break")]
    public void Abr1_Abroad(bool moving, bool foreign, string? to, string verdict, string reason)
    {
        var abroad = new AbroadStep { From = D("2026-07-01"), Moving = moving, RegisteredWithForeignEmploymentService = foreign, To = OptionalDate(to) };
        Is(Abr1.Evaluate(abroad), "ABR-1", verdict, reason);
    }

    [Theory]
    [InlineData(null, null, "-", "how-to-get-new-sgi")]
    [InlineData(0.0, null, "-", "how-to-get-new-sgi")]
    [InlineData(32.0, null, "new-sgi", "qualifying-work")]
    [InlineData(32.0, "2026-11-03", "new-sgi", "qualifying-work")]
    [InlineData(32.0, "2026-11-02", "no-sgi", "short-job-does-not-qualify")]
    public void Req1_NewSgi_NeedsWorkForSixMonths(double? hours, string? to, string verdict, string reason)
    {
        var job = hours is { } h ? new WorkStep { From = D("2026-05-04"), Employer = Employer.New, HoursPerWeek = h, To = OptionalDate(to) } : null;
        Is(Req1.Evaluate(job, Parameters), "REQ-1", verdict, reason);
    }

    [Theory]
    [InlineData(true, "registered-during-severance")]
    [InlineData(false, "register-during-severance")]
    public void Avg1_Severance_RegisterDuringIt(bool registered, string reason)
    {
        Is(Avg1.Evaluate(registered), "AVG-1", "-", reason);
    }

    [Fact]
    public void Info1_AlwaysAsksToReadTheDecision()
    {
        Is(Info1.Evaluate(), "INFO-1", "-", "check-decision-letter");
    }

    [Theory]
    [InlineData("2027-05-22", "current")]
    [InlineData("2027-05-23", "review-overdue")]
    public void Law1_AfterTheReviewDate_IsOverdue(string asOf, string reason)
    {
        Is(Law1.Evaluate(RuleCatalog.Current, D(asOf)), "LAW-1", "-", reason);
    }
}
