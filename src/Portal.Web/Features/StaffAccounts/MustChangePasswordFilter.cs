using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// A staff member whose password was set by someone else (a new account, the first-administrator command) sees only
/// the password change page, and sign-out, until they have chosen their own password.
/// </summary>
public sealed class MustChangePasswordFilter : IAsyncPageFilter
{
    public const string ClaimType = "portal:must-change-password";

    /// <summary>The pages open until then: the password change itself, sign-out and the error page.</summary>
    private static readonly HashSet<string> OpenPages = ["/StaffAccounts/ChangePassword", "/StaffAccounts/SignOut", "/Errors/Error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.HasClaim(ClaimType, "true") && !OpenPages.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new RedirectToPageResult("/StaffAccounts/ChangePassword");
            return Task.CompletedTask;
        }

        return next();
    }
}
