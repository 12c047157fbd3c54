using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>WORK-1: back to the employer in the same extent; no protection needed.</summary>
public static class Work1
{
    public static RuleInfo Info { get; } = new(
        "WORK-1", "Back to the employer in the same extent", "26 kap. 9 § SFB", Confidence.High, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>referenceDay</c>: L, or the decision date after an avslag.</para>
    /// </remarks>
    public static Evaluation Evaluate(WorkStep work, double? sgiHours, DateOnly referenceDay, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(parameters);
        if (work.Employer != Employer.Same || work.HoursPerWeek < (sgiHours ?? parameters.FullTimeHours))
        {
            return Evaluation.NotApplicable(Info);
        }

        if (work.From <= DeadlineMath.FirstWorkdayStrict(referenceDay))
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "back-by-first-workday");
        }

        return work.From <= DeadlineMath.FirstWorkdayLenient(referenceDay)
            ? Evaluation.Contributes(Info, Verdict.LikelyProtected, "back-by-first-workday-lenient")
            : Evaluation.Informs(Info, "back-later");
    }
}

/// <summary>WORK-2: back to the employer in a lower extent; register at AF for the rest or the SGI drops.</summary>
public static class Work2
{
    public static RuleInfo Info { get; } = new(
        "WORK-2", "Back to the employer in a lower extent", "26 kap. 9 § SFB; 3 § förordningen (2000:1418)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>afHoursAktivt</c>: Hours sought as aktivt arbetssökande in the same period.</para>
    /// </remarks>
    public static Evaluation Evaluate(WorkStep work, double? sgiHours, double afHoursAktivt, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(parameters);
        var needed = sgiHours ?? parameters.FullTimeHours;
        if (work.Employer != Employer.Same || work.HoursPerWeek >= needed)
        {
            return Evaluation.NotApplicable(Info);
        }

        if (work.HoursPerWeek + afHoursAktivt >= needed)
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "registered-for-the-rest");
        }

        return sgiHours is null
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "sgi-hours-unknown")
            : Evaluation.Contributes(Info, Verdict.PartlyProtected, "lowered-to-worked-extent");
    }
}

/// <summary>WORK-3: a new job; the SGI is set from it, and fewer hours plus seeking the rest is an assessment.</summary>
public static class Work3
{
    public static RuleInfo Info { get; } = new(
        "WORK-3", "New job", "26 kap. 9 § SFB", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(WorkStep work, double? sgiHours, double afHoursAktivt, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(parameters);
        if (work.Employer != Employer.New)
        {
            return Evaluation.NotApplicable(Info);
        }

        if (Req1.IsShortJob(work, parameters))
        {
            return Evaluation.Contributes(Info, Verdict.AtRisk, "short-job");
        }

        var needed = sgiHours ?? parameters.FullTimeHours;
        if (work.HoursPerWeek >= needed)
        {
            return Evaluation.Contributes(Info, Verdict.NewSgi, "same-or-more-hours");
        }

        if (sgiHours is null)
        {
            return Evaluation.Contributes(Info, Verdict.AtRisk, "sgi-hours-unknown");
        }

        return afHoursAktivt > 0 && work.HoursPerWeek + afHoursAktivt >= needed
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "fewer-hours-seeking-the-rest")
            : Evaluation.Contributes(Info, Verdict.NewSgi, "fewer-hours-lower-sgi");
    }
}

/// <summary>REQ-1: a new SGI needs work expected to last six months (or recurring yearly) with at least 24 % of pbb.</summary>
public static class Req1
{
    public static RuleInfo Info { get; } = new(
        "REQ-1", "How to get a new SGI", "25 kap. 2–3 §§ SFB", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(WorkStep? job, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (job is null || job.HoursPerWeek <= 0)
        {
            return Evaluation.Informs(Info, "how-to-get-new-sgi");
        }

        return IsShortJob(job, parameters)
            ? Evaluation.Contributes(Info, Verdict.NoSgi, "short-job-does-not-qualify")
            : Evaluation.Contributes(Info, Verdict.NewSgi, "qualifying-work");
    }

    /// <summary>A fixed-term job that ends before it has lasted <see cref="RuleParameters.MinJobMonths"/> months.</summary>
    public static bool IsShortJob(WorkStep job, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(parameters);
        return job.To is { } to && to < job.From.AddMonths(parameters.MinJobMonths).AddDays(-1);
    }
}
