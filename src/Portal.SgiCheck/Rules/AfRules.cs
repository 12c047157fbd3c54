using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>AF-1: registered at AF, actively seeking, ready to work the SGI's extent.</summary>
public static class Af1
{
    public static RuleInfo Info { get; } = new(
        "AF-1", "Registered at AF as aktivt arbetssökande",
        "26 kap. 13 § första stycket 2 SFB; 3 § förordningen (2000:1418)", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(AfStatus status) => status == AfStatus.Aktivt
        ? Evaluation.Contributes(Info, Verdict.Protected, "registered-aktivt")
        : Evaluation.NotApplicable(Info);
}

/// <summary>AF-2: "arbetssökande med förhinder" is not aktivt arbetssökande in FK's practice.</summary>
public static class Af2
{
    public static RuleInfo Info { get; } = new(
        "AF-2", "Registered med förhinder (sökandekategori 14)",
        "26 kap. 13 § SFB; 3 § förordningen (2000:1418); HFD mål 104-10 (2011)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(AfStatus status) => status == AfStatus.Forhinder
        ? Evaluation.Contributes(Info, Verdict.NotProtected, "registered-med-forhinder")
        : Evaluation.NotApplicable(Info);
}

/// <summary>AF-3: seeking fewer hours than the SGI is based on protects the SGI only in proportion.</summary>
public static class Af3
{
    public static RuleInfo Info { get; } = new(
        "AF-3", "Hours sought compared with the SGI's hours", "3 § förordningen (2000:1418)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>hoursOffered</c>: Hours sought at AF plus hours worked at the same employer in the same period.</para>
    /// </remarks>
    public static Evaluation Evaluate(double hoursOffered, double? sgiHours, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (hoursOffered <= 0)
        {
            return Evaluation.Contributes(Info, Verdict.NotProtected, "no-hours");
        }

        if (sgiHours is not { } sgi)
        {
            return hoursOffered >= parameters.FullTimeHours
                ? Evaluation.Contributes(Info, Verdict.Protected, "full-time-offered")
                : Evaluation.Contributes(Info, Verdict.AtRisk, "sgi-hours-unknown");
        }

        return hoursOffered >= sgi
            ? Evaluation.Contributes(Info, Verdict.Protected, "same-extent")
            : Evaluation.Contributes(Info, Verdict.PartlyProtected, "fewer-hours");
    }
}

/// <summary>AF-4: employed, cannot go back fully; registering for the unworked part protects the SGI.</summary>
public static class Af4
{
    public static RuleInfo Info { get; } = new(
        "AF-4", "Employed and registered at AF for the part not worked",
        "3 § första stycket 2 förordningen (2000:1418)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Employment employment, AfStatus status) =>
        employment == Employment.Employed && status == AfStatus.Aktivt
            ? Evaluation.Contributes(Info, Verdict.Protected, "employed-registered-for-unworked-part")
            : Evaluation.NotApplicable(Info);
}

/// <summary>AF-5: own business that cannot be resumed; FK practice only, ask FK (also C-16).</summary>
public static class Af5
{
    public static RuleInfo Info { get; } = new(
        "AF-5", "Own business cannot be resumed", "3 § första stycket 3 förordningen (2000:1418)", Confidence.Low, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Employment employment, bool registeredAktivt)
    {
        if (employment != Employment.OwnBusiness)
        {
            return Evaluation.NotApplicable(Info);
        }

        return Evaluation.Contributes(Info, Verdict.LikelyProtected, registeredAktivt ? "own-business-registered" : "own-business-ask-fk");
    }
}

/// <summary>AF-6: sanctions or warnings for a job seeker outside a programme put "aktivt" in doubt.</summary>
public static class Af6
{
    public static RuleInfo Info { get; } = new(
        "AF-6", "Sanction or warning outside a programme", "26 kap. 13 § SFB; 3 § förordningen (2000:1418)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Sanction sanction)
    {
        ArgumentNullException.ThrowIfNull(sanction);
        return sanction.InProgram
            ? Evaluation.NotApplicable(Info)
            : Evaluation.Contributes(Info, Verdict.AtRisk, "sanction-outside-programme");
    }
}

/// <summary>AF-7: a job seeker's semester or break, at most five weeks a year, never directly after studies.</summary>
public static class Af7
{
    public static RuleInfo Info { get; } = new(
        "AF-7", "Semester or break as a job seeker",
        "RÅ 2003 ref. 93; RÅ 2010 ref. 107; HFD 2012 ref. 3; HFD 2014 ref. 11", Confidence.High, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>breakDaysInYear</c>: All days of break in the calendar year, this one included.</para>
    /// <para><c>afterStudies</c>: True when the break follows directly after studies.</para>
    /// </remarks>
    public static Evaluation Evaluate(int breakDaysInYear, bool afterStudies, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (afterStudies)
        {
            return Evaluation.Contributes(Info, Verdict.NotProtected, "break-after-studies");
        }

        return breakDaysInYear <= parameters.MaxBreakDaysPerYear
            ? Evaluation.Contributes(Info, Verdict.LikelyProtected, "within-five-weeks")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "over-five-weeks");
    }
}

/// <summary>AF-8: the historical age limit (before the month of the 65th birthday); current value unverified.</summary>
public static class Af8
{
    public static RuleInfo Info { get; } = new(
        "AF-8", "Age limit", "3 § förordningen (2000:1418); 26 kap. 17–18 §§ SFB", Confidence.Low, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(DateOnly? birthDate, DateOnly onDate, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (birthDate is not { } born)
        {
            return Evaluation.NotApplicable(Info);
        }

        var limitMonth = DeadlineMath.FirstOfMonth(born.AddYears(parameters.AgeLimit));
        return limitMonth <= onDate
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "age-limit-reached")
            : Evaluation.NotApplicable(Info);
    }
}
