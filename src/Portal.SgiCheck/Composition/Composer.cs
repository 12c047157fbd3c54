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
    private readonly CompositionState _s;
    private readonly ChainBuilder _chain;
    private readonly TransitionEvaluator _transitionEvaluator;
    private readonly PeriodEvaluator _periodEvaluator;
    private readonly PersonEvaluator _person;
    private readonly VerdictCombiner _verdicts;
    private readonly ActionPlanner _planner;

    public Composer(Answers answers, DateOnly asOf, RuleSet set)
    {
        _s = new CompositionState(answers, asOf, set);
        _chain = new ChainBuilder(_s);
        _transitionEvaluator = new TransitionEvaluator(_s);
        _periodEvaluator = new PeriodEvaluator(_s);
        _person = new PersonEvaluator(_s);
        _verdicts = new VerdictCombiner(_s);
        _planner = new ActionPlanner(_s);
    }

    public Result Run()
    {
        _s.Add(Info1.Evaluate(), DateOnly.MinValue);
        _s.Act(TextCodes.CheckDecisionLetter, Priority.Info);
        _s.Act(TextCodes.ReadGuide, Priority.Last, link: ActionLinks.ProtectSgi);
        var law = Law1.Evaluate(_s.Set, _s.AsOf);
        if (law.Reason == "review-overdue")
        {
            _s.Add(law, DateOnly.MinValue);
            _s.Act(TextCodes.AskFkRulesReview, Priority.AskFk);
        }

        if (_s.Answers.HasSgi == SgiStatus.No)
        {
            return BuildNoSgi();
        }

        if (_s.Answers.Situation == Situation.Kommunicering)
        {
            return BuildKommunicering();
        }

        _chain.SetUpChain();
        _chain.BuildPeriods();
        _chain.Sweep();
        foreach (var transition in _s.Transitions)
        {
            _transitionEvaluator.EvaluateTransition(transition);
        }

        foreach (var period in _s.Periods)
        {
            _periodEvaluator.EvaluatePeriod(period);
        }

        _person.EvaluateSanctions();
        _person.EvaluateGlobals();

        var verdict = _verdicts.CombineVerdict();
        if (verdict == Verdict.NotProtected)
        {
            _s.Add(Req1.Evaluate(null, _s.P), _s.ChainStart);
            _s.Act(TextCodes.NewSgi, Priority.Advice, link: ActionLinks.ProtectSgi, parameters: _s.FloorParameters());
            _s.Act(TextCodes.RequestOmprovning, Priority.Advice, link: ActionLinks.Omprovning);
        }

        var chosen = _verdicts.ChooseDeadline();
        _planner.AddDeadlineAction(chosen);
        _planner.AddVerdictActions(verdict);
        return Build(verdict, chosen, SummaryFor(verdict, chosen));
    }

    private Result BuildNoSgi()
    {
        _s.Add(Sa1.Evaluate(_s.Answers.Situation, SgiStatus.No), DateOnly.MinValue);
        _s.Add(Gen3.Evaluate(SgiStatus.No, _s.Answers.Situation), DateOnly.MinValue);
        var job = _s.Answers.Next.OfType<WorkStep>().FirstOrDefault(w => w.HoursPerWeek > 0);
        var requalify = _s.Add(Req1.Evaluate(job, _s.P), job?.From ?? DateOnly.MinValue);
        var verdict = requalify.Verdict == Verdict.NewSgi ? Verdict.NewSgi : Verdict.NoSgi;
        if (verdict == Verdict.NewSgi)
        {
            _s.Act(TextCodes.NewSgiFromJob, Priority.Advice, by: job!.From);
        }
        else
        {
            _s.Act(TextCodes.NewSgi, Priority.Advice, link: ActionLinks.ProtectSgi, parameters: _s.FloorParameters());
            if (requalify.Reason == "short-job-does-not-qualify")
            {
                _s.Act(TextCodes.AskFkShortJob, Priority.AskFk);
            }
        }

        return Build(verdict, null, verdict == Verdict.NewSgi ? TextCodes.SummaryNewSgi : TextCodes.SummaryNoSgi);
    }

    /// <summary>
    /// While sjukpenning is paid the SGI is protected (SICK-1, 26 kap. 17 §). There is no next ground to start yet, so
    /// there is no deadline: the actions are to answer FK by the date in the letter, a checklist for the day a
    /// decision comes (its date still unknown), and an offer to come back with the decision date.
    /// </summary>
    private Result BuildKommunicering()
    {
        _s.ChainStart = _s.AsOf;
        _s.Add(Evaluation.Contributes(Sick1.Info, Verdict.Protected, "sjukpenning-paid"), _s.AsOf);
        if (_s.Answers.HasSgi == SgiStatus.Unknown)
        {
            _s.Add(Evaluation.Informs(Gen3.Info, "sgi-implied-by-paid-sjukpenning"), _s.AsOf);
        }

        if (_s.Answers.ReplyBy is { } reply && reply < _s.AsOf)
        {
            _s.Act(TextCodes.KommuniceringReplyPassed, Priority.Urgent, by: _s.AsOf);
        }
        else
        {
            _s.Act(TextCodes.KommuniceringReply, Priority.Urgent, by: _s.Answers.ReplyBy);
        }

        _s.Act(TextCodes.KommuniceringDecisionDay, Priority.Dated, link: ActionLinks.Arbetsformedlingen);
        _s.Act(TextCodes.KommuniceringComeBack, Priority.Advice, link: ActionLinks.Checker);
        _s.Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
        var age = Af8.Evaluate(_s.Answers.BirthDate, _s.AsOf, _s.P);
        if (age.IsApplicable)
        {
            _s.Add(age, _s.AsOf);
            _s.Act(TextCodes.AskFkAge, Priority.AskFk);
        }

        var verdict = _verdicts.CombineVerdict();
        return Build(verdict, null, verdict == Verdict.Protected ? TextCodes.SummaryKommunicering : SummaryFor(verdict, null));
    }

    private string SummaryFor(Verdict verdict, Transition? chosen)
    {
        switch (verdict)
        {
            case Verdict.Protected:
                return chosen is { Next: null, Deadline: not null } && chosen.FirstUncovered > _s.AsOf
                    ? TextCodes.SummaryProtectedNextStep
                    : TextCodes.SummaryProtected;
            case Verdict.LikelyProtected:
                if (_s.Findings.Any(f => f.Evaluation.Verdict == Verdict.LikelyProtected && f.Evaluation.RuleId == Af5.Info.Id))
                {
                    return TextCodes.SummaryLikelyProtectedOwnBusiness;
                }

                // "... because you registered within 25 days" only for a registration that has happened.
                var planned = _s.Transitions.Any(t => t.Next?.Step is AfRegistrationStep af && af.IsPlannedOn(_s.AsOf));
                return !planned && _s.Findings.Any(f => f.Evaluation.Verdict == Verdict.LikelyProtected && f.Evaluation.Reason == "within-25-days")
                    ? TextCodes.SummaryLikelyProtected25Days
                    : TextCodes.SummaryLikelyProtected;
            case Verdict.PartlyProtected:
                return TextCodes.SummaryPartlyProtected;
            case Verdict.AtRisk:
                var benefit = _s.Transitions.FirstOrDefault(t => t.Kind == TransitionKind.Benefit);
                if (benefit is { Next: null, Deadline: { } due })
                {
                    return due >= _s.AsOf ? TextCodes.SummaryAtRiskNothingYet : TextCodes.SummaryAtRiskActNow;
                }

                return TextCodes.SummaryAtRisk;
            case Verdict.NotProtected:
                return _s.Findings.Any(f => f.Evaluation.RuleId == Af2.Info.Id)
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
        var ordered = _s.Findings
            .Select((f, i) => (f.Evaluation, Index: i))
            .OrderBy(x => x.Evaluation.Verdict == verdict ? 0 : x.Evaluation.Verdict is null ? 7 : VerdictCombiner.Rank(x.Evaluation))
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
            var info = _s.Set.Get(id);
            if (info.LegalReference.Length > 0)
            {
                legal.Add(new LegalBasisEntry { Ref = info.LegalReference, NoteCode = info.NoteCode, RuleId = id });
            }
        }

        var actions = _s.Actions
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
        foreach (var t in _s.Transitions)
        {
            if (t.Kind == TransitionKind.ChildTurnsOne && t.NextStart is not null && t.Judged?.Verdict is null)
            {
                continue;
            }

            var open = t.NextStart is null;
            if ((open && t.FirstUncovered > _s.AsOf) || (!open && t.NextStart <= t.FirstUncovered) || t.Judged?.Verdict == Verdict.Protected)
            {
                continue;
            }

            var last = open ? _s.AsOf : t.NextStart!.Value.AddDays(-1);
            var planned = t.Next?.Step is AfRegistrationStep af && af.IsPlannedOn(_s.AsOf);
            gaps.Add(new GapSpan(t.FirstUncovered, open ? null : last, last.DayNumber - t.FirstUncovered.DayNumber + 1, t.Judged?.RuleId, t.Judged?.Verdict, planned));
        }

        var summaryParameters = deadline is { } due ? CompositionState.Parameters(("deadline", CompositionState.IsoDate(due))) : Result.EmptyParameters;
        return new Result
        {
            Verdict = verdict,
            Deadline = deadline,
            Windows = deadline is null ? null : chosen!.Windows,
            Rules = rules,
            RulesVersion = _s.Set.VersionText,
            Actions = actions,
            LegalBasis = legal,
            SummaryCode = summaryCode,
            SummaryParameters = summaryParameters,
            Evaluations = [.. _s.Findings.Select(f => f.Evaluation)],
            AsOf = _s.AsOf,
            Gaps = gaps,
        };
    }
}
