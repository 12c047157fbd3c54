using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Features.StaffAccounts;
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

    /// <summary>
    /// Registers the portal's own sign-ins as clients of the stand-in, when they point at it: the e-legitimation
    /// (CitizenIdentification:Broker) and the staff single sign-on (StaffSso), each a public client with PKCE, sent
    /// back to {Authority}{CallbackPath} (and, signed out, to {Authority}{SignedOutCallbackPath}).
    /// </summary>
    public static async Task InitializeDevIdentityProviderAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!IsEnabled(configuration, services.GetRequiredService<IHostEnvironment>()))
        {
            return;
        }

        var broker = configuration.GetSection(CitizenIdentificationOptions.Section).Get<CitizenIdentificationOptions>()?.Broker;
        if (broker is { Authority: { Length: > 0 } authority, ClientId: { Length: > 0 } clientId })
        {
            await RegisterClientAsync(services, clientId, "E-legitimation (testleverantören)", new Uri(authority.TrimEnd('/') + broker.CallbackPath), null, broker.Scopes, cancellationToken);
        }

        var sso = configuration.GetSection(StaffSsoOptions.Section).Get<StaffSsoOptions>();
        if (sso is { Authority: { Length: > 0 } ssoAuthority, ClientId: { Length: > 0 } ssoClientId })
        {
            var root = ssoAuthority.TrimEnd('/');
            await RegisterClientAsync(services, ssoClientId, "Myndighetens inloggning (testleverantören)", new Uri(root + sso.CallbackPath), new Uri(root + sso.SignedOutCallbackPath), sso.Scopes, cancellationToken);
        }
    }

    private static async Task RegisterClientAsync(IServiceProvider services, string clientId, string name, Uri redirectUri, Uri? signedOutUri, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor { ClientId = clientId, ClientType = ClientTypes.Public, DisplayName = name };
        descriptor.RedirectUris.Add(redirectUri);
        if (signedOutUri is not null)
        {
            descriptor.PostLogoutRedirectUris.Add(signedOutUri);
        }

        foreach (var permission in new[] { Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code })
        {
            descriptor.Permissions.Add(permission);
        }

        foreach (var scopeName in scopes.Where(s => s is not (Scopes.OpenId or "")))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scopeName);
        }

        if (await manager.FindByClientIdAsync(clientId, cancellationToken) is { } existing)
        {
            await manager.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await manager.CreateAsync(descriptor, cancellationToken);
        }
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
