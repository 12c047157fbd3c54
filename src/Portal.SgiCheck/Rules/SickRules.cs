using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>SICK-1: a right to sjukpenning (or rehabiliteringspenning) protects the SGI, before the age limit.</summary>
public static class Sick1
{
    public static RuleInfo Info { get; } = new(
        "SICK-1", "Right to sjukpenning", "26 kap. 17 § SFB", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(bool ageLimitReached) => ageLimitReached
        ? Evaluation.Contributes(Info, Verdict.AtRisk, "age-limit")
        : Evaluation.Informs(Info, "new-sjukpenning-protects");
}

/// <summary>SICK-2: reduced work capacity without sjukpenning; protected only if the right can be proven.</summary>
public static class Sick2
{
    public static RuleInfo Info { get; } = new(
        "SICK-2", "Sick without sjukpenning", "26 kap. 17 § SFB", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(AfStatus status) => status == AfStatus.Forhinder
        ? Evaluation.Contributes(Info, Verdict.AtRisk, "sick-without-sjukpenning")
        : Evaluation.NotApplicable(Info);
}

/// <summary>SICK-3: the denied period is not protected; omprövning can restore it, so register at AF meanwhile.</summary>
public static class Sick3
{
    public static RuleInfo Info { get; } = new(
        "SICK-3", "Avslag and omprövning", "26 kap. 17 § SFB", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Situation situation, bool? omprovningRequested)
    {
        if (omprovningRequested == true)
        {
            return Evaluation.Informs(Info, "omprovning-register-anyway");
        }

        return situation == Situation.SjukpenningDenied
            ? Evaluation.Informs(Info, "denied-period-not-protected")
            : Evaluation.NotApplicable(Info);
    }
}

/// <summary>SICK-4: sjuklön or top-ups from the employer after an avslag do not protect the SGI.</summary>
public static class Sick4
{
    public static RuleInfo Info { get; } = new(
        "SICK-4", "Employer pay after avslag", "", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Employment employment, bool backAtWork) =>
        employment == Employment.Employed && !backAtWork
            ? Evaluation.Informs(Info, "employer-pay-does-not-protect")
            : Evaluation.NotApplicable(Info);
}

/// <summary>TRE-1: 26 kap. 18 §, at most three months from the day the work stopped; never relied on automatically (C-13).</summary>
public static class Tre1
{
    public static RuleInfo Info { get; } = new(
        "TRE-1", "The three-month rule", "26 kap. 18 § SFB", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>firstDayWithoutWork</c>: The first day after the work the SGI was based on stopped.</para>
    /// <para><c>nextGroundStart</c>: The first day of the next ground, or null when nothing is planned.</para>
    /// </remarks>
    public static Evaluation Evaluate(DateOnly firstDayWithoutWork, DateOnly? nextGroundStart, DateOnly asOf, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var limit = firstDayWithoutWork.AddMonths(parameters.ThreeMonthRuleMonths);
        return (nextGroundStart ?? asOf) <= limit
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "three-month-rule")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "beyond-three-months");
    }
}

/// <summary>SA-1: aktivitets- or sjukersättning; no SGI without work, otherwise protect the work part.</summary>
public static class Sa1
{
    public static RuleInfo Info { get; } = new(
        "SA-1", "Aktivitets- or sjukersättning and the SGI", "26 kap. 7 och 9 §§ SFB; 25 kap. 3 § SFB", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Situation situation, SgiStatus hasSgi)
    {
        if (situation is not (Situation.AktivitetsersattningDenied or Situation.SjukersattningDenied))
        {
            return Evaluation.NotApplicable(Info);
        }

        return hasSgi == SgiStatus.No
            ? Evaluation.Contributes(Info, Verdict.NoSgi, "no-sgi-to-protect")
            : Evaluation.Informs(Info, "protect-work-part");
    }
}

/// <summary>SA-2: avslag on continued sjukersättning or aktivitetsersättning for someone with an SGI; see DL-3.</summary>
public static class Sa2
{
    public static RuleInfo Info { get; } = new(
        "SA-2", "Avslag on continued ersättning with an SGI", "", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Situation situation, SgiStatus hasSgi) =>
        situation is Situation.AktivitetsersattningDenied or Situation.SjukersattningDenied && hasSgi != SgiStatus.No
            ? Evaluation.Informs(Info, "register-immediately")
            : Evaluation.NotApplicable(Info);
}
