using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

public sealed class SignOutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    public void OnGet() => SetLayout("Logga ut");

    public async Task<IActionResult> OnPostAsync()
    {
        var context = new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, null, ClientAddress);
        db.AuditEvents.Add(context.Event(AuditEventType.StaffSignedOut, "StaffUser", User.StaffId() ?? ""));
        await db.SaveChangesAsync();
        // A new security stamp makes every copy of this account's session cookies invalid on every instance.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage(StaffAuthentication.SignInPage, new { utloggad = "true" });
    }
}
