using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>PAR-1: föräldraledig with a child under one; föräldrapenning not required.</summary>
public static class Par1
{
    public static RuleInfo Info { get; } = new(
        "PAR-1", "Parental leave, child under one", "26 kap. SFB (föräldraledighet)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(DateOnly childBirthDate, DateOnly day)
    {
        if (day < childBirthDate)
        {
            return Evaluation.Contributes(Info, Verdict.AtRisk, "leave-before-birth");
        }

        return day < childBirthDate.AddYears(1)
            ? Evaluation.Contributes(Info, Verdict.Protected, "child-under-one")
            : Evaluation.NotApplicable(Info);
    }
}

/// <summary>PAR-2: from the child's first birthday, protected to the extent föräldrapenning is taken.</summary>
public static class Par2
{
    public static RuleInfo Info { get; } = new(
        "PAR-2", "Parental leave, child one year or older", "26 kap. SFB (föräldraledighet)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(double parentalBenefitDaysPerWeek, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parentalBenefitDaysPerWeek >= parameters.FullParentalBenefitDaysPerWeek)
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "full-parental-benefit");
        }

        return parentalBenefitDaysPerWeek > 0
            ? Evaluation.Contributes(Info, Verdict.PartlyProtected, "part-parental-benefit")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "no-parental-benefit");
    }
}

/// <summary>PREG-1: pregnant and stops förvärvsarbete at the earliest six months before the expected birth.</summary>
public static class Preg1
{
    public static RuleInfo Info { get; } = new(
        "PREG-1", "Pregnancy", "26 kap. 14 § SFB", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Employment employment, DateOnly expectedBirthDate, DateOnly from, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (employment is Employment.Unemployed or Employment.None)
        {
            return Evaluation.Contributes(Info, Verdict.AtRisk, "pregnant-without-work");
        }

        return from < expectedBirthDate.AddMonths(-parameters.PregnancyMonthsBeforeBirth)
            ? Evaluation.Contributes(Info, Verdict.Protected, "protected-from-six-months-before-birth")
            : Evaluation.Contributes(Info, Verdict.Protected, "stopped-work-before-birth");
    }
}

/// <summary>PREG-2: ending studies (not work) while pregnant is not covered by 26 kap. 14 §.</summary>
public static class Preg2
{
    public static RuleInfo Info { get; } = new(
        "PREG-2", "Pregnant after studies", "26 kap. 14 § SFB; HFD 2019 ref. 55", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(bool afterStudies) => afterStudies
        ? Evaluation.Contributes(Info, Verdict.NotProtected, "pregnant-after-studies")
        : Evaluation.NotApplicable(Info);
}

/// <summary>MIL-1: service under totalförsvarsplikt.</summary>
public static class Mil1
{
    public static RuleInfo Info { get; } = new(
        "MIL-1", "Totalförsvarsplikt", "26 kap. SFB (totalförsvarsplikt)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(MilitaryServiceStep service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return Evaluation.Contributes(Info, Verdict.Protected, "totalforsvarsplikt");
    }
}
