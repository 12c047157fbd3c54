using Microsoft.AspNetCore.Mvc;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>"Jag vill inte ha mötet": an optional reason from fixed choices and short own words (kept encrypted), then the page for those who decline.</summary>
public sealed class DeclineModel(PortalDbContext db, InvitationService invitations, TimeProvider time)
    : InvitationPageModel(db, invitations, time)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ReasonText { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!CanAnswer)
        {
            return Refused();
        }

        if (Invitation.Answer == InvitationAnswers.Declined)
        {
            Reason = Invitation.DeclineReason;
            ReasonText = Invitations.OwnWords(Invitation).DeclineText;
        }

        SetLayout(Text.DeclineTitle);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var reason = DeclineReasons.All.Contains(Reason ?? "") ? Reason : null;
        if (ReasonText?.Trim().Length > DeclineReasons.MaxTextLength)
        {
            AddError("reason-text", Text.ReasonTextLabel, Text.ReasonTextTooLong);
            SetLayout(Text.DeclineTitle);
            return Page();
        }

        var outcome = await Invitations.AnswerAsync(InvitationId, InvitationAnswers.Declined, reason, ReasonText, Context("Tackar nej till mötet"), cancellationToken);
        return outcome == InvitationService.Outcome.Saved ? Redirect(FormUrl("/Questionnaire/Form/WithoutMeeting")) : Refused();
    }
}
