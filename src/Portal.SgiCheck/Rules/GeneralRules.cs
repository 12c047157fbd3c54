using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>GEN-1: every day after one ground must be covered by the next; a gap of one day can zero the SGI.</summary>
public static class Gen1
{
    public static RuleInfo Info { get; } = new(
        "GEN-1", "No gap between grounds", "26 kap. 9 § SFB; HFD 2019 ref. 55; HFD 2014 ref. 11", Confidence.High, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>uncoveredDays</c>: Days between two grounds that no ground covers.</para>
    /// <para><c>bridgedByTransitionRule</c>: True when a transition rule (DL-*, STU-4, TRE-1, …) accepts or judges the gap.</para>
    /// </remarks>
    public static Evaluation Evaluate(int uncoveredDays, bool bridgedByTransitionRule)
    {
        if (uncoveredDays <= 0)
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "unbroken");
        }

        return bridgedByTransitionRule
            ? Evaluation.Informs(Info, "gap-judged-by-transition-rule")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "gap");
    }
}

/// <summary>GEN-2: working at least the extent the SGI was based on; the SGI follows current work.</summary>
public static class Gen2
{
    public static RuleInfo Info { get; } = new(
        "GEN-2", "Working the same or more hours", "26 kap. 9 § SFB", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Employer employer, double workHours, double? sgiHours, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (workHours < (sgiHours ?? parameters.FullTimeHours))
        {
            return Evaluation.NotApplicable(Info);
        }

        return employer == Employer.Same
            ? Evaluation.Contributes(Info, Verdict.Protected, "sgi-follows-current-work")
            : Evaluation.Contributes(Info, Verdict.NewSgi, "sgi-set-from-new-work");
    }
}

/// <summary>GEN-3: no SGI to start with, so nothing to protect.</summary>
public static class Gen3
{
    public static RuleInfo Info { get; } = new(
        "GEN-3", "No SGI to protect", "25 kap. 2–3 §§ SFB", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(SgiStatus hasSgi, Situation situation) => hasSgi switch
    {
        SgiStatus.No => Evaluation.Contributes(Info, Verdict.NoSgi, "no-sgi"),
        SgiStatus.Unknown when situation == Situation.SjukpenningEnded => Evaluation.Informs(Info, "sgi-implied-by-paid-sjukpenning"),
        SgiStatus.Unknown => Evaluation.Contributes(Info, Verdict.AtRisk, "sgi-unknown"),
        _ => Evaluation.NotApplicable(Info),
    };
}
