using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>ABR-1: abroad; a trip counts as a break (AF-7), moving or seeking work only abroad does not protect.</summary>
public static class Abr1
{
    public static RuleInfo Info { get; } = new(
        "ABR-1", "Abroad", "25 kap. 3 § och 26 kap. 13 § SFB; RÅ 2003 ref. 93", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(AbroadStep abroad)
    {
        ArgumentNullException.ThrowIfNull(abroad);
        if (abroad.Moving)
        {
            return abroad.RegisteredWithForeignEmploymentService
                ? Evaluation.Contributes(Info, Verdict.AtRisk, "eu-job-seeking")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "moving-abroad");
        }

        return abroad.To is null
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "length-unknown")
            : Evaluation.Informs(Info, "trip-counts-as-break");
    }
}

/// <summary>AVG-1: register at AF while avgångsvederlag is paid; otherwise it is a gap.</summary>
public static class Avg1
{
    public static RuleInfo Info { get; } = new(
        "AVG-1", "Avgångsvederlag", "26 kap. 13 § SFB", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(bool registeredDuringSeverance) => registeredDuringSeverance
        ? Evaluation.Informs(Info, "registered-during-severance")
        : Evaluation.Informs(Info, "register-during-severance");
}

/// <summary>INFO-1: FK's decision says what to do to keep the SGI; read it, templates have been wrong.</summary>
public static class Info1
{
    public static RuleInfo Info { get; } = new(
        "INFO-1", "What the decision letter says", "", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate() => Evaluation.Informs(Info, "check-decision-letter");
}

/// <summary>LAW-1: the rules carry a version date and must be re-verified before each release.</summary>
public static class Law1
{
    public static RuleInfo Info { get; } = new(
        "LAW-1", "Rules version", "", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(RuleSet ruleSet, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return asOf > ruleSet.ReviewBy
            ? Evaluation.Informs(Info, "review-overdue")
            : Evaluation.Informs(Info, "current");
    }
}
