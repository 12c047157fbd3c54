using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>
/// Builds the chain of grounds (periods) from the answers' <c>next</c> steps, and finds every transition between
/// grounds, the gaps included.
/// </summary>
internal sealed class ChainBuilder(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void SetUpChain()
    {
        var situation = _s.Answers.Situation;
        _s.ReferenceDay = situation == Situation.SjukpenningEnded
            ? _s.Answers.LastSjukpenningDay!.Value
            : _s.Answers.DecisionReceived!.Value;
        _s.ChainStart = _s.ReferenceDay.AddDays(1);

        var gen3 = Gen3.Evaluate(_s.Answers.HasSgi, situation);
        if (gen3.IsApplicable)
        {
            _s.Add(gen3, _s.ChainStart);
            if (gen3.Verdict == Verdict.AtRisk)
            {
                _s.Act(TextCodes.AskFkSgiExists, Priority.AskFk);
            }
        }

        _s.Add(Sa1.Evaluate(situation, _s.Answers.HasSgi), _s.ChainStart);
        _s.Add(Sa2.Evaluate(situation, _s.Answers.HasSgi), _s.ChainStart);
    }

    public static bool IsBreak(NextStep step) => step is SemesterStep or AbroadStep { Moving: false };

    public void BuildPeriods()
    {
        var steps = _s.Answers.Next;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var start = DeadlineMath.Max(step.From, _s.ChainStart);
            if (step is PregnancyLeaveStep pregnancy)
            {
                // PREG-2 (HFD 2019 ref. 55): after studies 26:14 does not protect; only the child protects, from the birth.
                var fromMonths = pregnancy.ExpectedBirthDate.AddMonths(-_s.P.PregnancyMonthsBeforeBirth);
                start = DeadlineMath.Max(start, PreviousGround(steps, i) is StudiesStep ? pregnancy.ExpectedBirthDate : fromMonths);
            }
            else if (step is AfRegistrationStep { Registered: false })
            {
                // A registration that has not happened starts, at the earliest, on the day of the check.
                start = DeadlineMath.Max(start, _s.AsOf);
            }

            var isBreak = IsBreak(step);
            DateOnly? end = step.Until;
            var explicitEnd = end is not null;
            if (!isBreak && end is null)
            {
                for (var j = i + 1; j < steps.Count; j++)
                {
                    if (steps[j].From > step.From && !IsBreak(steps[j]))
                    {
                        end = steps[j].From.AddDays(-1);
                        break;
                    }
                }
            }

            if (step is PregnancyLeaveStep expecting)
            {
                var dayBeforeFirstBirthday = expecting.ExpectedBirthDate.AddYears(1).AddDays(-1);
                if (end is null || end > dayBeforeFirstBirthday)
                {
                    end = dayBeforeFirstBirthday;
                    explicitEnd = true;
                }
            }

            if (end is { } last && last < start)
            {
                continue;
            }

            _s.Periods.Add(new Period(step, i, start, end, explicitEnd, isBreak));
        }
    }

    private static NextStep? PreviousGround(IReadOnlyList<NextStep> steps, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (!IsBreak(steps[j]))
            {
                return steps[j];
            }
        }

        return null;
    }

    public void Sweep()
    {
        var covering = _s.Periods.Where(p => p.Covers).OrderBy(p => p.Start).ThenBy(p => p.Index).ToList();
        DateOnly? cursor = _s.ChainStart;
        Period? last = null;
        var benefitDone = false;
        foreach (var period in covering)
        {
            period.Previous = last;
            if (cursor is { } day)
            {
                if (period.Start > day)
                {
                    _s.Transitions.Add(new Transition(last is null ? TransitionKind.Benefit : TransitionKind.GroundEnd, last, day, period));
                    benefitDone = true;
                }
                else if (!benefitDone)
                {
                    _s.Transitions.Add(new Transition(TransitionKind.Benefit, null, _s.ChainStart, period));
                    benefitDone = true;
                }
                else if (period.Start == day && last is { EndIsExplicit: true })
                {
                    _s.Transitions.Add(new Transition(TransitionKind.GroundEnd, last, day, period));
                }

                if (period.End is not { } end)
                {
                    cursor = null;
                    last = period;
                }
                else if (end >= day)
                {
                    cursor = end.AddDays(1);
                    last = period;
                }
            }
        }

        if (!benefitDone)
        {
            _s.Transitions.Add(new Transition(TransitionKind.Benefit, null, _s.ChainStart, null));
        }
        else if (cursor is { } open)
        {
            _s.Transitions.Add(new Transition(TransitionKind.GroundEnd, last, open, null));
        }

        foreach (var period in _s.Periods)
        {
            if (period.Step is not ParentalLeaveStep leave)
            {
                continue;
            }

            var birthday = leave.ChildBirthDate.AddYears(1);
            if (period.Start >= birthday || (period.End is { } end && end < birthday.AddDays(-1)))
            {
                continue;
            }

            var next = period.End is null || period.End >= birthday ? period : covering.FirstOrDefault(p => p.Start == birthday);
            _s.Transitions.Add(new Transition(TransitionKind.ChildTurnsOne, period, birthday, next));
        }

        _s.Transitions.Sort((a, b) => a.FirstUncovered.CompareTo(b.FirstUncovered));
    }
}
