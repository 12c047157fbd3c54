using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation.AspNetCore;
using Portal.Web.Platform.Hosting;

namespace Portal.Web.Platform.Security;

/// <summary>
/// A refused call to /api/v1 gets an RFC 7807 problem document in Swedish beside the scheme's own answer (OpenIddict's
/// validation or the agency issuer's JWT bearer handler sets 401 or 403 and the WWW-Authenticate header with the error);
/// pages keep the default behaviour.
/// </summary>
internal sealed class ApiAuthorizationResults(IOptions<AgencyIssuerOptions> agency) : IAuthorizationMiddlewareResultHandler
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
            var sources = agency.Value.IsConfigured
                ? "portalens tokenadress /connect/token eller myndighetens identitetstjänst"
                : "portalens tokenadress /connect/token";
            await ApiProblems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Inloggning krävs",
                $"{await WhyAsync(context)} Skicka en giltig åtkomsttoken (Bearer) från {sources}, utfärdad till portalen och inte utgången.");
        }
        else
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "Behörighet saknas",
                "Token saknar det scope som krävs, eller kontot får inte göra detta.");
        }
    }

    /// <summary>Why the bearer token was refused, when the handler says (the result of this request is cached by the handler).</summary>
    private static async Task<string> WhyAsync(HttpContext context)
    {
        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return "Anropet har ingen token.";
        }

        var result = await context.AuthenticateAsync(CaseApiBearer.Scheme);
        // OpenIddict's validation names its reason by a documented error id at the end of error_uri.
        var openIddictError = result.Properties?.GetString(OpenIddictValidationAspNetCoreConstants.Properties.ErrorUri)?.Split('/')[^1];
        return (result.Failure, openIddictError) switch
        {
            (SecurityTokenExpiredException, _) => "Token har gått ut.",
            (_, "ID2019") => "Token har gått ut eller har dragits tillbaka.",
            (SecurityTokenInvalidAudienceException, _) or (_, "ID2094") => "Token är utfärdad till en annan mottagare (aud) än portalen.",
            (SecurityTokenInvalidIssuerException or SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException, _) =>
                "Token är inte utfärdad och signerad av en utfärdare som portalen litar på.",
            _ => "Token gäller inte här: den kan ha gått ut, vara utfärdad till en annan mottagare, komma från en okänd utfärdare eller höra till ett spärrat ärendesystem.",
        };
    }
}
