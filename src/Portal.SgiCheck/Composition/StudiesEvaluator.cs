using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Evaluates a period of studies.</summary>
internal sealed class StudiesEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void Evaluate(Period period, StudiesStep studies)
    {
        var withSupport = Stu1.Evaluate(studies.Studiestod);
        if (withSupport.IsApplicable)
        {
            _s.Add(withSupport, period.Start);
            if (_s.Set.InForce(Stu6.Info, period.Start))
            {
                _s.Add(Stu6.Evaluate(studies), period.Start);
                _s.Act(TextCodes.AskFkOmstallningsstudiestod, Priority.AskFk);
            }

            return;
        }

        var without = _s.Set.InForce(Stu2.Info, period.Start) ? Stu2.Evaluate(studies, _s.Answers.BirthDate, _s.P) : Evaluation.NotApplicable(Stu2.Info);
        if (without.IsApplicable)
        {
            _s.Add(without, period.Start);
            if (without.Verdict == Verdict.AtRisk)
            {
                _s.Act(TextCodes.AskFkStudies, Priority.AskFk);
            }
        }

        var ownField = Stu3.Evaluate(_s.Answers.Employment, without.IsApplicable);
        if (ownField.IsApplicable)
        {
            _s.Add(ownField, period.Start);
            _s.Act(TextCodes.AskFkStudies, Priority.AskFk);
            return;
        }

        if (!without.IsApplicable)
        {
            var coveredByAf = _s.Periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt, HoursPerWeek: > 0 } && p.Overlaps(period));
            var other = _s.Add(Stu5.Evaluate(coveredByAf), period.Start);
            if (other.Verdict is not null)
            {
                _s.Act(TextCodes.RegisterAfDuringStudies, Priority.Dated, link: ActionLinks.Arbetsformedlingen);
            }
        }
    }
}
