using System.Globalization;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;

namespace Portal.SgiCheck.Composition;

/// <summary>What one evaluation has found so far: the answers, the chain, the findings and the planned actions.</summary>
internal sealed class CompositionState(Answers answers, DateOnly asOf, RuleSet set)
{
    private const string Iso = "yyyy-MM-dd";

    public Answers Answers { get; } = answers;

    public DateOnly AsOf { get; } = asOf;

    public RuleSet Set { get; } = set;

    public RuleParameters P { get; } = set.Parameters;

    public List<Finding> Findings { get; } = new(16);

    public List<PlannedAction> Actions { get; } = new(12);

    public List<Period> Periods { get; } = new(4);

    public List<Transition> Transitions { get; } = new(4);

    public DateOnly ChainStart { get; set; }

    public DateOnly ReferenceDay { get; set; }

    public (DateOnly First, DateOnly Last)? Window { get; set; }

    public Evaluation Add(Evaluation evaluation, DateOnly on)
    {
        if (evaluation.IsApplicable)
        {
            Findings.Add(new Finding(evaluation, on));
        }

        return evaluation;
    }

    public void Act(string code, Priority priority, DateOnly? by = null, string? link = null, IReadOnlyDictionary<string, string>? parameters = null)
    {
        foreach (var existing in Actions)
        {
            if (existing.Code == code)
            {
                return;
            }
        }

        Actions.Add(new PlannedAction(code, priority, by, link, parameters));
    }

    public Dictionary<string, string> FloorParameters()
    {
        var (amount, year) = P.SgiFloor(AsOf.Year);
        return Parameters(("sgiFloor", amount.ToString(CultureInfo.InvariantCulture)), ("floorYear", year.ToString(CultureInfo.InvariantCulture)));
    }

    public static Dictionary<string, string> Parameters(params (string Key, string Value)[] values)
    {
        var result = new Dictionary<string, string>(values.Length, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            result[key] = value;
        }

        return result;
    }

    public static string IsoDate(DateOnly date) => date.ToString(Iso, CultureInfo.InvariantCulture);

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public DateOnly BreakEnd(Period period) => period.End ?? DeadlineMath.Max(AsOf, period.Start);

    /// <summary>Days of a job seeker's breaks that fall in <paramref name="year"/>, the gap in the 25-day window included.</summary>
    public int BreakDaysInYear(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = 0;
        foreach (var period in Periods)
        {
            if (!period.IsBreak || !Periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Start < period.Start
                && (p.End ?? DateOnly.MaxValue) >= period.Start))
            {
                continue;
            }

            var from = DeadlineMath.Max(period.Start, first);
            var to = DeadlineMath.Min(BreakEnd(period), last);
            days += Math.Max(0, to.DayNumber - from.DayNumber + 1);
        }

        if (Window is { } window)
        {
            var from = DeadlineMath.Max(window.First, first);
            var to = DeadlineMath.Min(window.Last, last);
            days += Math.Max(0, to.DayNumber - from.DayNumber + 1);
        }

        return days;
    }
}
