using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Evaluates a period of AF registration (AF-1 to AF-5, SICK-1, SICK-2).</summary>
internal sealed class AfRegistrationEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void Evaluate(Period period, AfRegistrationStep af, double? sgi)
    {
        if (af.Status == AfStatus.Forhinder)
        {
            _s.Add(Af2.Evaluate(af.Status), period.Start);
            _s.Add(Sick2.Evaluate(af.Status), period.Start);
            _s.Add(Sick1.Evaluate(ageLimitReached: false), period.Start);
            _s.Act(TextCodes.ChangeToAktivt, Priority.Urgent, by: DeadlineMath.Max(_s.AsOf, period.Start), link: ActionLinks.Arbetsformedlingen);
            _s.Act(TextCodes.ReapplySjukpenning, Priority.Urgent);
            _s.Act(TextCodes.AskFkForhinder, Priority.AskFk);
            _s.Act(TextCodes.AskFkSickEvidence, Priority.AskFk);
            _s.Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
            return;
        }

        _s.Add(Af1.Evaluate(af.Status), period.Start);
        var employed = Af4.Evaluate(_s.Answers.Employment, af.Status);
        if (employed.IsApplicable)
        {
            _s.Add(employed, period.Start);
        }

        var business = Af5.Evaluate(_s.Answers.Employment, registeredAktivt: true);
        if (business.IsApplicable)
        {
            _s.Add(business, period.Start);
            _s.Act(TextCodes.AskFkOwnBusiness, Priority.AskFk);
        }

        var worked = _s.Periods.Where(p => p.Step is WorkStep { Employer: Employer.Same } && p.Overlaps(period))
            .Sum(p => ((WorkStep)p.Step).HoursPerWeek);
        var hours = _s.Add(Af3.Evaluate(af.HoursPerWeek + worked, sgi, _s.P), period.Start);
        if (hours.Verdict == Verdict.PartlyProtected)
        {
            _s.Act(TextCodes.SeekSgiHours, Priority.Dated, link: ActionLinks.Arbetsformedlingen, parameters: CompositionState.Parameters(
                ("sgiHours", CompositionState.Number(sgi!.Value)), ("hoursSought", CompositionState.Number(af.HoursPerWeek + worked))));
        }
        else if (hours.Reason == "sgi-hours-unknown")
        {
            _s.Act(TextCodes.AskFkSgiHours, Priority.AskFk);
        }

        _s.Act(TextCodes.KeepActive, Priority.Advice, link: ActionLinks.RegisterGuide);
        _s.Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
    }
}
