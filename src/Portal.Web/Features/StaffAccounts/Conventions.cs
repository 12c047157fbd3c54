using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// Staff accounts: the sign-in and two-factor steps are open (they are how one signs in); the own-account pages need a
/// signed-in staff member (the fallback policy); the administration pages need the role Administratör.
/// </summary>
public static class StaffAccountsConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/StaffAccounts/SignIn");
        conventions.AllowAnonymousToPage("/StaffAccounts/TwoFactor");
        conventions.AllowAnonymousToPage("/StaffAccounts/RecoveryCode");
        conventions.AllowAnonymousToPage("/StaffAccounts/SetUpTwoFactor");
        conventions.AllowAnonymousToPage("/StaffAccounts/AccessDenied");
        conventions.AllowAnonymousToPage("/StaffAccounts/SsoReturn");
        conventions.AuthorizeFolder("/StaffAccounts/Admin", StaffPolicies.Administrator);
    }
}
