using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Step two of staff sign-in: the TOTP code from the authenticator app (RFC 6238).</summary>
public sealed class TwoFactorModel(SignInManager<StaffUser> signIn, StaffSignInGuard guard, StaffTotp totp, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage(StaffAuthentication.SignInPage);
        }

        SetLayout("Skriv koden från din app");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SetLayout("Skriv koden från din app");
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage(StaffAuthentication.SignInPage);
        }

        var code = TwoFactorCodes.Normalize(Code);
        if (code is null)
        {
            AddError("code", "Kod", "Skriv de 6 siffrorna från appen.");
            return Page();
        }

        var context = new ProcessContext("staff:" + user.Id, time.GetUtcNow().UtcDateTime, null, ClientAddress);
        if (guard.IsLocked(user) || !await guard.TryReserveAsync(user.Id))
        {
            db.AuditEvents.Add(context.Event(AuditEventType.StaffSignInRefusedWhileLocked, "StaffUser", user.Id));
            await db.SaveChangesAsync();
            Locked = true;
            return Page();
        }

        if (await totp.TryUseAsync(user, code))
        {
            await guard.SucceededAsync(user.Id);
            db.AuditEvents.Add(context.Event(AuditEventType.StaffSignedIn, "StaffUser", user.Id));
            await db.SaveChangesAsync();
            await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
            return Redirect(SafeReturnUrl(ReturnUrl));
        }

        Locked = await guard.FailedAsync(user.Id);
        db.AuditEvents.Add(context.Event(Locked ? AuditEventType.StaffLockedOut : AuditEventType.StaffTwoFactorFailed, "StaffUser", user.Id));
        await db.SaveChangesAsync();
        if (!Locked)
        {
            AddError("code", "Kod", "Koden stämmer inte. Koden byts var 30:e sekund: skriv den som visas nu. En kod fungerar bara en gång.");
        }

        return Page();
    }
}

public static class TwoFactorCodes
{
    /// <summary>Six digits, with spaces and dashes removed; null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        var code = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }
}
