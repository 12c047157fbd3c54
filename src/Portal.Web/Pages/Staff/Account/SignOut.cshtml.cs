using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Security;

namespace Portal.Web.Pages.Staff.Account;

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
        return Redirect(StaffAuthentication.SignInPath + "?utloggad=true");
    }
}
