using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;

namespace Portal.SgiCheck.Composition;

internal enum Priority
{
    Urgent = 0,
    Dated = 1,
    AskFk = 2,
    Advice = 3,
    Info = 4,
    Last = 5,
}

internal enum TransitionKind
{
    Benefit,
    GroundEnd,
    ChildTurnsOne,
}

internal readonly record struct Finding(Evaluation Evaluation, DateOnly On);

internal sealed record PlannedAction(string Code, Priority Priority, DateOnly? By, string? Link, IReadOnlyDictionary<string, string>? Parameters);

internal sealed class Period(NextStep step, int index, DateOnly start, DateOnly? end, bool endIsExplicit, bool isBreak)
{
    public NextStep Step { get; } = step;

    public int Index { get; } = index;

    public DateOnly Start { get; } = start;

    public DateOnly? End { get; } = end;

    public bool EndIsExplicit { get; } = endIsExplicit;

    public bool IsBreak { get; } = isBreak;

    /// <summary>
    /// Whether the period is a ground in the chain. A semester or a trip is not: inside an AF registration it is the
    /// job seeker's break (AF-7), anywhere else it is part of a gap (HFD 2014 ref. 11).
    /// </summary>
    public bool Covers => Step is not SeverancePayStep && !IsBreak;

    /// <summary>The ground that covered the day before this one started; null for the benefit itself.</summary>
    public Period? Previous { get; set; }

    public bool Overlaps(Period other) =>
        Start <= (other.End ?? DateOnly.MaxValue) && other.Start <= (End ?? DateOnly.MaxValue);
}

internal sealed class Transition(TransitionKind kind, Period? from, DateOnly firstUncovered, Period? next)
{
    public TransitionKind Kind { get; } = kind;

    public Period? From { get; } = from;

    /// <summary>The first day that the next ground has to cover.</summary>
    public DateOnly FirstUncovered { get; } = firstUncovered;

    public Period? Next { get; } = next;

    public DateOnly? NextStart => Next?.Start;

    public DateOnly? Deadline { get; set; }

    public DeadlineWindows? Windows { get; set; }

    public string? ActionCode { get; set; }

    /// <summary>What the rules said about the gap (null when there is none to judge).</summary>
    public Evaluation? Judged { get; set; }
}
