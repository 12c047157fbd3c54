using Portal.SgiCheck.Calendar;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>
/// Judges each transition between grounds: the end of the benefit, the end of a ground, a child turning one. Sets
/// the transition's deadline, windows and what the rules said about its gap.
/// </summary>
internal sealed class TransitionEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void EvaluateTransition(Transition t)
    {
        switch (t.Kind)
        {
            case TransitionKind.Benefit:
                EvaluateBenefitEnd(t);
                break;
            case TransitionKind.ChildTurnsOne:
                _s.Add(Dl4.Evaluate(GroundEnd.ChildTurnsOne, t.FirstUncovered.AddDays(-1), t.NextStart, _s.AsOf), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.ParentalBenefitDays;
                break;
            default:
                EvaluateGroundEnd(t);
                break;
        }
    }

    private void EvaluateBenefitEnd(Transition t)
    {
        var start = t.NextStart;
        var next = t.Next?.Step;
        var last = _s.ReferenceDay;
        var back = next is WorkStep { Employer: Employer.Same } work
            ? Work1.Evaluate(work, _s.Answers.SgiHoursPerWeek, last, _s.P)
            : Evaluation.NotApplicable(Work1.Info);
        var adjacent = start == _s.ChainStart
            && next is StudiesStep or ProgramStep or ParentalLeaveStep or PregnancyLeaveStep or MilitaryServiceStep or WorkStep { Employer: Employer.New };

        // The leniencies after the benefit (first vardag, the 25-day window, AF-7) are for job seekers registering
        // at AF. Before any other ground the gap is not excused (DL-1, DL-4, STU-4; HFD 2014 ref. 11).
        var registers = next is null or AfRegistrationStep
            || (next is WorkStep && start <= DeadlineMath.FirstWorkdayStrict(last));
        Evaluation? judged;
        if (_s.Answers.Situation == Situation.SjukpenningEnded && _s.Answers.DecisionReceived is { } late && late > last && !adjacent)
        {
            // DL-6 (C-6): FK may count from L or from the decision; never better than at-risk once L's first vardag has passed.
            // Registering after the decision came (or not yet): the decision date counts, at best at-risk (C-6), also
            // when the L-based windows had passed before the person knew (issue 21 item 5). Registering before the
            // decision came is judged from L alone. Only the reading that decides contributes its verdict.
            var dl1 = registers ? Dl1.Evaluate(last, start, _s.AsOf, _s.P) : OtherGroundAfterGap(Dl1.Info, last, start!.Value);
            var dl6 = Dl6.Evaluate(last, late, start, _s.AsOf, _s.P);
            var decisionCounts = dl6.Verdict is not null && registers && (start is null || start >= late);
            judged = decisionCounts ? dl6 : dl1;
            _s.Add(decisionCounts ? dl6 : dl6 with { Verdict = null }, _s.ChainStart);
            _s.Add(decisionCounts ? dl1 with { Verdict = null } : dl1, _s.ChainStart);
            t.Deadline = DeadlineMath.FirstWorkdayStrict(late);
            t.Windows = TwentyFiveDayWindows(DeadlineMath.FirstWorkdayStrict(late), last);
            t.ActionCode = TextCodes.RegisterAf;
            if (dl6.Verdict is not null)
            {
                _s.Act(TextCodes.AskFkRetroactive, Priority.Dated, by: _s.AsOf);
            }
        }
        else if (back.IsApplicable)
        {
            // WORK-1: back in the same extent; a late return is judged like any other gap.
            judged = back.Verdict is null ? _s.Add(OtherGroundAfterGap(LadderRule(), last, start!.Value), _s.ChainStart) : null;
            SetFirstWorkdayDeadline(t, last, TextCodes.ReturnToWork);
        }
        else if (adjacent)
        {
            judged = null;
            if (next is StudiesStep)
            {
                t.Deadline = start;
                t.ActionCode = TextCodes.StartDirectly;
            }
        }
        else
        {
            judged = _s.Add(registers ? BenefitLadder(start) : OtherGroundAfterGap(LadderRule(), last, start!.Value), _s.ChainStart);
            (t.Deadline, t.Windows) = _s.Answers.Situation switch
            {
                Situation.SjukpenningEnded => (_s.ChainStart, TwentyFiveDayWindows(DeadlineMath.FirstWorkdayStrict(last), last)),
                Situation.SjukpenningDenied => (last, new DeadlineWindows { FirstWorkday = DeadlineMath.FirstWorkdayStrict(last) }),
                _ => ((DateOnly?)last.AddDays(1), (DeadlineWindows?)null),
            };
            t.ActionCode = TextCodes.RegisterAf;
        }

        AddGap(t, judged);
        if (judged is { } ladder)
        {
            FollowUpLadder(t, ladder);
        }

        if (t.Deadline is { } deadline && t.ActionCode is TextCodes.RegisterAf or TextCodes.ReturnToWork)
        {
            var weekend = Dl5.Evaluate(deadline, start);
            if (weekend.IsApplicable)
            {
                _s.Add(weekend, _s.ChainStart);
                if (start is null || start > _s.AsOf)
                {
                    _s.Act(TextCodes.AskFkWeekend, Priority.AskFk);
                }
            }
        }
    }

    private void FollowUpLadder(Transition t, Evaluation ladder)
    {
        var start = t.NextStart;
        switch (ladder.Reason)
        {
            case "within-25-days" or "within-25-workdays":
                _s.Window = (t.FirstUncovered, start!.Value.AddDays(-1));
                _s.Add(Af7.Evaluate(Math.Max(_s.BreakDaysInYear(t.FirstUncovered.Year), _s.BreakDaysInYear(start.Value.Year)), false, _s.P), t.FirstUncovered);
                _s.Act(TextCodes.AskFkEarlierBreaks, Priority.AskFk);
                if (_s.Answers.Employment is Employment.Employed or Employment.OwnBusiness)
                {
                    _s.Act(TextCodes.AskFkEmployed, Priority.AskFk);
                }

                if (ladder.Verdict == Verdict.AtRisk)
                {
                    _s.Act(TextCodes.AskFkRegistrationLate, Priority.AskFk, parameters: CompositionState.Parameters(("registered", CompositionState.IsoDate(start.Value))));
                }

                break;
            case "after-first-day":
                _s.Act(TextCodes.AskFkRegistrationLate, Priority.AskFk, parameters: CompositionState.Parameters(("registered", CompositionState.IsoDate(start!.Value))));
                break;
        }
    }

    private static void SetFirstWorkdayDeadline(Transition t, DateOnly last, string actionCode)
    {
        var firstWorkday = DeadlineMath.FirstWorkdayStrict(last);
        t.Deadline = firstWorkday;
        t.Windows = new DeadlineWindows { FirstWorkday = firstWorkday };
        t.ActionCode = actionCode;
    }

    /// <summary>DL-1, DL-2 or DL-3 by situation: how late the first ground after the benefit may start.</summary>
    private Evaluation BenefitLadder(DateOnly? start) => _s.Answers.Situation switch
    {
        Situation.SjukpenningEnded => Dl1.Evaluate(_s.ReferenceDay, start, _s.AsOf, _s.P),
        Situation.SjukpenningDenied => Dl2.Evaluate(_s.ReferenceDay, start, _s.AsOf),
        _ => Dl3.Evaluate(_s.ReferenceDay, start, _s.AsOf, _s.P),
    };

    private RuleInfo LadderRule() => _s.Answers.Situation switch
    {
        Situation.SjukpenningEnded => Dl1.Info,
        Situation.SjukpenningDenied => Dl2.Info,
        _ => Dl3.Info,
    };

    /// <summary>
    /// A gap before a ground other than AF registration: no leniency applies. Only a weekend or holiday in between is
    /// at-risk (FK may accept it); any longer gap breaks the chain (GEN-1).
    /// </summary>
    private static Evaluation OtherGroundAfterGap(RuleInfo rule, DateOnly lastProtectedDay, DateOnly start)
    {
        if (start <= lastProtectedDay.AddDays(1))
        {
            return Evaluation.Contributes(rule, Verdict.Protected, "next-ground-next-day");
        }

        return start <= DeadlineMath.FirstWorkdayLenient(lastProtectedDay)
            ? Evaluation.Contributes(rule, Verdict.AtRisk, "only-weekend-before-other-ground")
            : Evaluation.Contributes(rule, Verdict.NotProtected, "gap-before-other-ground");
    }

    /// <summary>C-5: the windows show the earlier (strict) variant.</summary>
    private DeadlineWindows TwentyFiveDayWindows(DateOnly firstWorkday, DateOnly lastDay) => new()
    {
        FirstWorkday = firstWorkday,
        Calendar25 = DeadlineMath.Calendar25(lastDay, _s.P),
        Workday25 = DeadlineMath.Workday25(lastDay, _s.P, WorkdayReading.Strict),
    };

    private void EvaluateGroundEnd(Transition t)
    {
        var from = t.From!;
        var lastDay = t.FirstUncovered.AddDays(-1);
        var start = t.NextStart;
        Evaluation judged;
        switch (from.Step)
        {
            case ProgramStep or MilitaryServiceStep or WorkStep when start is { } begins && t.Next?.Step is not AfRegistrationStep:
                judged = _s.Add(OtherGroundAfterGap(Dl4.Info, lastDay, begins), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.RegisterAf;
                break;
            case ProgramStep:
                judged = _s.Add(Dl4.Evaluate(GroundEnd.ProgrammeEnd, lastDay, start, _s.AsOf), t.FirstUncovered);
                SetFirstWorkdayDeadline(t, lastDay, TextCodes.RegisterAfAfterProgramme);
                break;
            case MilitaryServiceStep:
                judged = _s.Add(Dl4.Evaluate(GroundEnd.ServiceEnd, lastDay, start, _s.AsOf), t.FirstUncovered);
                SetFirstWorkdayDeadline(t, lastDay, TextCodes.RegisterAf);
                break;
            case StudiesStep:
                judged = _s.Add(Stu4.Evaluate(lastDay, start, t.Next?.Step is StudiesStep, _s.AsOf, _s.P), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.RegisterAfAfterStudies;
                if (judged.Reason == "only-weekend-or-holiday-between")
                {
                    _s.Add(Dl5.Evaluate(t.FirstUncovered, start), t.FirstUncovered);
                    _s.Act(TextCodes.AskFkWeekend, Priority.AskFk);
                }
                else if (judged.Reason == "long-break-between-studies")
                {
                    _s.Act(TextCodes.AskFkBetweenTerms, Priority.AskFk);
                }

                break;
            case WorkStep:
                judged = Dl4.Evaluate(GroundEnd.WorkEnd, lastDay, start, _s.AsOf);
                if (judged.Verdict == Verdict.NotProtected)
                {
                    judged = Tre1.Evaluate(t.FirstUncovered, start, _s.AsOf, _s.P);
                    if (judged.Verdict == Verdict.AtRisk)
                    {
                        _s.Act(TextCodes.AskFkThreeMonthRule, Priority.AskFk);
                    }
                }

                _s.Add(judged, t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.Windows = new DeadlineWindows { FirstWorkday = DeadlineMath.FirstWorkdayStrict(lastDay) };
                t.ActionCode = TextCodes.RegisterAf;
                break;
            case PregnancyLeaveStep:
                judged = _s.Add(Dl4.Evaluate(GroundEnd.ChildTurnsOne, lastDay, start, _s.AsOf), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.ParentalBenefitDays;
                break;
            default:
                // Leave, pregnancy or a registration that ends before the next ground starts: no leniency (DL-4).
                judged = _s.Add(start is { } then ? OtherGroundAfterGap(Dl4.Info, lastDay, then) : Dl4.Evaluate(GroundEnd.BreakEnd, lastDay, null, _s.AsOf), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.RegisterAf;
                break;
        }

        AddGap(t, judged);
    }

    private void AddGap(Transition t, Evaluation? judged)
    {
        int gap;
        if (t.NextStart is { } start)
        {
            gap = start.DayNumber - t.FirstUncovered.DayNumber;
        }
        else
        {
            gap = Math.Max(1, _s.AsOf.DayNumber - t.FirstUncovered.DayNumber + 1);
        }

        var bridged = judged is null || judged.Value.Verdict != Verdict.NotProtected;
        _s.Add(Gen1.Evaluate(gap, bridged), t.FirstUncovered);
        t.Judged = judged;

        // Item 8 of issue 21: a registration that has not happened is a plan. Once the deadline has passed, a plan
        // is at best at-risk, and the first thing to do is to register today.
        if (t.Next?.Step is AfRegistrationStep af && af.IsPlannedOn(_s.AsOf) && t.Deadline is { } due && due < _s.AsOf)
        {
            if (judged is { } found && VerdictCombiner.Rank(found) > VerdictCombiner.Rank(Verdict.AtRisk))
            {
                t.Judged = _s.Add(new Evaluation(found.RuleId, Verdict.AtRisk, "planned-after-deadline"), t.FirstUncovered);
            }

            _s.Act(TextCodes.RegisterAfNow, Priority.Urgent, by: _s.AsOf, link: ActionLinks.Arbetsformedlingen);
        }
    }
}
