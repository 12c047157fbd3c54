using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Evaluates a period of work.</summary>
internal sealed class WorkEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void Evaluate(Period period, WorkStep work, double? sgi)
    {
        var seeking = _s.Periods.Where(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Overlaps(period))
            .Sum(p => ((AfRegistrationStep)p.Step).HoursPerWeek);
        var general = Gen2.Evaluate(work.Employer, work.HoursPerWeek, sgi, _s.P);
        if (work.Employer == Employer.Same)
        {
            var back = Work1.Evaluate(work, sgi, _s.ReferenceDay, _s.P);
            if (back.IsApplicable)
            {
                _s.Add(back, period.Start);
            }

            var lower = Work2.Evaluate(work, sgi, seeking, _s.P);
            if (lower.IsApplicable)
            {
                _s.Add(lower, period.Start);
                if (lower.Verdict == Verdict.PartlyProtected)
                {
                    _s.Act(TextCodes.RegisterAfRest, Priority.Dated, link: ActionLinks.Arbetsformedlingen,
                        parameters: CompositionState.Parameters(("restHours", CompositionState.Number(sgi!.Value - work.HoursPerWeek - seeking))));
                }
                else if (lower.Verdict == Verdict.AtRisk)
                {
                    _s.Act(TextCodes.AskFkSgiHours, Priority.AskFk);
                }
            }
        }
        else
        {
            var job = _s.Add(Work3.Evaluate(work, sgi, seeking, _s.P), period.Start);
            switch (job.Reason)
            {
                case "short-job":
                    _s.Add(Req1.Evaluate(work, _s.P), period.Start);
                    _s.Act(TextCodes.AskFkShortJob, Priority.AskFk);
                    break;
                case "fewer-hours-seeking-the-rest":
                    _s.Act(TextCodes.AskFkNewJobPartTime, Priority.AskFk);
                    break;
                case "sgi-hours-unknown":
                    _s.Act(TextCodes.AskFkSgiHours, Priority.AskFk);
                    break;
            }
        }

        if (general.IsApplicable && !(work.Employer == Employer.New && Req1.IsShortJob(work, _s.P)))
        {
            _s.Add(general, period.Start);
        }
    }
}
