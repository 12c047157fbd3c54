using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>
/// Evaluates one period of the chain: hands it to the evaluator for its kind of step; the steps that take a single
/// rule are evaluated here.
/// </summary>
internal sealed class PeriodEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;
    private readonly AfRegistrationEvaluator _afRegistration = new(state);
    private readonly WorkEvaluator _work = new(state);
    private readonly StudiesEvaluator _studies = new(state);
    private readonly ParentalLeaveEvaluator _parentalLeave = new(state);
    private readonly PregnancyEvaluator _pregnancy = new(state);
    private readonly BreakEvaluator _break = new(state);

    public void EvaluatePeriod(Period period)
    {
        var sgi = _s.Answers.SgiHoursPerWeek;
        switch (period.Step)
        {
            case AfRegistrationStep af:
                _afRegistration.Evaluate(period, af, sgi);
                break;
            case WorkStep work:
                _work.Evaluate(period, work, sgi);
                break;
            case StudiesStep studies:
                _studies.Evaluate(period, studies);
                break;
            case ProgramStep programme:
                var prg1 = Prg1.Evaluate(programme.Payment);
                _s.Add(prg1.IsApplicable ? prg1 : Prg2.Evaluate(null, noPayment: true, 0), period.Start);
                break;
            case ParentalLeaveStep leave:
                _parentalLeave.Evaluate(period, leave);
                break;
            case PregnancyLeaveStep pregnancy:
                _pregnancy.Evaluate(period, pregnancy);
                break;
            case MilitaryServiceStep service:
                _s.Add(Mil1.Evaluate(service), period.Start);
                break;
            case SemesterStep:
                _break.Evaluate(period);
                break;
            case AbroadStep abroad:
                var abr = _s.Add(Abr1.Evaluate(abroad), period.Start);
                if (abr.Verdict is null)
                {
                    _break.Evaluate(period);
                }

                _s.Act(TextCodes.AskFkAbroad, Priority.AskFk);
                break;
            case SeverancePayStep:
                var registered = _s.Periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt } && p.Overlaps(period) && p.Start <= period.Start);
                _s.Add(Avg1.Evaluate(registered), period.Start);
                if (!registered)
                {
                    _s.Act(TextCodes.Severance, Priority.Advice, link: ActionLinks.Arbetsformedlingen);
                }

                break;
        }
    }
}
