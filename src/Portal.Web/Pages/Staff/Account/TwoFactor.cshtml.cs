using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Security;

namespace Portal.Web.Pages.Staff.Account;

/// <summary>Step two of staff sign-in: the TOTP code from the authenticator app (RFC 6238).</summary>
public sealed class TwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, PortalDbContext db, TimeProvider time) : StaffPageModel
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
            return Redirect(StaffAuthentication.SignInPath);
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
            return Redirect(StaffAuthentication.SignInPath);
        }

        var code = TwoFactorCodes.Normalize(Code);
        if (code is null)
        {
            AddError("code", "Kod", "Skriv de 6 siffrorna från appen.");
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        var context = new ProcessContext("staff:" + user.Id, time.GetUtcNow().UtcDateTime, null, ClientAddress);
        db.AuditEvents.Add(context.Event(result.Succeeded ? AuditEventType.StaffSignedIn : result.IsLockedOut ? AuditEventType.StaffLockedOut : AuditEventType.StaffTwoFactorFailed, "StaffUser", user.Id));
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            return Redirect(SafeReturnUrl(ReturnUrl));
        }

        Locked = result.IsLockedOut || await users.IsLockedOutAsync(user);
        if (!Locked)
        {
            AddError("code", "Kod", "Koden stämmer inte. Koden byts var 30:e sekund: skriv den som visas nu.");
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
