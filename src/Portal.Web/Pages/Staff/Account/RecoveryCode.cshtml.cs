using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Security;

namespace Portal.Web.Pages.Staff.Account;

/// <summary>Step two with a one-time recovery code instead of the app.</summary>
public sealed class RecoveryCodeModel(SignInManager<StaffUser> signIn, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect(StaffAuthentication.SignInPath);
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
            return Redirect(StaffAuthentication.SignInPath);
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            AddError("recovery-code", "Återställningskod", "Skriv en av dina återställningskoder.");
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        var context = new ProcessContext("staff:" + user.Id, time.GetUtcNow().UtcDateTime, null, ClientAddress);
        db.AuditEvents.Add(context.Event(result.Succeeded ? AuditEventType.StaffSignedInWithRecoveryCode : AuditEventType.StaffRecoveryCodeFailed, "StaffUser", user.Id));
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            return Redirect("/personal");
        }

        AddError("recovery-code", "Återställningskod", result.IsLockedOut ? "Kontot är spärrat efter för många felaktiga försök." : "Koden är fel eller redan använd.");
        return Page();
    }
}
