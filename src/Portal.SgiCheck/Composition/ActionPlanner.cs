using Portal.SgiCheck.Model;
using Portal.SgiCheck.Texts;

namespace Portal.SgiCheck.Composition;

/// <summary>Plans the actions that follow from the chosen deadline and from the verdict.</summary>
internal sealed class ActionPlanner(CompositionState state)
{
    private readonly CompositionState _s = state;

    public void AddDeadlineAction(Transition? chosen)
    {
        var done = chosen?.NextStart is { } start && start <= _s.AsOf && chosen.Next?.Step is not AfRegistrationStep { Registered: false };
        if (chosen is not { Deadline: { } deadline, ActionCode: { } code } || done)
        {
            return;
        }

        var registers = code is TextCodes.RegisterAf or TextCodes.RegisterAfAfterStudies or TextCodes.RegisterAfAfterProgramme;
        if (deadline < _s.AsOf)
        {
            _s.Act(TextCodes.RegisterAfNow, Priority.Urgent, by: _s.AsOf, link: ActionLinks.Arbetsformedlingen);
            _s.Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
            return;
        }

        _s.Act(code, registers ? Priority.Urgent : Priority.Dated, by: deadline, link: registers ? ActionLinks.Arbetsformedlingen : null);
        if (registers)
        {
            _s.Act(TextCodes.SaveEvidence, Priority.Info, link: ActionLinks.ProtectSgi);
        }
    }

    public void AddVerdictActions(Verdict verdict)
    {
        switch (verdict)
        {
            case Verdict.LikelyProtected:
                _s.Act(TextCodes.AskFkConfirm, Priority.AskFk);
                break;
            case Verdict.AtRisk:
                if (!_s.Actions.Any(a => a.Code.StartsWith("action.ask-fk.", StringComparison.Ordinal)))
                {
                    _s.Act(TextCodes.AskFkGeneral, Priority.AskFk);
                }

                _s.Act(TextCodes.GetHelp, Priority.Last, link: ActionLinks.Contact);
                break;
            case Verdict.NotProtected or Verdict.PartlyProtected:
                _s.Act(TextCodes.GetHelp, Priority.Last, link: ActionLinks.Contact);
                break;
        }
    }
}
