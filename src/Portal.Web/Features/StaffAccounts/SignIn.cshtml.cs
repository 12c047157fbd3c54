using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Step one of staff sign-in: user name and password. Step two is the authenticator code, or its setup on first sign-in.</summary>
public sealed class SignInModel(UserManager<StaffUser> users, StaffSignInGuard guard, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SignedOut { get; private set; }

    public void OnGet(bool utloggad = false)
    {
        SignedOut = utloggad;
        SetLayout("Logga in som personal");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SetLayout("Logga in som personal");
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
