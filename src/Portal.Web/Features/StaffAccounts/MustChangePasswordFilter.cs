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

    public const string ChangePasswordPath = "/personal/konto/byt-losenord";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var path = context.HttpContext.Request.Path;
        if (context.HttpContext.User.HasClaim(ClaimType, "true")
            && !path.StartsWithSegments(ChangePasswordPath, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/personal/logga-ut", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/fel", StringComparison.OrdinalIgnoreCase))
        {
            context.Result = new RedirectResult(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next();
    }
}
