using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using Portal.Web.Features.CaseSystems;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Security;

/// <summary>The portal's own OpenID Connect server (section OpenIdServer).</summary>
public sealed class OpenIdServerOptions
{
    public const string Section = "OpenIdServer";

    /// <summary>How long an access token for the case API lives.</summary>
    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>
    /// Serve the token endpoint over plain http. Only for a development machine; in every other environment TLS ends at
    /// the load balancer, which says so in X-Forwarded-Proto. On by itself in Development.
    /// </summary>
    public bool AllowHttp { get; set; }
}

/// <summary>
/// OpenIddict as the portal's OAuth 2.0 server (the token endpoint, /connect/token) and as the validation of the tokens
/// the case API receives. Applications, tokens and keys live in the portal's database, so every instance issues and
/// checks the same tokens; a token is checked against its database entry on every call, so a revoked client's tokens
/// stop at once.
/// </summary>
public static class OpenIdServer
{
    public const string TokenPath = "/connect/token";

    /// <summary>The audience of every access token for /api/v1.</summary>
    public const string Audience = "omstallningsportalen";

    /// <summary>The scheme that checks the case API's bearer tokens.</summary>
    public const string ValidationScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public static IServiceCollection AddPortalOpenIdServer(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<ServerKeyOptions>(configuration.GetSection(ServerKeyOptions.Section));
        var keys = configuration.GetSection(ServerKeyOptions.Section).Get<ServerKeyOptions>() ?? new ServerKeyOptions();
        var settings = configuration.GetSection(OpenIdServerOptions.Section).Get<OpenIdServerOptions>() ?? new OpenIdServerOptions();
        if (keys.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        if (settings.AccessTokenMinutes is < 1 or > 60)
        {
            throw new InvalidOperationException("OpenIdServer:AccessTokenMinutes must be between 1 and 60.");
        }

        if (settings.AllowHttp && environment.IsProduction())
        {
            throw new InvalidOperationException("OpenIdServer:AllowHttp is refused in Production: the token endpoint sends client secrets and tokens.");
        }

        services.AddSingleton<ServerKeyRing>();
        services.AddSingleton<ServerKeyRing.ServerConfiguration>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(provider => provider.GetRequiredService<ServerKeyRing.ServerConfiguration>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(provider => provider.GetRequiredService<ServerKeyRing.ServerConfiguration>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictValidationOptions>, ServerKeyRing.ValidationChangeTokenSource>();
        services.AddHostedService<ServerKeyRing.RefreshJob>();

        var issuer = configuration[$"{Hosting.PublicAddressOptions.Section}:BaseUrl"];
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<PortalDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath);
                server.AllowClientCredentialsFlow();
                server.RegisterScopes(ApiPolicies.ReadScope, ApiPolicies.WriteScope, ApiPolicies.AfReadScope);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenMinutes));
                if (!string.IsNullOrWhiteSpace(issuer))
                {
                    // One issuer for every instance, whatever Host a request names.
                    server.SetIssuer(new Uri(issuer.Trim().TrimEnd('/') + "/", UriKind.Absolute));
                }

                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (settings.AllowHttp || environment.IsDevelopment())
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(Audience);
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });
        services.AddCaseApiBearer(configuration, environment);
        return services;
    }

    /// <summary>
    /// The token endpoint. OpenIddict has checked the request and the client (secret, grant, scopes; for a code, the
    /// code itself, its redirect address and the PKCE verifier) before this runs.
    /// </summary>
    public static WebApplication MapOpenIdServer(this WebApplication app)
    {
        app.MapPost(TokenPath, async (HttpContext http, CaseSystemService systems, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var request = http.GetOpenIddictServerRequest();
            if (request is not null && request.IsClientCredentialsGrantType())
            {
                return await systems.IssueTokenAsync(http, request, time, cancellationToken);
            }

            if (request is not null && request.IsAuthorizationCodeGrantType())
            {
                // The code carries the identity chosen at the authorization endpoint (the development identity provider).
                var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
                return code.Principal is { } principal
                    ? Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                    : Refuse(OpenIddictConstants.Errors.InvalidGrant, "Koden gäller inte.");
            }

            return Refuse(OpenIddictConstants.Errors.UnsupportedGrantType, "Bara client_credentials och authorization_code stöds.");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>An OAuth error answer from the server (RFC 6749, 5.2).</summary>
    public static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>Makes the first keys (or the next ones that are due) and loads them, before the first request.</summary>
    public static Task InitializeOpenIdServerAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<ServerKeyRing>().RefreshAsync(cancellationToken);
}
