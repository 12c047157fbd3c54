using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Security;

namespace Portal.Web.Pages.Staff.Account;

/// <summary>Step one of staff sign-in: user name and password. Step two is the authenticator code, or its setup on first sign-in.</summary>
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Locked { get; private set; }

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

        var user = await users.FindByNameAsync(UserName!.Trim());
        if (user is null)
        {
            return await FailAsync(null, AuditEventType.StaffSignInFailed);
        }

        if (user.TwoFactorEnabled)
        {
            var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.RequiresTwoFactor)
            {
                return Redirect("/personal/tvastegsverifiering" + ReturnQuery);
            }

            return await FailAsync(user, result.IsLockedOut ? AuditEventType.StaffLockedOut : AuditEventType.StaffSignInFailed, result.IsLockedOut);
        }

        // First sign-in: the password is right, but the account has no authenticator yet. Nothing is open until it has.
        var check = await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return await FailAsync(user, check.IsLockedOut ? AuditEventType.StaffLockedOut : AuditEventType.StaffSignInFailed, check.IsLockedOut);
        }

        await HttpContext.SignInAsync(StaffAuthentication.SetUpScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id)], StaffAuthentication.SetUpScheme)));
        return Redirect("/personal/konfigurera-tvastegsverifiering" + ReturnQuery);
    }

    private string ReturnQuery => string.IsNullOrEmpty(ReturnUrl) ? "" : "?returnUrl=" + Uri.EscapeDataString(ReturnUrl);

    private async Task<IActionResult> FailAsync(StaffUser? user, AuditEventType eventType, bool locked = false)
    {
        var context = new ProcessContext("anonymous", time.GetUtcNow().UtcDateTime, null, ClientAddress);
        db.AuditEvents.Add(context.Event(eventType, "StaffUser", user?.Id ?? "okant-konto"));
        await db.SaveChangesAsync();
        Locked = locked || (user is not null && await users.IsLockedOutAsync(user));
        if (!Locked)
        {
            AddError("username", "Användarnamn", "Användarnamnet eller lösenordet är fel.");
        }

        Password = null;
        return Page();
    }
}
