using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Portal.Web.Platform.Security;

/// <summary>
/// How the portal signs people in at an OpenID Connect provider (the citizens' e-legitimation broker, the staff's
/// single sign-on): ASP.NET Core's handler, as Orchard Core's OpenID client uses it, with the authorization code and
/// PKCE (S256), state and nonce; the answer in the query, so the callback needs no script; claims as the provider names
/// them; no tokens kept.
/// </summary>
public static class OpenIdConnectClient
{
    public static void Configure(
        OpenIdConnectOptions options,
        string authority,
        string? clientId,
        string? clientSecret,
        IEnumerable<string> scopes,
        string callbackPath,
        string cookiePrefix,
        IHostEnvironment environment)
    {
        options.Authority = authority.Trim();
        options.ClientId = clientId;
        options.ClientSecret = string.IsNullOrWhiteSpace(clientSecret) ? null : clientSecret;
        options.CallbackPath = callbackPath;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add("openid");
        foreach (var scope in scopes.Where(s => !string.IsNullOrWhiteSpace(s) && s != "openid"))
        {
            options.Scope.Add(scope);
        }

        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.SaveTokens = false;
        options.RequireHttpsMetadata = !environment.IsDevelopment();
        options.RemoteAuthenticationTimeout = TimeSpan.FromMinutes(15);
        options.CorrelationCookie.Name = cookiePrefix + ".correlation.";
        options.NonceCookie.Name = cookiePrefix + ".nonce.";
        if (environment.IsDevelopment())
        {
            // dotnet run serves plain http on the loopback address, where a SameSite=None cookie needs Secure.
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }
    }
}
