using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Theme;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Where the e-legitimation ends: the broker's answer (checked by the OpenID Connect handler and kept for minutes in
/// <see cref="CitizenSignIn.ReturnScheme"/>) is read once, its personnummer compared with the invitation, and the
/// person signed in for that invitation only. A refusal (from here or from the handler's events, via orsak) says what
/// happened and what to do. The success is a page with a link, not a redirect: the citizen cookie is SameSite=Strict,
/// and a browser does not send it on the last step of a redirect chain that began at the broker.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SignInReturnModel(PortalDbContext db, IInvitationIdentification identification, IOptions<CitizenIdentificationOptions> options, TimeProvider time) : PageModel
{
    public Language Language { get; private set; } = Languages.Swedish;

    public QuestionnaireJourneyText Text => QuestionnaireJourneyText.For(Language);

    /// <summary>Null when signed in; else one of <see cref="CitizenSignIn.Reasons"/>.</summary>
    public string? Refusal { get; private set; }

    public string? FormUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? orsak, CancellationToken cancellationToken)
    {
        Language = HttpContext.GetLanguage();
        if (orsak is not null)
        {
            return Show(orsak);
        }

        var answer = await HttpContext.AuthenticateAsync(CitizenSignIn.ReturnScheme);
        if (!answer.Succeeded)
        {
            // The answer is read once: without it this page was opened again, or the answer is too old.
            await CitizenSignIn.AuditRefusalAsync(db, HttpContext, null, AuditEventType.InvitationSignInFailed, "Replayed");
            return Show(CitizenSignIn.Reasons.Replayed);
        }

        await HttpContext.SignOutAsync(CitizenSignIn.ReturnScheme);
        var invitationId = CitizenSignIn.InvitationId(answer.Properties);
        var invitation = invitationId is { } id ? await db.Invitations.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == id, cancellationToken) : null;
        if (invitation is null || invitation.IsExpired(time.GetUtcNow().UtcDateTime))
        {
            await CitizenSignIn.AuditRefusalAsync(db, HttpContext, invitationId, AuditEventType.InvitationSignInFailed, "InvitationExpired");
            return Show(CitizenSignIn.Reasons.Expired);
        }

        var personnummer = answer.Principal!.FindFirst(options.Value.Broker.PersonnummerClaim)?.Value;
        var result = await identification.VerifyAsync(invitation, personnummer, CitizenSignIn.Context(HttpContext, invitation.Id), cancellationToken);
        switch (result.Outcome)
        {
            case IdentificationOutcome.Verified:
                await HttpContext.SignInAsync(CitizenAccess.Scheme, CitizenAccess.Principal(invitation));
                FormUrl = Url.Page("/Questionnaire/Form/Index", new { invitationId = invitation.Id, lang = Language.RouteValue });
                return Show(null);
            case IdentificationOutcome.Mismatch:
                await HttpContext.SignOutAsync(CitizenAccess.Scheme);
                return Show(CitizenSignIn.Reasons.AnotherPerson);
            default:
                return Show(CitizenSignIn.Reasons.Failed);
        }
    }

    public (string Title, string Text) Message => Refusal switch
    {
        null => (Text.EidDoneTitle, Text.EidDoneText),
        CitizenSignIn.Reasons.Cancelled => (Text.EidCancelledTitle, Text.EidCancelledText),
        CitizenSignIn.Reasons.Replayed => (Text.EidReplayedTitle, Text.EidReplayedText),
        CitizenSignIn.Reasons.Expired => (Text.EidExpiredTitle, Text.EidExpiredText),
        CitizenSignIn.Reasons.AnotherPerson => (Text.EidAnotherPersonTitle, Text.EidAnotherPersonText),
        _ => (Text.EidFailedTitle, Text.EidFailedText),
    };

    private PageResult Show(string? refusal)
    {
        Refusal = refusal;
        if (refusal == CitizenSignIn.Reasons.AnotherPerson)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Language, Message.Title, noIndex: true, url: Url);
        return Page();
    }
}
