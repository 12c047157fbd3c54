using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Evaluates a period of parental leave.</summary>
internal sealed class ParentalLeaveEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void Evaluate(Period period, ParentalLeaveStep leave)
    {
        var birthday = leave.ChildBirthDate.AddYears(1);
        if (period.Start < leave.ChildBirthDate)
        {
            _s.Add(Par1.Evaluate(leave.ChildBirthDate, period.Start), period.Start);
            _s.Act(TextCodes.AskFkPregnancy, Priority.AskFk);
        }

        if (period.Start < birthday && (period.End is null || period.End >= leave.ChildBirthDate))
        {
            _s.Add(Par1.Evaluate(leave.ChildBirthDate, DeadlineMath.Max(period.Start, leave.ChildBirthDate)), period.Start);
        }

        if (period.End is null && birthday > _s.AsOf && leave.ParentalBenefitDaysPerWeek < _s.P.FullParentalBenefitDaysPerWeek)
        {
            // PAR-1 protects until the day before the first birthday; from the birthday a next step is needed (PAR-2).
            _s.Act(TextCodes.ParentalBenefitDays, Priority.Dated, by: birthday);
        }
        else if (period.End is null || period.End >= birthday)
        {
            var from = DeadlineMath.Max(period.Start, birthday);
            var after = _s.Add(Par2.Evaluate(leave.ParentalBenefitDaysPerWeek, _s.P), from);
            if (after.Verdict != Verdict.Protected)
            {
                _s.Act(TextCodes.ParentalBenefitDays, Priority.Dated, by: from);
            }
        }
    }
}
