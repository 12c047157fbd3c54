using Microsoft.AspNetCore.Mvc;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// The person gives or withdraws the consent to share their answers with Arbetsförmedlingen, from their link, until
/// the meeting starts. A plain form (no JavaScript); each change is audited and counts at once for AF.
/// </summary>
public sealed class ConsentModel(PortalDbContext db, InvitationService invitations, TimeProvider time)
    : InvitationPageModel(db, invitations, time)
{
    public const string Yes = "ja";
    public const string No = "nej";

    [BindProperty]
    public string? Choice { get; set; }

    public bool Saved { get; private set; }

    public bool CanChange => AfConsentRules.CanChange(Meeting, NowUtc);

    public async Task<IActionResult> OnGetAsync(string? klart, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!MeetingTypes.AfTakesPart(Meeting.Type))
        {
            return Refused();
        }

        Saved = klart == "sparat";
        Choice = Meeting.AfConsent switch
        {
            AfConsent.Given => Yes,
            AfConsent.Refused or AfConsent.Withdrawn => No,
            _ => null,
        };
        SetLayout(Text.ConsentHeading);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!MeetingTypes.AfTakesPart(Meeting.Type))
        {
            return Refused();
        }

        if (Choice is not (Yes or No))
        {
            AddError("choice", Text.ConsentLegend, Text.ConsentChoose);
            SetLayout(Text.ConsentHeading);
            return Page();
        }

        var reason = Choice == Yes ? "Samtycker till att dela svaren med Arbetsförmedlingen" : "Samtycker inte till att dela svaren med Arbetsförmedlingen";
        var outcome = await AfConsentRules.ChangeAsync(Db, Meeting.Id, Choice == Yes, Context(reason), cancellationToken);
        return Redirect(FormUrl("/Questionnaire/Form/Consent") + (outcome == AfConsentRules.Outcome.Saved ? "?klart=sparat" : ""));
    }
}
