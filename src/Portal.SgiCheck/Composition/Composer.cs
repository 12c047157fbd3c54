using System.Globalization;
using Portal.SgiCheck.Calendar;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>
/// One evaluation of one set of answers. Builds the chain of grounds (periods) from <c>next</c>, finds every
/// transition between grounds (and the gaps), asks the rules about each period and transition, and combines the
/// findings into a verdict, a deadline and ordered actions.
/// </summary>
internal sealed class Composer
{
    private const string Iso = "yyyy-MM-dd";

    private readonly Answers _answers;
    private readonly DateOnly _asOf;
    private readonly RuleSet _set;
    private readonly RuleParameters _p;
    private readonly List<Finding> _findings = new(16);
    private readonly List<PlannedAction> _actions = new(12);
    private readonly List<Period> _periods = new(4);
    private readonly List<Transition> _transitions = new(4);
    private DateOnly _chainStart;
    private DateOnly _referenceDay;
    private (DateOnly First, DateOnly Last)? _window;

    public Composer(Answers answers, DateOnly asOf, RuleSet set)
    {
        _answers = answers;
        _asOf = asOf;
        _set = set;
        _p = set.Parameters;
    }

    private enum Priority
    {
        Urgent = 0,
        Dated = 1,
        AskFk = 2,
        Advice = 3,
        Info = 4,
        Last = 5,
    }

    private enum TransitionKind
    {
        Benefit,
        GroundEnd,
        ChildTurnsOne,
    }

    public Result Run()
    {
        Add(Info1.Evaluate(), DateOnly.MinValue);
        Act(TextCodes.CheckDecisionLetter, Priority.Info);
        Act(TextCodes.ReadGuide, Priority.Last, link: ActionLinks.ProtectSgi);
        var law = Law1.Evaluate(_set, _asOf);
        if (law.Reason == "review-overdue")
        {
            Add(law, DateOnly.MinValue);
            Act(TextCodes.AskFkRulesReview, Priority.AskFk);
        }

        if (_answers.HasSgi == SgiStatus.No)
        {
            return BuildNoSgi();
        }

        if (_answers.Situation == Situation.Kommunicering)
        {
            return BuildKommunicering();
        }

        SetUpChain();
        BuildPeriods();
        Sweep();
        foreach (var transition in _transitions)
        {
            EvaluateTransition(transition);
        }

        foreach (var period in _periods)
        {
            EvaluatePeriod(period);
        }

        EvaluateSanctions();
        EvaluateGlobals();

        var verdict = CombineVerdict();
        if (verdict == Verdict.NotProtected)
        {
            Add(Req1.Evaluate(null, _p), _chainStart);
            Act(TextCodes.NewSgi, Priority.Advice, link: ActionLinks.ProtectSgi, parameters: FloorParameters());
            Act(TextCodes.RequestOmprovning, Priority.Advice, link: ActionLinks.Omprovning);
        }

        var chosen = ChooseDeadline();
        AddDeadlineAction(chosen);
        AddVerdictActions(verdict);
        return Build(verdict, chosen, SummaryFor(verdict, chosen));
    }

    // ---- the person has no SGI ------------------------------------------------------------------------------------

    private Result BuildNoSgi()
    {
        Add(Sa1.Evaluate(_answers.Situation, SgiStatus.No), DateOnly.MinValue);
        Add(Gen3.Evaluate(SgiStatus.No, _answers.Situation), DateOnly.MinValue);
        var job = _answers.Next.OfType<WorkStep>().FirstOrDefault(w => w.HoursPerWeek > 0);
        var requalify = Add(Req1.Evaluate(job, _p), job?.From ?? DateOnly.MinValue);
        var verdict = requalify.Verdict == Verdict.NewSgi ? Verdict.NewSgi : Verdict.NoSgi;
        if (verdict == Verdict.NewSgi)
        {
            Act(TextCodes.NewSgiFromJob, Priority.Advice, by: job!.From);
        }
        else
        {
            Act(TextCodes.NewSgi, Priority.Advice, link: ActionLinks.ProtectSgi, parameters: FloorParameters());
            if (requalify.Reason == "short-job-does-not-qualify")
            {
                Act(TextCodes.AskFkShortJob, Priority.AskFk);
            }
        }

        return Build(verdict, null, verdict == Verdict.NewSgi ? TextCodes.SummaryNewSgi : TextCodes.SummaryNoSgi);
    }

    // ---- kommunicering: FK considers stopping the sjukpenning, no decision yet ------------------------------------

    /// <summary>
    /// While sjukpenning is paid the SGI is protected (SICK-1, 26 kap. 17 §). There is no next ground to start yet, so
    /// there is no deadline: the actions are to answer FK by the date in the letter, a checklist for the day a
    /// decision comes (its date still unknown), and an offer to come back with the decision date.
    /// </summary>
    private Result BuildKommunicering()
    {
        _chainStart = _asOf;
        Add(Evaluation.Contributes(Sick1.Info, Verdict.Protected, "sjukpenning-paid"), _asOf);
        if (_answers.HasSgi == SgiStatus.Unknown)
        {
            Add(Evaluation.Informs(Gen3.Info, "sgi-implied-by-paid-sjukpenning"), _asOf);
        }

        if (_answers.ReplyBy is { } reply && reply < _asOf)
        {
            Act(TextCodes.KommuniceringReplyPassed, Priority.Urgent, by: _asOf);
        }
        else
        {
            Act(TextCodes.KommuniceringReply, Priority.Urgent, by: _answers.ReplyBy);
        }

        Act(TextCodes.KommuniceringDecisionDay, Priority.Dated, link: ActionLinks.Arbetsformedlingen);
        Act(TextCodes.KommuniceringComeBack, Priority.Advice, link: ActionLinks.Checker);
        Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
        var age = Af8.Evaluate(_answers.BirthDate, _asOf, _p);
        if (age.IsApplicable)
        {
            Add(age, _asOf);
            Act(TextCodes.AskFkAge, Priority.AskFk);
        }

        var verdict = CombineVerdict();
        return Build(verdict, null, verdict == Verdict.Protected ? TextCodes.SummaryKommunicering : SummaryFor(verdict, null));
    }

    // ---- building the chain ---------------------------------------------------------------------------------------

    private void SetUpChain()
    {
        var situation = _answers.Situation;
        _referenceDay = situation == Situation.SjukpenningEnded
            ? _answers.LastSjukpenningDay!.Value
            : _answers.DecisionReceived!.Value;
        _chainStart = _referenceDay.AddDays(1);

        var gen3 = Gen3.Evaluate(_answers.HasSgi, situation);
        if (gen3.IsApplicable)
        {
            Add(gen3, _chainStart);
            if (gen3.Verdict == Verdict.AtRisk)
            {
                Act(TextCodes.AskFkSgiExists, Priority.AskFk);
            }
        }

        Add(Sa1.Evaluate(situation, _answers.HasSgi), _chainStart);
        Add(Sa2.Evaluate(situation, _answers.HasSgi), _chainStart);
    }

    private static bool IsBreak(NextStep step) => step is SemesterStep or AbroadStep { Moving: false };

    private void BuildPeriods()
    {
        var steps = _answers.Next;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var start = DeadlineMath.Max(step.From, _chainStart);
            if (step is PregnancyLeaveStep pregnancy)
            {
                // PREG-2 (HFD 2019 ref. 55): after studies 26:14 does not protect; only the child protects, from the birth.
                var fromMonths = pregnancy.ExpectedBirthDate.AddMonths(-_p.PregnancyMonthsBeforeBirth);
                start = DeadlineMath.Max(start, PreviousGround(steps, i) is StudiesStep ? pregnancy.ExpectedBirthDate : fromMonths);
            }
            else if (step is AfRegistrationStep { Registered: false })
            {
                // A registration that has not happened starts, at the earliest, on the day of the check.
                start = DeadlineMath.Max(start, _asOf);
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

            _periods.Add(new Period(step, i, start, end, explicitEnd, isBreak));
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

    private void Sweep()
    {
        var covering = _periods.Where(p => p.Covers).OrderBy(p => p.Start).ThenBy(p => p.Index).ToList();
        DateOnly? cursor = _chainStart;
        Period? last = null;
        var benefitDone = false;
        foreach (var period in covering)
        {
            period.Previous = last;
            if (cursor is { } day)
            {
                if (period.Start > day)
                {
                    _transitions.Add(new Transition(last is null ? TransitionKind.Benefit : TransitionKind.GroundEnd, last, day, period));
                    benefitDone = true;
                }
                else if (!benefitDone)
                {
                    _transitions.Add(new Transition(TransitionKind.Benefit, null, _chainStart, period));
                    benefitDone = true;
                }
                else if (period.Start == day && last is { EndIsExplicit: true })
                {
                    _transitions.Add(new Transition(TransitionKind.GroundEnd, last, day, period));
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
            _transitions.Add(new Transition(TransitionKind.Benefit, null, _chainStart, null));
        }
        else if (cursor is { } open)
        {
            _transitions.Add(new Transition(TransitionKind.GroundEnd, last, open, null));
        }

        foreach (var period in _periods)
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
            _transitions.Add(new Transition(TransitionKind.ChildTurnsOne, period, birthday, next));
        }

        _transitions.Sort((a, b) => a.FirstUncovered.CompareTo(b.FirstUncovered));
    }

    // ---- transitions ------------------------------------------------------------------------------------------------

    private void EvaluateTransition(Transition t)
    {
        switch (t.Kind)
        {
            case TransitionKind.Benefit:
                EvaluateBenefitEnd(t);
                break;
            case TransitionKind.ChildTurnsOne:
                Add(Dl4.Evaluate(GroundEnd.ChildTurnsOne, t.FirstUncovered.AddDays(-1), t.NextStart, _asOf), t.FirstUncovered);
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
        var last = _referenceDay;
        var back = next is WorkStep { Employer: Employer.Same } work
            ? Work1.Evaluate(work, _answers.SgiHoursPerWeek, last, _p)
            : Evaluation.NotApplicable(Work1.Info);
        var adjacent = start == _chainStart
            && next is StudiesStep or ProgramStep or ParentalLeaveStep or PregnancyLeaveStep or MilitaryServiceStep or WorkStep { Employer: Employer.New };

        // The leniencies after the benefit (first vardag, the 25-day window, AF-7) are for job seekers registering
        // at AF. Before any other ground the gap is not excused (DL-1, DL-4, STU-4; HFD 2014 ref. 11).
        var registers = next is null or AfRegistrationStep
            || (next is WorkStep && start <= DeadlineMath.FirstWorkdayStrict(last));
        Evaluation? judged;
        if (_answers.Situation == Situation.SjukpenningEnded && _answers.DecisionReceived is { } late && late > last && !adjacent)
        {
            // DL-6 (C-6): FK may count from L or from the decision; never better than at-risk once L's first vardag has passed.
            // Registering after the decision came (or not yet): the decision date counts, at best at-risk (C-6), also
            // when the L-based windows had passed before the person knew (issue 21 item 5). Registering before the
            // decision came is judged from L alone. Only the reading that decides contributes its verdict.
            var dl1 = registers ? Dl1.Evaluate(last, start, _asOf, _p) : OtherGroundAfterGap(Dl1.Info, last, start!.Value);
            var dl6 = Dl6.Evaluate(last, late, start, _asOf, _p);
            var decisionCounts = dl6.Verdict is not null && registers && (start is null || start >= late);
            judged = decisionCounts ? dl6 : dl1;
            Add(decisionCounts ? dl6 : dl6 with { Verdict = null }, _chainStart);
            Add(decisionCounts ? dl1 with { Verdict = null } : dl1, _chainStart);
            t.Deadline = DeadlineMath.FirstWorkdayStrict(late);
            t.Windows = TwentyFiveDayWindows(DeadlineMath.FirstWorkdayStrict(late), last);
            t.ActionCode = TextCodes.RegisterAf;
            if (dl6.Verdict is not null)
            {
                Act(TextCodes.AskFkRetroactive, Priority.Dated, by: _asOf);
            }
        }
        else if (back.IsApplicable)
        {
            // WORK-1: back in the same extent; a late return is judged like any other gap.
            judged = back.Verdict is null ? Add(OtherGroundAfterGap(LadderRule(), last, start!.Value), _chainStart) : null;
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
            judged = Add(registers ? BenefitLadder(start) : OtherGroundAfterGap(LadderRule(), last, start!.Value), _chainStart);
            (t.Deadline, t.Windows) = _answers.Situation switch
            {
                Situation.SjukpenningEnded => (_chainStart, TwentyFiveDayWindows(DeadlineMath.FirstWorkdayStrict(last), last)),
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
                Add(weekend, _chainStart);
                if (start is null || start > _asOf)
                {
                    Act(TextCodes.AskFkWeekend, Priority.AskFk);
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
                _window = (t.FirstUncovered, start!.Value.AddDays(-1));
                Add(Af7.Evaluate(Math.Max(BreakDaysInYear(t.FirstUncovered.Year), BreakDaysInYear(start.Value.Year)), false, _p), t.FirstUncovered);
                Act(TextCodes.AskFkEarlierBreaks, Priority.AskFk);
                if (_answers.Employment is Employment.Employed or Employment.OwnBusiness)
                {
                    Act(TextCodes.AskFkEmployed, Priority.AskFk);
                }

                if (ladder.Verdict == Verdict.AtRisk)
                {
                    Act(TextCodes.AskFkRegistrationLate, Priority.AskFk, parameters: Parameters(("registered", IsoDate(start.Value))));
                }

                break;
            case "after-first-day":
                Act(TextCodes.AskFkRegistrationLate, Priority.AskFk, parameters: Parameters(("registered", IsoDate(start!.Value))));
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
    private Evaluation BenefitLadder(DateOnly? start) => _answers.Situation switch
    {
        Situation.SjukpenningEnded => Dl1.Evaluate(_referenceDay, start, _asOf, _p),
        Situation.SjukpenningDenied => Dl2.Evaluate(_referenceDay, start, _asOf),
        _ => Dl3.Evaluate(_referenceDay, start, _asOf, _p),
    };

    private RuleInfo LadderRule() => _answers.Situation switch
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
        Calendar25 = DeadlineMath.Calendar25(lastDay, _p),
        Workday25 = DeadlineMath.Workday25(lastDay, _p, WorkdayReading.Strict),
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
                judged = Add(OtherGroundAfterGap(Dl4.Info, lastDay, begins), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.RegisterAf;
                break;
            case ProgramStep:
                judged = Add(Dl4.Evaluate(GroundEnd.ProgrammeEnd, lastDay, start, _asOf), t.FirstUncovered);
                SetFirstWorkdayDeadline(t, lastDay, TextCodes.RegisterAfAfterProgramme);
                break;
            case MilitaryServiceStep:
                judged = Add(Dl4.Evaluate(GroundEnd.ServiceEnd, lastDay, start, _asOf), t.FirstUncovered);
                SetFirstWorkdayDeadline(t, lastDay, TextCodes.RegisterAf);
                break;
            case StudiesStep:
                judged = Add(Stu4.Evaluate(lastDay, start, t.Next?.Step is StudiesStep, _asOf, _p), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.RegisterAfAfterStudies;
                if (judged.Reason == "only-weekend-or-holiday-between")
                {
                    Add(Dl5.Evaluate(t.FirstUncovered, start), t.FirstUncovered);
                    Act(TextCodes.AskFkWeekend, Priority.AskFk);
                }
                else if (judged.Reason == "long-break-between-studies")
                {
                    Act(TextCodes.AskFkBetweenTerms, Priority.AskFk);
                }

                break;
            case WorkStep:
                judged = Dl4.Evaluate(GroundEnd.WorkEnd, lastDay, start, _asOf);
                if (judged.Verdict == Verdict.NotProtected)
                {
                    judged = Tre1.Evaluate(t.FirstUncovered, start, _asOf, _p);
                    if (judged.Verdict == Verdict.AtRisk)
                    {
                        Act(TextCodes.AskFkThreeMonthRule, Priority.AskFk);
                    }
                }

                Add(judged, t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.Windows = new DeadlineWindows { FirstWorkday = DeadlineMath.FirstWorkdayStrict(lastDay) };
                t.ActionCode = TextCodes.RegisterAf;
                break;
            case PregnancyLeaveStep:
                judged = Add(Dl4.Evaluate(GroundEnd.ChildTurnsOne, lastDay, start, _asOf), t.FirstUncovered);
                t.Deadline = t.FirstUncovered;
                t.ActionCode = TextCodes.ParentalBenefitDays;
                break;
            default:
                // Leave, pregnancy or a registration that ends before the next ground starts: no leniency (DL-4).
                judged = Add(start is { } then ? OtherGroundAfterGap(Dl4.Info, lastDay, then) : Dl4.Evaluate(GroundEnd.BreakEnd, lastDay, null, _asOf), t.FirstUncovered);
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
            gap = Math.Max(1, _asOf.DayNumber - t.FirstUncovered.DayNumber + 1);
        }

        var bridged = judged is null || judged.Value.Verdict != Verdict.NotProtected;
        Add(Gen1.Evaluate(gap, bridged), t.FirstUncovered);
        t.Judged = judged;

        // Item 8 of issue 21: a registration that has not happened is a plan. Once the deadline has passed, a plan
        // is at best at-risk, and the first thing to do is to register today.
        if (t.Next?.Step is AfRegistrationStep af && af.IsPlannedOn(_asOf) && t.Deadline is { } due && due < _asOf)
        {
            if (judged is { } found && Rank(found) > Rank(Verdict.AtRisk))
            {
                t.Judged = Add(new Evaluation(found.RuleId, Verdict.AtRisk, "planned-after-deadline"), t.FirstUncovered);
            }

            Act(TextCodes.RegisterAfNow, Priority.Urgent, by: _asOf, link: ActionLinks.Arbetsformedlingen);
        }
    }

    // ---- periods ------------------------------------------------------------------------------------------------------

    private void EvaluatePeriod(Period period)
    {
        var sgi = _answers.SgiHoursPerWeek;
        switch (period.Step)
        {
            case AfRegistrationStep af:
                EvaluateAfRegistration(period, af, sgi);
                break;
            case WorkStep work:
                EvaluateWork(period, work, sgi);
                break;
            case StudiesStep studies:
                EvaluateStudies(period, studies);
                break;
            case ProgramStep programme:
                var prg1 = Prg1.Evaluate(programme.Payment);
                Add(prg1.IsApplicable ? prg1 : Prg2.Evaluate(null, noPayment: true, 0), period.Start);
                break;
            case ParentalLeaveStep leave:
                EvaluateParentalLeave(period, leave);
                break;
            case PregnancyLeaveStep pregnancy:
                EvaluatePregnancy(period, pregnancy);
                break;
            case MilitaryServiceStep service:
                Add(Mil1.Evaluate(service), period.Start);
                break;
            case SemesterStep:
                EvaluateBreak(period);
                break;
            case AbroadStep abroad:
                var abr = Add(Abr1.Evaluate(abroad), period.Start);
                if (abr.Verdict is null)
                {
                    EvaluateBreak(period);
                }

                Act(TextCodes.AskFkAbroad, Priority.AskFk);
                break;
            case SeverancePayStep:
                var registered = _periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Overlaps(period) && p.Start <= period.Start);
                Add(Avg1.Evaluate(registered), period.Start);
                if (!registered)
                {
                    Act(TextCodes.Severance, Priority.Advice, link: ActionLinks.Arbetsformedlingen);
                }

                break;
        }
    }

    private void EvaluateAfRegistration(Period period, AfRegistrationStep af, double? sgi)
    {
        if (af.Status == AfStatus.Forhinder)
        {
            Add(Af2.Evaluate(af.Status), period.Start);
            Add(Sick2.Evaluate(af.Status), period.Start);
            Add(Sick1.Evaluate(ageLimitReached: false), period.Start);
            Act(TextCodes.ChangeToAktivt, Priority.Urgent, by: DeadlineMath.Max(_asOf, period.Start), link: ActionLinks.Arbetsformedlingen);
            Act(TextCodes.ReapplySjukpenning, Priority.Urgent);
            Act(TextCodes.AskFkForhinder, Priority.AskFk);
            Act(TextCodes.AskFkSickEvidence, Priority.AskFk);
            Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
            return;
        }

        Add(Af1.Evaluate(af.Status), period.Start);
        var employed = Af4.Evaluate(_answers.Employment, af.Status);
        if (employed.IsApplicable)
        {
            Add(employed, period.Start);
        }

        var business = Af5.Evaluate(_answers.Employment, registeredAktivt: true);
        if (business.IsApplicable)
        {
            Add(business, period.Start);
            Act(TextCodes.AskFkOwnBusiness, Priority.AskFk);
        }

        var worked = _periods.Where(p => p.Step is WorkStep { Employer: Employer.Same } && p.Overlaps(period))
            .Sum(p => ((WorkStep)p.Step).HoursPerWeek);
        var hours = Add(Af3.Evaluate(af.HoursPerWeek + worked, sgi, _p), period.Start);
        if (hours.Verdict == Verdict.PartlyProtected)
        {
            Act(TextCodes.SeekSgiHours, Priority.Dated, link: ActionLinks.Arbetsformedlingen, parameters: Parameters(
                ("sgiHours", Number(sgi!.Value)), ("hoursSought", Number(af.HoursPerWeek + worked))));
        }
        else if (hours.Reason == "sgi-hours-unknown")
        {
            Act(TextCodes.AskFkSgiHours, Priority.AskFk);
        }

        Act(TextCodes.KeepActive, Priority.Advice, link: ActionLinks.RegisterGuide);
        Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
    }

    private void EvaluateWork(Period period, WorkStep work, double? sgi)
    {
        var seeking = _periods.Where(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Overlaps(period))
            .Sum(p => ((AfRegistrationStep)p.Step).HoursPerWeek);
        var general = Gen2.Evaluate(work.Employer, work.HoursPerWeek, sgi, _p);
        if (work.Employer == Employer.Same)
        {
            var back = Work1.Evaluate(work, sgi, _referenceDay, _p);
            if (back.IsApplicable)
            {
                Add(back, period.Start);
            }

            var lower = Work2.Evaluate(work, sgi, seeking, _p);
            if (lower.IsApplicable)
            {
                Add(lower, period.Start);
                if (lower.Verdict == Verdict.PartlyProtected)
                {
                    Act(TextCodes.RegisterAfRest, Priority.Dated, link: ActionLinks.Arbetsformedlingen,
                        parameters: Parameters(("restHours", Number(sgi!.Value - work.HoursPerWeek - seeking))));
                }
                else if (lower.Verdict == Verdict.AtRisk)
                {
                    Act(TextCodes.AskFkSgiHours, Priority.AskFk);
                }
            }
        }
        else
        {
            var job = Add(Work3.Evaluate(work, sgi, seeking, _p), period.Start);
            switch (job.Reason)
            {
                case "short-job":
                    Add(Req1.Evaluate(work, _p), period.Start);
                    Act(TextCodes.AskFkShortJob, Priority.AskFk);
                    break;
                case "fewer-hours-seeking-the-rest":
                    Act(TextCodes.AskFkNewJobPartTime, Priority.AskFk);
                    break;
                case "sgi-hours-unknown":
                    Act(TextCodes.AskFkSgiHours, Priority.AskFk);
                    break;
            }
        }

        if (general.IsApplicable && !(work.Employer == Employer.New && Req1.IsShortJob(work, _p)))
        {
            Add(general, period.Start);
        }
    }

    private void EvaluateStudies(Period period, StudiesStep studies)
    {
        var withSupport = Stu1.Evaluate(studies.Studiestod);
        if (withSupport.IsApplicable)
        {
            Add(withSupport, period.Start);
            if (_set.InForce(Stu6.Info, period.Start))
            {
                Add(Stu6.Evaluate(studies), period.Start);
                Act(TextCodes.AskFkOmstallningsstudiestod, Priority.AskFk);
            }

            return;
        }

        var without = _set.InForce(Stu2.Info, period.Start) ? Stu2.Evaluate(studies, _answers.BirthDate, _p) : Evaluation.NotApplicable(Stu2.Info);
        if (without.IsApplicable)
        {
            Add(without, period.Start);
            if (without.Verdict == Verdict.AtRisk)
            {
                Act(TextCodes.AskFkStudies, Priority.AskFk);
            }
        }

        var ownField = Stu3.Evaluate(_answers.Employment, without.IsApplicable);
        if (ownField.IsApplicable)
        {
            Add(ownField, period.Start);
            Act(TextCodes.AskFkStudies, Priority.AskFk);
            return;
        }

        if (!without.IsApplicable)
        {
            var coveredByAf = _periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt, HoursPerWeek: > 0 } && p.Overlaps(period));
            var other = Add(Stu5.Evaluate(coveredByAf), period.Start);
            if (other.Verdict is not null)
            {
                Act(TextCodes.RegisterAfDuringStudies, Priority.Dated, link: ActionLinks.Arbetsformedlingen);
            }
        }
    }

    private void EvaluateParentalLeave(Period period, ParentalLeaveStep leave)
    {
        var birthday = leave.ChildBirthDate.AddYears(1);
        if (period.Start < leave.ChildBirthDate)
        {
            Add(Par1.Evaluate(leave.ChildBirthDate, period.Start), period.Start);
            Act(TextCodes.AskFkPregnancy, Priority.AskFk);
        }

        if (period.Start < birthday && (period.End is null || period.End >= leave.ChildBirthDate))
        {
            Add(Par1.Evaluate(leave.ChildBirthDate, DeadlineMath.Max(period.Start, leave.ChildBirthDate)), period.Start);
        }

        if (period.End is null && birthday > _asOf && leave.ParentalBenefitDaysPerWeek < _p.FullParentalBenefitDaysPerWeek)
        {
            // PAR-1 protects until the day before the first birthday; from the birthday a next step is needed (PAR-2).
            Act(TextCodes.ParentalBenefitDays, Priority.Dated, by: birthday);
        }
        else if (period.End is null || period.End >= birthday)
        {
            var from = DeadlineMath.Max(period.Start, birthday);
            var after = Add(Par2.Evaluate(leave.ParentalBenefitDaysPerWeek, _p), from);
            if (after.Verdict != Verdict.Protected)
            {
                Act(TextCodes.ParentalBenefitDays, Priority.Dated, by: from);
            }
        }
    }

    private void EvaluatePregnancy(Period period, PregnancyLeaveStep pregnancy)
    {
        var afterStudies = Preg2.Evaluate(period.Previous?.Step is StudiesStep);
        if (afterStudies.IsApplicable)
        {
            Add(afterStudies, period.Start);
            Act(TextCodes.RegisterAfAfterStudies, Priority.Dated, by: period.Start, link: ActionLinks.Arbetsformedlingen);
        }
        else
        {
            var stopped = Add(Preg1.Evaluate(_answers.Employment, pregnancy.ExpectedBirthDate, pregnancy.From, _p), period.Start);
            if (stopped.Verdict == Verdict.AtRisk)
            {
                Act(TextCodes.AskFkPregnancy, Priority.AskFk);
            }
        }

        if (period.End is null || period.End >= pregnancy.ExpectedBirthDate)
        {
            Add(Par1.Evaluate(pregnancy.ExpectedBirthDate, pregnancy.ExpectedBirthDate), pregnancy.ExpectedBirthDate);
        }
    }

    /// <summary>
    /// AF-7: a break bridges only for a job seeker, that is inside an aktivt AF registration, and never into studies
    /// (HFD 2014 ref. 11). Outside a registration the break is part of the gap that the transition judges.
    /// </summary>
    private void EvaluateBreak(Period period)
    {
        var end = BreakEnd(period);
        var afterStudies = _periods.Any(p => p.Covers && p.Step is StudiesStep && p.End is { } last && last < period.Start
            && !_periods.Any(q => q.Covers && q.Start > last && q.Start <= period.Start));
        var jobSeeker = _periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Start < period.Start
            && (p.End ?? DateOnly.MaxValue) >= period.Start);
        if (afterStudies)
        {
            Add(Af7.Evaluate(0, afterStudies: true, _p), period.Start);
            return;
        }

        if (!jobSeeker)
        {
            return;
        }

        var intoStudies = _periods.Any(p => p.Covers && p.Step is StudiesStep && p.Start == end.AddDays(1));
        if (intoStudies)
        {
            Add(Evaluation.Contributes(Af7.Info, Verdict.NotProtected, "break-before-studies"), period.Start);
            Act(TextCodes.AskFkEarlierBreaks, Priority.AskFk);
            return;
        }

        // The five weeks count the whole break, and all breaks in each calendar year it touches.
        var days = end.DayNumber - period.Start.DayNumber + 1;
        for (var year = period.Start.Year; year <= end.Year; year++)
        {
            days = Math.Max(days, BreakDaysInYear(year));
        }

        Add(Af7.Evaluate(days, afterStudies: false, _p), period.Start);
        Act(TextCodes.AskFkEarlierBreaks, Priority.AskFk);
    }

    private DateOnly BreakEnd(Period period) => period.End ?? DeadlineMath.Max(_asOf, period.Start);

    /// <summary>Days of a job seeker's breaks that fall in <paramref name="year"/>, the gap in the 25-day window included.</summary>
    private int BreakDaysInYear(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = 0;
        foreach (var period in _periods)
        {
            if (!period.IsBreak || !_periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Start < period.Start
                && (p.End ?? DateOnly.MaxValue) >= period.Start))
            {
                continue;
            }

            var from = DeadlineMath.Max(period.Start, first);
            var to = DeadlineMath.Min(BreakEnd(period), last);
            days += Math.Max(0, to.DayNumber - from.DayNumber + 1);
        }

        if (_window is { } window)
        {
            var from = DeadlineMath.Max(window.First, first);
            var to = DeadlineMath.Min(window.Last, last);
            days += Math.Max(0, to.DayNumber - from.DayNumber + 1);
        }

        return days;
    }

    // ---- sanctions and the person as a whole ------------------------------------------------------------------------

    private void EvaluateSanctions()
    {
        if (_answers.Sanctions is not { Count: > 0 } sanctions)
        {
            return;
        }

        var declinedInsats = 0;
        foreach (var sanction in sanctions.OrderBy(s => s.From))
        {
            if (sanction.InProgram)
            {
                var listed = Prg2.Evaluate(sanction.Reason, noPayment: false, declinedInsats);
                if (listed.IsApplicable)
                {
                    Add(listed, sanction.From);
                }
                else
                {
                    Add(Prg3.Evaluate(sanction.Reason, sanction.Days, declinedInsats), sanction.From);
                    Act(TextCodes.AppealSanction, Priority.Dated);
                    Act(TextCodes.AskFkSanction, Priority.AskFk);
                }

                if (sanction.Reason == SanctionReason.DeclinedInsatsOnce)
                {
                    declinedInsats++;
                }
            }
            else
            {
                Add(Af6.Evaluate(sanction), sanction.From);
                Act(TextCodes.AppealSanction, Priority.Dated);
                Act(TextCodes.AskFkSanction, Priority.AskFk);
            }
        }
    }

    private void EvaluateGlobals()
    {
        var age = Af8.Evaluate(_answers.BirthDate, DeadlineMath.Max(_asOf, _chainStart), _p);
        if (age.IsApplicable)
        {
            Add(age, _chainStart);
            Add(Sick1.Evaluate(ageLimitReached: true), _chainStart);
            Act(TextCodes.AskFkAge, Priority.AskFk);
        }

        var registered = _periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt });
        if (_answers.Employment == Employment.OwnBusiness && !registered)
        {
            Add(Af5.Evaluate(_answers.Employment, registeredAktivt: false), _chainStart);
            Act(TextCodes.AskFkOwnBusiness, Priority.AskFk);
        }

        var omprovning = Sick3.Evaluate(_answers.Situation, _answers.OmprovningRequested);
        if (omprovning.IsApplicable)
        {
            Add(omprovning, _chainStart);
            Act(TextCodes.RegisterDuringOmprovning, Priority.Advice, link: ActionLinks.Arbetsformedlingen);
        }

        var backAtWork = _periods.Any(p => p.Step is WorkStep { Employer: Employer.Same });
        var employerPay = Sick4.Evaluate(_answers.Employment, backAtWork);
        if (employerPay.IsApplicable)
        {
            Add(employerPay, _chainStart);
            Act(TextCodes.EmployerPay, Priority.Advice);
        }

        if (_answers.Situation is not (Situation.SjukpenningEnded or Situation.Kommunicering) && _answers.OmprovningRequested != true)
        {
            Act(TextCodes.RequestOmprovning, Priority.Advice, link: ActionLinks.Omprovning);
        }
    }

    // ---- combining --------------------------------------------------------------------------------------------------

    private static int Rank(Verdict? verdict) => verdict switch
    {
        Verdict.Protected => 5,
        Verdict.LikelyProtected => 4,
        Verdict.PartlyProtected => 3,
        Verdict.AtRisk => 2,
        Verdict.NotProtected => 1,
        _ => 6,
    };

    private static int Rank(Evaluation evaluation) => Rank(evaluation.Verdict);

    private Verdict CombineVerdict()
    {
        DateOnly? newSgiFrom = null;
        foreach (var finding in _findings)
        {
            if (finding.Evaluation.Verdict == Verdict.NewSgi && (newSgiFrom is null || finding.On < newSgiFrom))
            {
                newSgiFrom = finding.On;
            }
        }

        var verdict = Verdict.Protected;
        foreach (var finding in _findings)
        {
            if (finding.Evaluation.Verdict is not { } contribution || contribution is Verdict.NewSgi or Verdict.NoSgi)
            {
                continue;
            }

            if (newSgiFrom is { } from && finding.On <= from)
            {
                continue;
            }

            if (Rank(contribution) < Rank(verdict))
            {
                verdict = contribution;
            }
        }

        return newSgiFrom is not null && verdict == Verdict.Protected ? Verdict.NewSgi : verdict;
    }

    /// <summary>
    /// One meaning of deadline: the last day on which the next ground must start for the chain to hold. The first
    /// transition whose gap the rules do not excuse; otherwise the first one still ahead of asOf; otherwise the latest.
    /// </summary>
    private Transition? ChooseDeadline()
    {
        foreach (var transition in _transitions)
        {
            if (transition.Deadline is not null && transition.Judged is { } judged && Rank(judged) < Rank(Verdict.PartlyProtected))
            {
                return transition;
            }
        }

        Transition? lastWithDeadline = null;
        foreach (var transition in _transitions)
        {
            if (transition.Deadline is null)
            {
                continue;
            }

            if ((transition.NextStart ?? transition.FirstUncovered) > _asOf)
            {
                return transition;
            }

            lastWithDeadline = transition;
        }

        return lastWithDeadline;
    }

    private void AddDeadlineAction(Transition? chosen)
    {
        var done = chosen?.NextStart is { } start && start <= _asOf && chosen.Next?.Step is not AfRegistrationStep { Registered: false };
        if (chosen is not { Deadline: { } deadline, ActionCode: { } code } || done)
        {
            return;
        }

        var registers = code is TextCodes.RegisterAf or TextCodes.RegisterAfAfterStudies or TextCodes.RegisterAfAfterProgramme;
        if (deadline < _asOf)
        {
            Act(TextCodes.RegisterAfNow, Priority.Urgent, by: _asOf, link: ActionLinks.Arbetsformedlingen);
            Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
            return;
        }

        Act(code, registers ? Priority.Urgent : Priority.Dated, by: deadline, link: registers ? ActionLinks.Arbetsformedlingen : null);
        if (registers)
        {
            Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
        }
    }

    private void AddVerdictActions(Verdict verdict)
    {
        switch (verdict)
        {
            case Verdict.LikelyProtected:
                Act(TextCodes.AskFkConfirm, Priority.AskFk);
                break;
            case Verdict.AtRisk:
                if (!_actions.Any(a => a.Code.StartsWith("action.ask-fk.", StringComparison.Ordinal)))
                {
                    Act(TextCodes.AskFkGeneral, Priority.AskFk);
                }

                Act(TextCodes.GetHelp, Priority.Last, link: ActionLinks.Contact);
                break;
            case Verdict.NotProtected or Verdict.PartlyProtected:
                Act(TextCodes.GetHelp, Priority.Last, link: ActionLinks.Contact);
                break;
        }
    }

    private string SummaryFor(Verdict verdict, Transition? chosen)
    {
        switch (verdict)
        {
            case Verdict.Protected:
                return chosen is { Next: null, Deadline: not null } && chosen.FirstUncovered > _asOf
                    ? TextCodes.SummaryProtectedNextStep
                    : TextCodes.SummaryProtected;
            case Verdict.LikelyProtected:
                if (_findings.Any(f => f.Evaluation.Verdict == Verdict.LikelyProtected && f.Evaluation.RuleId == Af5.Info.Id))
                {
                    return TextCodes.SummaryLikelyProtectedOwnBusiness;
                }

                // "... because you registered within 25 days" only for a registration that has happened.
                var planned = _transitions.Any(t => t.Next?.Step is AfRegistrationStep af && af.IsPlannedOn(_asOf));
                return !planned && _findings.Any(f => f.Evaluation.Verdict == Verdict.LikelyProtected && f.Evaluation.Reason == "within-25-days")
                    ? TextCodes.SummaryLikelyProtected25Days
                    : TextCodes.SummaryLikelyProtected;
            case Verdict.PartlyProtected:
                return TextCodes.SummaryPartlyProtected;
            case Verdict.AtRisk:
                var benefit = _transitions.FirstOrDefault(t => t.Kind == TransitionKind.Benefit);
                if (benefit is { Next: null, Deadline: { } due })
                {
                    return due >= _asOf ? TextCodes.SummaryAtRiskNothingYet : TextCodes.SummaryAtRiskActNow;
                }

                return TextCodes.SummaryAtRisk;
            case Verdict.NotProtected:
                return _findings.Any(f => f.Evaluation.RuleId == Af2.Info.Id)
                    ? TextCodes.SummaryNotProtectedForhinder
                    : TextCodes.SummaryNotProtected;
            case Verdict.NewSgi:
                return TextCodes.SummaryNewSgi;
            default:
                return TextCodes.SummaryNoSgi;
        }
    }

    private Result Build(Verdict verdict, Transition? chosen, string summaryCode)
    {
        var ordered = _findings
            .Select((f, i) => (f.Evaluation, Index: i))
            .OrderBy(x => x.Evaluation.Verdict == verdict ? 0 : x.Evaluation.Verdict is null ? 7 : Rank(x.Evaluation))
            .ThenBy(x => x.Index)
            .Select(x => x.Evaluation.RuleId);
        var rules = new List<string>(8);
        foreach (var id in ordered)
        {
            if (!rules.Contains(id))
            {
                rules.Add(id);
            }
        }

        var legal = new List<LegalBasisEntry>(rules.Count);
        foreach (var id in rules)
        {
            var info = _set.Get(id);
            if (info.LegalReference.Length > 0)
            {
                legal.Add(new LegalBasisEntry { Ref = info.LegalReference, NoteCode = info.NoteCode, RuleId = id });
            }
        }

        var actions = _actions
            .Select((a, i) => (Action: a, Index: i))
            .OrderBy(x => x.Action.Priority)
            .ThenBy(x => x.Action.By ?? DateOnly.MaxValue)
            .ThenBy(x => x.Index)
            .Select(x => new ResultAction
            {
                By = x.Action.By,
                Url = x.Action.Link is { } link ? ActionLinks.Url(link, "sv") : null,
                Code = x.Action.Code,
                LinkKey = x.Action.Link,
                Parameters = x.Action.Parameters ?? Result.EmptyParameters,
            })
            .ToList();

        var deadline = chosen?.Deadline;
        var gaps = new List<GapSpan>();
        foreach (var t in _transitions)
        {
            if (t.Kind == TransitionKind.ChildTurnsOne && t.NextStart is not null && t.Judged?.Verdict is null)
            {
                continue;
            }

            var open = t.NextStart is null;
            if ((open && t.FirstUncovered > _asOf) || (!open && t.NextStart <= t.FirstUncovered) || t.Judged?.Verdict == Verdict.Protected)
            {
                continue;
            }

            var last = open ? _asOf : t.NextStart!.Value.AddDays(-1);
            var planned = t.Next?.Step is AfRegistrationStep af && af.IsPlannedOn(_asOf);
            gaps.Add(new GapSpan(t.FirstUncovered, open ? null : last, last.DayNumber - t.FirstUncovered.DayNumber + 1, t.Judged?.RuleId, t.Judged?.Verdict, planned));
        }

        var summaryParameters = deadline is { } due ? Parameters(("deadline", IsoDate(due))) : Result.EmptyParameters;
        return new Result
        {
            Verdict = verdict,
            Deadline = deadline,
            Windows = deadline is null ? null : chosen!.Windows,
            Rules = rules,
            RulesVersion = _set.VersionText,
            Actions = actions,
            LegalBasis = legal,
            SummaryCode = summaryCode,
            SummaryParameters = summaryParameters,
            Evaluations = [.. _findings.Select(f => f.Evaluation)],
            AsOf = _asOf,
            Gaps = gaps,
        };
    }

    // ---- small helpers ----------------------------------------------------------------------------------------------

    private Evaluation Add(Evaluation evaluation, DateOnly on)
    {
        if (evaluation.IsApplicable)
        {
            _findings.Add(new Finding(evaluation, on));
        }

        return evaluation;
    }

    private void Act(string code, Priority priority, DateOnly? by = null, string? link = null, IReadOnlyDictionary<string, string>? parameters = null)
    {
        foreach (var existing in _actions)
        {
            if (existing.Code == code)
            {
                return;
            }
        }

        _actions.Add(new PlannedAction(code, priority, by, link, parameters));
    }

    private Dictionary<string, string> FloorParameters()
    {
        var (amount, year) = _p.SgiFloor(_asOf.Year);
        return Parameters(("sgiFloor", amount.ToString(CultureInfo.InvariantCulture)), ("floorYear", year.ToString(CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, string> Parameters(params (string Key, string Value)[] values)
    {
        var result = new Dictionary<string, string>(values.Length, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            result[key] = value;
        }

        return result;
    }

    private static string IsoDate(DateOnly date) => date.ToString(Iso, CultureInfo.InvariantCulture);

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private readonly record struct Finding(Evaluation Evaluation, DateOnly On);

    private sealed record PlannedAction(string Code, Priority Priority, DateOnly? By, string? Link, IReadOnlyDictionary<string, string>? Parameters);

    private sealed class Period(NextStep step, int index, DateOnly start, DateOnly? end, bool endIsExplicit, bool isBreak)
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

    private sealed class Transition(TransitionKind kind, Period? from, DateOnly firstUncovered, Period? next)
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
}
