using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>STU-1: studies with studiestöd (studiemedel, studiestartsstöd, KPU-bidrag); the SGI is vilande.</summary>
public static class Stu1
{
    public static RuleInfo Info { get; } = new(
        "STU-1", "Studies with studiestöd", "26 kap. 11 § första stycket SFB; 2 § förordningen (2000:1418)",
        Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(bool studiestod) => studiestod
        ? Evaluation.Contributes(Info, Verdict.Protected, "with-studiestod")
        : Evaluation.NotApplicable(Info);
}

/// <summary>STU-2: studies without studiestöd, at least half-time, post-secondary or from the half-year after turning 20.</summary>
public static class Stu2
{
    public static RuleInfo Info { get; } = new(
        "STU-2", "Studies without studiestöd", "26 kap. 11 § andra stycket SFB (SFS 2018:670)", Confidence.High, RuleInfo.Date("2018-07-01"));

    public static Evaluation Evaluate(StudiesStep studies, DateOnly? birthDate, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(parameters);
        if (studies.Studiestod || studies.ExtentPercent < parameters.MinStudyExtentPercent)
        {
            return Evaluation.NotApplicable(Info);
        }

        if (studies.PostSecondary)
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "post-secondary-at-least-half-time");
        }

        if (birthDate is not { } born)
        {
            return Evaluation.Contributes(Info, Verdict.AtRisk, "age-unknown");
        }

        return studies.From >= new DateOnly(born.Year + 20, 7, 1)
            ? Evaluation.Contributes(Info, Verdict.Protected, "from-second-half-year-turning-20")
            : Evaluation.NotApplicable(Info);
    }
}

/// <summary>STU-3: studies in one's own field (on leave from employment, or max one year); not an API field, so ask FK.</summary>
public static class Stu3
{
    public static RuleInfo Info { get; } = new(
        "STU-3", "Studies in one's own field", "2 § förordningen (2000:1418)", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(Employment employment, bool protectedByOtherStudyRule) =>
        employment == Employment.Employed && !protectedByOtherStudyRule
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "own-field-studies-on-leave")
            : Evaluation.NotApplicable(Info);
}

/// <summary>STU-4: between terms and at the end of studies; no semester after studies.</summary>
public static class Stu4
{
    public static RuleInfo Info { get; } = new(
        "STU-4", "Between terms and at the end of studies", "HFD 2014 ref. 11", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(DateOnly lastStudyDay, DateOnly? nextGroundStart, bool nextIsStudies, DateOnly asOf, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var dayAfter = lastStudyDay.AddDays(1);
        if (nextGroundStart is not { } start)
        {
            if (lastStudyDay >= asOf)
            {
                return Evaluation.Informs(Info, "next-step-needed");
            }

            return asOf <= dayAfter
                ? Evaluation.Contributes(Info, Verdict.AtRisk, "nothing-yet")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "gap-after-studies");
        }

        if (nextIsStudies)
        {
            return start <= lastStudyDay.AddMonths(parameters.MaxTermBreakMonths).AddDays(1)
                ? Evaluation.Contributes(Info, Verdict.Protected, "between-terms")
                : Evaluation.Contributes(Info, Verdict.AtRisk, "long-break-between-studies");
        }

        if (start <= dayAfter)
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "next-ground-next-day");
        }

        return start <= DeadlineMath.FirstWorkdayLenient(lastStudyDay)
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "only-weekend-or-holiday-between")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "gap-after-studies");
    }
}

/// <summary>STU-5: other studies do not protect the SGI unless the person is also registered at AF.</summary>
public static class Stu5
{
    public static RuleInfo Info { get; } = new(
        "STU-5", "Other studies", "26 kap. 11 § SFB motsatsvis", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(bool coveredByAfRegistration) => coveredByAfRegistration
        ? Evaluation.Informs(Info, "covered-by-af-registration")
        : Evaluation.Contributes(Info, Verdict.NotProtected, "studies-do-not-protect");
}

/// <summary>STU-6: omställningsstudiestöd; probably protected as studiestöd, not verified (C-12).</summary>
public static class Stu6
{
    public static RuleInfo Info { get; } = new(
        "STU-6", "Omställningsstudiestöd", "Lag (2022:856) om omställningsstudiestöd; SGI-skyddet är inte verifierat",
        Confidence.Low, RuleInfo.Date("2022-10-01"));

    public static Evaluation Evaluate(StudiesStep studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        return studies.Studiestod
            ? Evaluation.Informs(Info, "omstallningsstudiestod-unverified")
            : Evaluation.NotApplicable(Info);
    }
}
