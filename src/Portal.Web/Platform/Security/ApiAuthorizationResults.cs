using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Portal.Web.Platform.Hosting;

namespace Portal.Web.Platform.Security;

/// <summary>
/// A refused call to /api/v1 gets an RFC 7807 problem document in Swedish beside the scheme's own answer (OpenIddict's
/// validation sets 401 or 403 and the WWW-Authenticate header with the error); pages keep the default behaviour.
/// </summary>
internal sealed class ApiAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (!context.Request.Path.StartsWithSegments("/api/v1") || context.Response.HasStarted || !(authorizeResult.Challenged || authorizeResult.Forbidden))
        {
            return;
        }

        if (authorizeResult.Challenged)
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Inloggning krävs",
                "Skicka en giltig åtkomsttoken (Bearer) från portalens tokenadress /connect/token.");
        }
        else
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "Behörighet saknas",
                "Token saknar det scope som krävs, eller kontot får inte göra detta.");
        }
    }
}
