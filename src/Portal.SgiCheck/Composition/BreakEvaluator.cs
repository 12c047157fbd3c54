using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Evaluates a semester or a trip abroad that is not a move: the job seeker's break (AF-7).</summary>
internal sealed class BreakEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    /// <summary>
    /// AF-7: a break bridges only for a job seeker, that is inside an aktivt AF registration, and never into studies
    /// (HFD 2014 ref. 11). Outside a registration the break is part of the gap that the transition judges.
    /// </summary>
    public void Evaluate(Period period)
    {
        var end = _s.BreakEnd(period);
        var afterStudies = _s.Periods.Any(p => p.Covers && p.Step is StudiesStep && p.End is { } last && last < period.Start
            && !_s.Periods.Any(q => q.Covers && q.Start > last && q.Start <= period.Start));
        var jobSeeker = _s.Periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Start < period.Start
            && (p.End ?? DateOnly.MaxValue) >= period.Start);
        if (afterStudies)
        {
            _s.Add(Af7.Evaluate(0, afterStudies: true, _s.P), period.Start);
            return;
        }

        if (!jobSeeker)
        {
            return;
        }

        var intoStudies = _s.Periods.Any(p => p.Covers && p.Step is StudiesStep && p.Start == end.AddDays(1));
        if (intoStudies)
        {
            _s.Add(Evaluation.Contributes(Af7.Info, Verdict.NotProtected, "break-before-studies"), period.Start);
            _s.Act(TextCodes.AskFkEarlierBreaks, Priority.AskFk);
            return;
        }

        // The five weeks count the whole break, and all breaks in each calendar year it touches.
        var days = end.DayNumber - period.Start.DayNumber + 1;
        for (var year = period.Start.Year; year <= end.Year; year++)
        {
            days = Math.Max(days, _s.BreakDaysInYear(year));
        }

        _s.Add(Af7.Evaluate(days, afterStudies: false, _s.P), period.Start);
        _s.Act(TextCodes.AskFkEarlierBreaks, Priority.AskFk);
    }
}
