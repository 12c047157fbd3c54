using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Step two with a one-time recovery code instead of the app.</summary>
public sealed class RecoveryCodeModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffSignInGuard guard, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage(StaffAuthentication.SignInPage);
        }

        SetLayout("Logga in med en återställningskod");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SetLayout("Logga in med en återställningskod");
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage(StaffAuthentication.SignInPage);
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            AddError("recovery-code", "Återställningskod", "Skriv en av dina återställningskoder.");
            return Page();
        }

        // A recovery code is a second factor like the app's code: it counts against the same tries and does not open a locked account.
        var context = new ProcessContext("staff:" + user.Id, time.GetUtcNow().UtcDateTime, null, ClientAddress);
        if (guard.IsLocked(user) || !await guard.TryReserveAsync(user.Id))
        {
            db.AuditEvents.Add(context.Event(AuditEventType.StaffSignInRefusedWhileLocked, "StaffUser", user.Id));
            await db.SaveChangesAsync();
            AddError("recovery-code", "Återställningskod", LockedMessage);
            return Page();
        }

        if (await RedeemAsync(user, code))
        {
            await guard.SucceededAsync(user.Id);
            db.AuditEvents.Add(context.Event(AuditEventType.StaffSignedInWithRecoveryCode, "StaffUser", user.Id));
            await db.SaveChangesAsync();
            await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
            return RedirectToPage("/StaffAccounts/Index");
        }

        var locked = await guard.FailedAsync(user.Id);
        db.AuditEvents.Add(context.Event(locked ? AuditEventType.StaffLockedOut : AuditEventType.StaffRecoveryCodeFailed, "StaffUser", user.Id));
        await db.SaveChangesAsync();
        AddError("recovery-code", "Återställningskod", locked ? LockedMessage : "Koden är fel eller redan använd.");
        return Page();
    }

    private const string LockedMessage = "Kontot är spärrat efter för många felaktiga försök. Försök igen om en stund, eller be en administratör låsa upp det.";

    /// <summary>
    /// Uses up the code. Two requests with the same code race on the account row's concurrency stamp: one saves, the
    /// other's save is refused as a whole (the code is then already used), which is a wrong answer, not an error.
    /// </summary>
    private async Task<bool> RedeemAsync(StaffUser user, string code)
    {
        try
        {
            return (await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
