using Portal.SgiCheck.Calendar;
using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>A ground that ends and must be followed by the next one (DL-4).</summary>
public enum GroundEnd
{
    ProgrammeEnd,
    ServiceEnd,
    WorkEnd,
    ChildTurnsOne,

    /// <summary>A semester or a trip abroad ends; the next ground must start the day after.</summary>
    BreakEnd,
}

/// <summary>DL-1: sjukpenning had been paid and ends; register at AF (or start another ground).</summary>
public static class Dl1
{
    public static RuleInfo Info { get; } = new(
        "DL-1", "Deadline after paid sjukpenning ends",
        "Försäkringskassans praxis (beslutsbrev), byggd på rättspraxis om semester för arbetssökande (RÅ 2010 ref. 107)",
        Confidence.Medium, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>lastDay</c>: L, the last day with sjukpenning.</para>
    /// <para><c>nextGroundStart</c>: The first day of the next ground, or null when nothing is planned yet.</para>
    /// </remarks>
    public static Evaluation Evaluate(DateOnly lastDay, DateOnly? nextGroundStart, DateOnly asOf, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var w25l = DeadlineMath.Workday25(lastDay, parameters, WorkdayReading.Lenient);
        if (nextGroundStart is not { } start)
        {
            return asOf <= w25l
                ? Evaluation.Contributes(Info, Verdict.AtRisk, "nothing-yet")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "nothing-yet-too-late");
        }

        if (start <= DeadlineMath.FirstWorkdayStrict(lastDay))
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "by-first-workday");
        }

        if (start <= DeadlineMath.FirstWorkdayLenient(lastDay))
        {
            return Evaluation.Contributes(Info, Verdict.LikelyProtected, "by-first-workday-lenient");
        }

        if (start <= DeadlineMath.Calendar25(lastDay, parameters))
        {
            return Evaluation.Contributes(Info, Verdict.LikelyProtected, "within-25-days");
        }

        return start <= w25l
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "within-25-workdays")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "after-25-workdays");
    }
}

/// <summary>DL-2: avslag on a first application; register the day after the decision. No 25-day window.</summary>
public static class Dl2
{
    public static RuleInfo Info { get; } = new(
        "DL-2", "Deadline after avslag on a first application", "Försäkringskassans praxis (beslutsbrev)", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(DateOnly decisionReceived, DateOnly? nextGroundStart, DateOnly asOf)
    {
        var d1l = DeadlineMath.FirstWorkdayLenient(decisionReceived);
        if (nextGroundStart is not { } start)
        {
            return asOf <= d1l
                ? Evaluation.Contributes(Info, Verdict.AtRisk, "nothing-yet")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "nothing-yet-too-late");
        }

        if (start <= decisionReceived.AddDays(1))
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "by-day-after-decision");
        }

        return start <= d1l
            ? Evaluation.Contributes(Info, Verdict.LikelyProtected, "by-first-workday-after-decision")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "after-first-workday");
    }
}

/// <summary>DL-3: avslag on continued sjukersättning or aktivitetsersättning; register immediately.</summary>
public static class Dl3
{
    public static RuleInfo Info { get; } = new(
        "DL-3", "Deadline after avslag on sjukersättning or aktivitetsersättning",
        "Försäkringskassans praxis; HFD 2014 not. 47", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(DateOnly decisionReceived, DateOnly? nextGroundStart, DateOnly asOf, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var w25l = DeadlineMath.Workday25(decisionReceived, parameters, WorkdayReading.Lenient);
        if (nextGroundStart is not { } start)
        {
            return asOf <= w25l
                ? Evaluation.Contributes(Info, Verdict.AtRisk, "nothing-yet")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "nothing-yet-too-late");
        }

        if (start <= decisionReceived.AddDays(1))
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "immediately");
        }

        return start <= w25l
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "after-first-day")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "long-after-decision");
    }
}

/// <summary>DL-4: moving from one ground to the next (programme, service or job ends; the child turns one).</summary>
public static class Dl4
{
    public static RuleInfo Info { get; } = new(
        "DL-4", "Moving from one ground to the next", "HFD 2014 ref. 11; Försäkringskassans information", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>end</c>: Which ground ends.</para>
    /// <para><c>lastDay</c>: The last day of the ground (for <see cref="GroundEnd.ChildTurnsOne"/>: the day before the birthday).</para>
    /// <para><c>nextGroundStart</c>: The first day of the next ground, or null when nothing is planned.</para>
    /// </remarks>
    public static Evaluation Evaluate(GroundEnd end, DateOnly lastDay, DateOnly? nextGroundStart, DateOnly asOf)
    {
        var d1l = DeadlineMath.FirstWorkdayLenient(lastDay);
        if (nextGroundStart is not { } start)
        {
            if (lastDay >= asOf)
            {
                return Evaluation.Informs(Info, "next-step-needed");
            }

            var lastChance = end is GroundEnd.ChildTurnsOne or GroundEnd.BreakEnd ? lastDay.AddDays(1) : d1l;
            return asOf <= lastChance
                ? Evaluation.Contributes(Info, Verdict.AtRisk, "nothing-yet")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "nothing-yet-too-late");
        }

        if (end == GroundEnd.ChildTurnsOne)
        {
            return start <= lastDay.AddDays(1)
                ? Evaluation.Informs(Info, "child-turns-one")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "gap-after-first-birthday");
        }

        if (end == GroundEnd.BreakEnd)
        {
            return start <= lastDay.AddDays(1)
                ? Evaluation.Contributes(Info, Verdict.Protected, "next-ground-next-day")
                : Evaluation.Informs(Info, "break-extended");
        }

        if (start <= DeadlineMath.FirstWorkdayStrict(lastDay))
        {
            return Evaluation.Contributes(Info, Verdict.Protected, "by-first-workday");
        }

        return start <= d1l
            ? Evaluation.Contributes(Info, Verdict.LikelyProtected, "by-first-workday-lenient")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "gap");
    }
}

/// <summary>DL-5: a deadline on a Saturday, Sunday, helgdag or afton; show the unextended date (C-4).</summary>
public static class Dl5
{
    public static RuleInfo Info { get; } = new(
        "DL-5", "Deadline on a Saturday, Sunday, holiday or afton", "", Confidence.Medium, RuleInfo.Date("2011-01-01"));

    /// <remarks>
    /// <para><c>deadline</c>: The unextended deadline.</para>
    /// <para><c>nextGroundStart</c>: When the person acted, or null when they have not yet.</para>
    /// </remarks>
    public static Evaluation Evaluate(DateOnly deadline, DateOnly? nextGroundStart)
    {
        if (SwedishCalendar.IsWorkday(deadline, WorkdayReading.Lenient))
        {
            return Evaluation.NotApplicable(Info);
        }

        if (nextGroundStart is { } acted && acted <= deadline)
        {
            return Evaluation.NotApplicable(Info);
        }

        var nextWorkday = SwedishCalendar.WorkdayOnOrAfter(deadline, WorkdayReading.Lenient);
        return nextGroundStart is null || nextGroundStart <= nextWorkday
            ? Evaluation.Informs(Info, "may-be-accepted-next-workday")
            : Evaluation.NotApplicable(Info);
    }
}

/// <summary>DL-6: the decision came after the last day (retroactive); FK may count from either date (C-6).</summary>
public static class Dl6
{
    public static RuleInfo Info { get; } = new(
        "DL-6", "Decision received after the last day", "Försäkringskassans beslutsbrev (\"efter att du tagit del av beslutet\")",
        Confidence.Low, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(DateOnly lastDay, DateOnly decisionReceived, DateOnly? nextGroundStart, DateOnly asOf, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (decisionReceived <= lastDay)
        {
            return Evaluation.NotApplicable(Info);
        }

        var limit = DeadlineMath.Max(
            DeadlineMath.Workday25(lastDay, parameters, WorkdayReading.Lenient),
            DeadlineMath.FirstWorkdayLenient(decisionReceived));
        if (nextGroundStart is not { } start)
        {
            return asOf <= limit
                ? Evaluation.Contributes(Info, Verdict.AtRisk, "retroactive-nothing-yet")
                : Evaluation.Contributes(Info, Verdict.NotProtected, "retroactive-too-late");
        }

        if (start <= DeadlineMath.FirstWorkdayLenient(lastDay))
        {
            return Evaluation.Informs(Info, "acted-before-the-decision-mattered");
        }

        return start <= limit
            ? Evaluation.Contributes(Info, Verdict.AtRisk, "retroactive-decision")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "retroactive-too-late");
    }
}
