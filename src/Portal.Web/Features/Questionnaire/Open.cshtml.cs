using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>The personal invitation link: the person confirms who they are before seeing anything about the meeting.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class OpenModel(PortalDbContext db, IInvitationIdentification identification, TimeProvider time) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Personnummer { get; set; }

    public Language Language { get; private set; } = Languages.Swedish;

    public QuestionnaireJourneyText Text => QuestionnaireJourneyText.For(Language);

    public string? Error { get; private set; }

    public bool IsLocked { get; private set; }

    /// <summary>True when the person types their personnummer here; false when the button sends them to the e-legitimation.</summary>
    public bool IsTyped => identification.IsTyped;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(cancellationToken);
        if (invitation is null)
        {
            return LinkNotValid();
        }

        var citizen = await HttpContext.AuthenticateAsync(CitizenAccess.Scheme);
        if (citizen.Succeeded && CitizenAccess.InvitationId(citizen.Principal) == invitation.Id)
        {
            return RedirectToPage("/Questionnaire/Form/Invitation", new { invitationId = invitation.Id, lang = Language.RouteValue });
        }

        IsLocked = identification.IsTyped && invitation.IsLocked(time.GetUtcNow().UtcDateTime);
        return ShowPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(cancellationToken);
        if (invitation is null)
        {
            return LinkNotValid();
        }

        if (!identification.IsTyped)
        {
            // The broker answers at the callback; /Questionnaire/SignInReturn then compares the person with the invitation.
            var returnUrl = Url.Page("/Questionnaire/SignInReturn", new { lang = Language.RouteValue })
                ?? throw new InvalidOperationException("The page /Questionnaire/SignInReturn has no address.");
            return Challenge(CitizenSignIn.Challenge(invitation, Language, returnUrl), CitizenSignIn.Scheme);
        }

        var context = new ProcessContext("citizen:" + invitation.Id, time.GetUtcNow().UtcDateTime, "Identifiering med personnummer", HttpContext.Connection.RemoteIpAddress?.ToString());
        var result = await identification.VerifyAsync(invitation, Personnummer, context, cancellationToken);
        switch (result.Outcome)
        {
            case IdentificationOutcome.Verified:
                await HttpContext.SignInAsync(CitizenAccess.Scheme, CitizenAccess.Principal(invitation));
                return RedirectToPage("/Questionnaire/Form/Invitation", new { invitationId = invitation.Id, lang = Language.RouteValue });
            case IdentificationOutcome.Locked:
                IsLocked = true;
                Personnummer = null;
                break;
            case IdentificationOutcome.InvalidInput:
                Error = Language == Languages.English ? EnglishFormatError : result.Message;
                break;
            default:
                Error = string.Format(CultureInfo.InvariantCulture, Text.WrongPersonnummer, result.AttemptsLeft);
                break;
        }

        // What the person typed stays in the field (this page is never cached), so a typing slip can be corrected.
        ModelState.Clear();
        return ShowPage();
    }

    private const string EnglishFormatError = "Enter a valid personnummer with 12 digits, for example 19800101-1234.";

    private async Task<Invitation?> FindAsync(CancellationToken cancellationToken)
    {
        Language = HttpContext.GetLanguage();
        if (!Invitation.LooksLikeToken(Token))
        {
            return null;
        }

        var hash = Invitation.HashToken(Token);
        var invitation = await db.Invitations.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is null || invitation.IsExpired(time.GetUtcNow().UtcDateTime) ? null : invitation;
    }

    private RedirectToPageResult LinkNotValid() =>
        RedirectToPage("/Questionnaire/LinkNotValid", new { lang = Language.RouteValue });

    private PageResult ShowPage()
    {
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(
            Language, Text.IdentifyTitle, QuestionnaireLanguages.Links(HttpContext, Language), noIndex: true, url: Url);
        return Page();
    }
}
