using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Evaluates what holds for the person as a whole: sanctions, age, own business, omprövning, employer pay.</summary>
internal sealed class PersonEvaluator(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void EvaluateSanctions()
    {
        if (_s.Answers.Sanctions is not { Count: > 0 } sanctions)
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
                    _s.Add(listed, sanction.From);
                }
                else
                {
                    _s.Add(Prg3.Evaluate(sanction.Reason, sanction.Days, declinedInsats), sanction.From);
                    _s.Act(TextCodes.AppealSanction, Priority.Dated);
                    _s.Act(TextCodes.AskFkSanction, Priority.AskFk);
                }

                if (sanction.Reason == SanctionReason.DeclinedInsatsOnce)
                {
                    declinedInsats++;
                }
            }
            else
            {
                _s.Add(Af6.Evaluate(sanction), sanction.From);
                _s.Act(TextCodes.AppealSanction, Priority.Dated);
                _s.Act(TextCodes.AskFkSanction, Priority.AskFk);
            }
        }
    }

    public void EvaluateGlobals()
    {
        var age = Af8.Evaluate(_s.Answers.BirthDate, DeadlineMath.Max(_s.AsOf, _s.ChainStart), _s.P);
        if (age.IsApplicable)
        {
            _s.Add(age, _s.ChainStart);
            _s.Add(Sick1.Evaluate(ageLimitReached: true), _s.ChainStart);
            _s.Act(TextCodes.AskFkAge, Priority.AskFk);
        }

        var registered = _s.Periods.Any(p => p.Step is AfRegistrationStep { Status: AfStatus.Aktivt });
        if (_s.Answers.Employment == Employment.OwnBusiness && !registered)
        {
            _s.Add(Af5.Evaluate(_s.Answers.Employment, registeredAktivt: false), _s.ChainStart);
            _s.Act(TextCodes.AskFkOwnBusiness, Priority.AskFk);
        }

        var omprovning = Sick3.Evaluate(_s.Answers.Situation, _s.Answers.OmprovningRequested);
        if (omprovning.IsApplicable)
        {
            _s.Add(omprovning, _s.ChainStart);
            _s.Act(TextCodes.RegisterDuringOmprovning, Priority.Advice, link: ActionLinks.Arbetsformedlingen);
        }

        var backAtWork = _s.Periods.Any(p => p.Step is WorkStep { Employer: Employer.Same });
        var employerPay = Sick4.Evaluate(_s.Answers.Employment, backAtWork);
        if (employerPay.IsApplicable)
        {
            _s.Add(employerPay, _s.ChainStart);
            _s.Act(TextCodes.EmployerPay, Priority.Advice);
        }

        if (_s.Answers.Situation is not (Situation.SjukpenningEnded or Situation.Kommunicering) && _s.Answers.OmprovningRequested != true)
        {
            _s.Act(TextCodes.RequestOmprovning, Priority.Advice, link: ActionLinks.Omprovning);
        }
    }
}
