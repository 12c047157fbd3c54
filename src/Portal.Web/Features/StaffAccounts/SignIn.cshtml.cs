using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Step one of staff sign-in: user name and password. Step two is the authenticator code, or its setup on first sign-in.</summary>
public sealed class SignInModel(
    UserManager<StaffUser> users,
    StaffSignInGuard guard,
    PortalDbContext db,
    TimeProvider time,
    IOptions<StaffSsoOptions> sso,
    IOptions<StaffSignInOptions> local) : StaffPageModel
{
    /// <summary>The agency's single sign-on is configured: the page offers it first.</summary>
    public bool OffersSso => sso.Value.IsConfigured;

    /// <summary>Local accounts (password and authenticator app) are on (StaffSignIn:LocalAccounts).</summary>
    public bool OffersLocal => local.Value.LocalAccounts;

    /// <summary>Why the last single sign-on was refused, in Swedish; null when none was.</summary>
    public string? SsoRefusal { get; private set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SignedOut { get; private set; }

    public void OnGet(string? sso, bool utloggad = false)
    {
        SignedOut = utloggad;
        SsoRefusal = sso switch
        {
            null => null,
            StaffSso.Reasons.Cancelled => "Inloggningen avbröts, så du är inte inloggad. Försök igen om du vill logga in.",
            StaffSso.Reasons.MixedAgencies => "Dina grupper i myndighetens katalog ger dig både rollen Handläggare på Försäkringskassan och rollen Handläggare på Arbetsförmedlingen. Ett konto kan bara höra till en av myndigheterna, så du är inte inloggad. Be it-avdelningen att rätta dina grupper.",
            StaffSso.Reasons.NoRole => "Du har ingen behörighet i portalen, så du är inte inloggad. Behörigheten kommer från dina grupper i myndighetens katalog: be din chef eller it-avdelningen om rätt grupp.",
            _ => "Inloggningen med myndighetens inloggning gick inte att slutföra, så du är inte inloggad. Försök igen. Fungerar det ändå inte, kontakta it-avdelningen.",
        };
        SetLayout("Logga in som personal");
    }

    /// <summary>"Logga in med myndighetens inloggning": to the identity service, and back to /StaffAccounts/SsoReturn.</summary>
    public IActionResult OnPostSso()
    {
        if (!OffersSso)
        {
            return NotFound();
        }

        var properties = new AuthenticationProperties { RedirectUri = Url.Page("/StaffAccounts/SsoReturn") };
        properties.Items[StaffSso.ReturnUrlItem] = ReturnValue;
        return Challenge(properties, StaffSso.Scheme);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SetLayout("Logga in som personal");
        if (!OffersLocal)
        {
            // Only the agency's sign-in: a password posted anyway is refused without being checked.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            SsoRefusal = "Här loggar du in med myndighetens inloggning. Inloggning med lösenord är avstängd.";
            return Page();
        }

        if (string.IsNullOrWhiteSpace(UserName))
        {
            AddError("username", "Användarnamn", "Skriv ditt användarnamn.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            AddError("password", "Lösenord", "Skriv ditt lösenord.");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        // Unknown name, wrong password and locked account: the same hash work, the same answer, so neither the time
        // taken nor the message tells whether the account exists. Attackers are slowed per client address by the
        // sign-in rate limit; the account's own lock is short at first and doubles with each lock in a row.
        var user = await users.FindByNameAsync(UserName!.Trim());
        if (user is null || guard.IsLocked(user) || !await guard.TryReserveAsync(user.Id))
        {
            guard.CheckPassword(null, Password!);
            return await FailAsync(user, user is null ? AuditEventType.StaffSignInFailed : AuditEventType.StaffSignInRefusedWhileLocked);
        }

        if (!guard.CheckPassword(user, Password!))
        {
            var locked = await guard.FailedAsync(user.Id);
            return await FailAsync(user, locked ? AuditEventType.StaffLockedOut : AuditEventType.StaffSignInFailed);
        }

        await guard.RefundAsync(user.Id);
        if (user.TwoFactorEnabled)
        {
            var twoFactor = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            twoFactor.AddClaim(new Claim(ClaimTypes.Name, user.Id));
            await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(twoFactor));
            return RedirectToPage("/StaffAccounts/TwoFactor", new { returnUrl = ReturnValue });
        }

        // First sign-in: the password is right, but the account has no authenticator yet. Nothing is open until it has.
        await HttpContext.SignInAsync(StaffAuthentication.SetUpScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id)], StaffAuthentication.SetUpScheme)));
        return RedirectToPage("/StaffAccounts/SetUpTwoFactor", new { returnUrl = ReturnValue });
    }

    private string? ReturnValue => string.IsNullOrEmpty(ReturnUrl) ? null : ReturnUrl;

    /// <summary>One message for every failure: it does not say whether the account exists or is locked.</summary>
    public const string FailureMessage = "Användarnamnet eller lösenordet är fel, eller så är kontot tillfälligt spärrat efter för många försök. Kontrollera uppgifterna och försök igen om en stund.";

    private async Task<IActionResult> FailAsync(StaffUser? user, AuditEventType eventType)
    {
        var context = new ProcessContext("anonymous", time.GetUtcNow().UtcDateTime, null, ClientAddress);
        db.AuditEvents.Add(context.Event(eventType, "StaffUser", user?.Id ?? "okant-konto"));
        await db.SaveChangesAsync();
        AddError("username", "Användarnamn", FailureMessage);
        Password = null;
        return Page();
    }
}
