using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Evaluates a period of pregnancy leave.</summary>
internal sealed class PregnancyEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void Evaluate(Period period, PregnancyLeaveStep pregnancy)
    {
        var afterStudies = Preg2.Evaluate(period.Previous?.Step is StudiesStep);
        if (afterStudies.IsApplicable)
        {
            _s.Add(afterStudies, period.Start);
            _s.Act(TextCodes.RegisterAfAfterStudies, Priority.Dated, by: period.Start, link: ActionLinks.Arbetsformedlingen);
        }
        else
        {
            var stopped = _s.Add(Preg1.Evaluate(_s.Answers.Employment, pregnancy.ExpectedBirthDate, pregnancy.From, _s.P), period.Start);
            if (stopped.Verdict == Verdict.AtRisk)
            {
                _s.Act(TextCodes.AskFkPregnancy, Priority.AskFk);
            }
        }

        if (period.End is null || period.End >= pregnancy.ExpectedBirthDate)
        {
            _s.Add(Par1.Evaluate(pregnancy.ExpectedBirthDate, pregnancy.ExpectedBirthDate), pregnancy.ExpectedBirthDate);
        }
    }
}
