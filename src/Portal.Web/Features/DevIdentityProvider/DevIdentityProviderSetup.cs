using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Web.Features.DevIdentityProvider;

/// <summary>Settings of the stand-in identity provider (section DevIdentityProvider).</summary>
public sealed class DevIdentityProviderOptions
{
    public const string Section = "DevIdentityProvider";

    /// <summary>On in Development unless set; refused in Production.</summary>
    public bool? Enabled { get; set; }
}

/// <summary>
/// A stand-in for the agency's e-legitimation broker and single sign-on, on the portal's own OpenIddict server, for a
/// development machine and the tests: /connect/authorize (authorization code with PKCE, nothing else) shows a page where
/// one chooses a test person or a demo staff member and is sent back with real, signed tokens. Its clients are the
/// portal's own sign-ins, configured like any provider's.
/// </summary>
public static class DevIdentityProviderSetup
{
    public const string AuthorizePath = "/connect/authorize";
    public const string EndSessionPath = "/connect/logout";

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetSection(DevIdentityProviderOptions.Section).Get<DevIdentityProviderOptions>()?.Enabled ?? environment.IsDevelopment();

    public static IServiceCollection AddDevIdentityProvider(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<RazorPagesOptions>(options => DevIdentityProviderConventions.Apply(options.Conventions));
        if (!IsEnabled(configuration, environment))
        {
            return services;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException("DevIdentityProvider:Enabled lets anyone sign in as any test person or staff member, and is refused in Production. Remove the setting.");
        }

        services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris(AuthorizePath);
            server.SetEndSessionEndpointUris(EndSessionPath);
            server.SetConfigurationEndpointUris("/.well-known/openid-configuration");
            server.SetJsonWebKeySetEndpointUris("/.well-known/jwks");
            server.AllowAuthorizationCodeFlow();
            server.RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile, TestIdentities.PersonnummerClaim, TestIdentities.GroupsClaim);
            server.RegisterClaims(Claims.Name, Claims.PreferredUsername, TestIdentities.PersonnummerClaim, TestIdentities.GroupsClaim);
            server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough();
        });
        return services;
    }

    public static WebApplication MapDevIdentityProvider(this WebApplication app)
    {
        if (IsEnabled(app.Configuration, app.Environment))
        {
            // The stand-in keeps no session of its own: signing out only sends the person back where the client asked.
            app.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], () => Results.SignOut(
                new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = "/" },
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme])).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }
}
