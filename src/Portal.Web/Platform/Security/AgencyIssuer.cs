using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;

namespace Portal.Web.Platform.Security;

/// <summary>
/// The agency's own identity service as a second issuer of access tokens for /api/v1 (section CaseApi:AgencyIssuer).
/// Unset, the case API takes only the portal's own tokens.
/// </summary>
public sealed class AgencyIssuerOptions
{
    public const string Section = "CaseApi:AgencyIssuer";

    /// <summary>The tokens' iss value, exactly as the identity service writes it (for example https://login.myndighet.se/).</summary>
    public string? Issuer { get; set; }

    /// <summary>Where the discovery document (/.well-known/openid-configuration) and the keys are read; the issuer when unset.</summary>
    public string? Authority { get; set; }

    /// <summary>The aud value the tokens must carry for the portal (for example api://omstallningsportalen).</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// The claim that names the scopes (meetings.read, meetings.write, meetings.af.read), space-separated or one value per claim: scope
    /// (RFC 9068, OpenIddict), scp, or roles (Microsoft Entra ID application roles).
    /// </summary>
    public string ScopeClaim { get; set; } = "scope";

    /// <summary>The claim that names the calling system: client_id (RFC 9068, OpenIddict), azp or appid (Microsoft Entra ID).</summary>
    public string ClientClaim { get; set; } = "client_id";

    /// <summary>
    /// A calling system's client id → the user name of the portal account it acts for, as a registered case system acts
    /// for one account: a handläggare (their meetings), or one with the team-lead permission (the team's), or, for
    /// Arbetsförmedlingen's case system with meetings.af.read, a Handläggare på Arbetsförmedlingen (the meetings they
    /// take part in). A client not named here gets nothing.
    /// </summary>
    public Dictionary<string, string> ActsFor { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Issuer);

    public IEnumerable<string> Problems()
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!Uri.TryCreate(Issuer, UriKind.Absolute, out _))
        {
            yield return $"{Section}:Issuer must be an absolute address.";
        }

        if (!string.IsNullOrWhiteSpace(Authority) && !Uri.TryCreate(Authority, UriKind.Absolute, out _))
        {
            yield return $"{Section}:Authority must be an absolute address.";
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            yield return $"{Section}:Audience is required with {Section}:Issuer.";
        }

        if (string.IsNullOrWhiteSpace(ScopeClaim) || string.IsNullOrWhiteSpace(ClientClaim))
        {
            yield return $"{Section}:ScopeClaim and {Section}:ClientClaim cannot be empty.";
        }

        if (ActsFor.Count == 0 || ActsFor.Any(pair => string.IsNullOrWhiteSpace(pair.Value)))
        {
            yield return $"{Section}:ActsFor must name, for each client id, the user name of the account it acts for.";
        }
    }
}

/// <summary>
/// How /api/v1 checks a bearer token. One scheme (<see cref="Scheme"/>) looks at the token's issuer, unvalidated, only to
/// choose who checks it: a token from the configured agency issuer goes to ASP.NET Core's JWT bearer handler, which
/// reads the agency's keys from its discovery document and checks signature, issuer, audience and lifetime; every other
/// token goes to OpenIddict's validation of the portal's own tokens, which refuses any issuer but the portal.
/// </summary>
public static class CaseApiBearer
{
    /// <summary>The scheme the API's authorization policies name.</summary>
    public const string Scheme = "CaseApiBearer";

    /// <summary>The agency issuer's tokens.</summary>
    public const string AgencyScheme = "AgencyBearer";

    /// <summary>On an agency token's principal: the client id of the system that called.</summary>
    public const string ClientClaim = "portal_agency_client";

    public static void AddCaseApiBearer(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<AgencyIssuerOptions>(configuration.GetSection(AgencyIssuerOptions.Section));
        var agency = configuration.GetSection(AgencyIssuerOptions.Section).Get<AgencyIssuerOptions>() ?? new AgencyIssuerOptions();
        if (agency.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        var authentication = services.AddAuthentication();
        authentication.AddPolicyScheme(Scheme, "Case API", options => options.ForwardDefaultSelector = http =>
            agency.IsConfigured && IsFrom(http, agency.Issuer!) ? AgencyScheme : OpenIdServer.ValidationScheme);
        if (!agency.IsConfigured)
        {
            return;
        }

        authentication.AddJwtBearer(AgencyScheme, options =>
        {
            options.Authority = (string.IsNullOrWhiteSpace(agency.Authority) ? agency.Issuer! : agency.Authority).Trim();
            options.RequireHttpsMetadata = !environment.IsDevelopment();
            options.MapInboundClaims = false;
            options.TokenValidationParameters.ValidIssuer = agency.Issuer!.Trim();
            options.TokenValidationParameters.ValidAudience = agency.Audience!.Trim();
            options.TokenValidationParameters.ValidateIssuer = true;
            options.TokenValidationParameters.ValidateAudience = true;
            options.TokenValidationParameters.ValidateLifetime = true;
            options.TokenValidationParameters.RequireExpirationTime = true;
            options.TokenValidationParameters.RequireSignedTokens = true;
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
            options.Events = new JwtBearerEvents { OnTokenValidated = context => Translate(context, agency) };
        });
    }

    /// <summary>Whether the request's bearer token names the agency issuer (read, not yet checked: the handler checks it).</summary>
    private static bool IsFrom(HttpContext http, string issuer)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var handler = new JsonWebTokenHandler();
        var token = header["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return false;
        }

        var jwt = handler.ReadJsonWebToken(token);
        return !jwt.IsEncrypted && string.Equals(jwt.Issuer, issuer.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The checked agency token as the API reads a token: its scopes from the configured claim, one claim each as
    /// OpenIddict's validation gives them, and the calling system's client id; nothing else of the token is kept, so a
    /// scope in another claim gives nothing.
    /// </summary>
    private static Task Translate(TokenValidatedContext context, AgencyIssuerOptions agency)
    {
        var token = context.Principal!;
        var identity = new ClaimsIdentity(AgencyScheme);
        foreach (var scope in token.FindAll(agency.ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(OpenIddictConstants.Claims.Private.Scope, scope));
        }

        if (token.FindFirstValue(agency.ClientClaim) is { Length: > 0 } client)
        {
            identity.AddClaim(new Claim(ClientClaim, client));
        }

        context.Principal = new ClaimsPrincipal(identity);
        return Task.CompletedTask;
    }

    /// <summary>The client id of the agency-issued token's caller, or null for any other principal.</summary>
    public static string? AgencyClient(ClaimsPrincipal principal) =>
        principal.Identities.Any(i => i.AuthenticationType == AgencyScheme) ? principal.FindFirstValue(ClientClaim) : null;
}
