using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
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

        var singleSignOn = User.HasClaim(ClaimTypes.AuthenticationMethod, StaffSso.Method);
        await signIn.SignOutAsync();
        if (singleSignOn && await StaffSso.EndsProviderSessionAsync(HttpContext))
        {
            // The identity service ends its own session too, then sends the person back to the sign-in page.
            return SignOut(new AuthenticationProperties { RedirectUri = Url.Page(StaffAuthentication.SignInPage, new { utloggad = "true" }) }, StaffSso.Scheme);
        }

        return RedirectToPage(StaffAuthentication.SignInPage, new { utloggad = "true" });
    }
}
