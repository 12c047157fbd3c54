using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>The agency's single sign-on for staff (section StaffSso).</summary>
public sealed class StaffSsoOptions
{
    public const string Section = "StaffSso";

    /// <summary>The identity service's issuer; its discovery document is read from /.well-known/openid-configuration under it.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Empty for a public client (PKCE only).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The scopes asked for besides openid.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The id token claim with the group ids (or role names) the roles come from.</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>The claim whose value becomes the portal user name (lower case).</summary>
    public string UserNameClaim { get; set; } = "preferred_username";

    /// <summary>The claim with the name colleagues see.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>A value of <see cref="RoleClaim"/> → the portal role it gives (Handläggare, Redaktör, Uppföljning, Administratör).</summary>
    public Dictionary<string, string> Roles { get; set; } = [];

    public string CallbackPath { get; set; } = "/signin-sso";

    public string SignedOutCallbackPath { get; set; } = "/signout-callback-sso";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}

/// <summary>
/// Staff sign-in with OpenID Connect against the agency's identity service (code + PKCE, state, nonce). The roles come
/// from a configured claim on every sign-in, so a group removed there is a role removed here at the next sign-in (and
/// every other open session of the account ends, through the security stamp). Signing out ends the provider's session
/// too when its discovery document names an end-session endpoint.
/// </summary>
public static class StaffSso
{
    public const string Scheme = "StaffSso";

    /// <summary>The claim type (<see cref="ClaimTypes.AuthenticationMethod"/>) value of a session that began at the identity service.</summary>
    public const string Method = "sso";

    /// <summary>The login provider name of accounts made or linked by single sign-on.</summary>
    public const string LoginProvider = "StaffSso";

    public const string ReturnUrlItem = "returnUrl";

    /// <summary>Why the sign-in page shows a single sign-on refusal (the query value sso).</summary>
    public static class Reasons
    {
        public const string Cancelled = "avbruten";
        public const string Failed = "misslyckad";
        public const string NoRole = "ingen-behorighet";

        /// <summary>The groups give both agencies' handläggare roles (<see cref="StaffRoles.MixesAgencies"/>).</summary>
        public const string MixedAgencies = "tva-myndigheter";
    }

    public static void AddStaffSso(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<StaffSsoOptions>(configuration.GetSection(StaffSsoOptions.Section));
        var settings = configuration.GetSection(StaffSsoOptions.Section).Get<StaffSsoOptions>() ?? new StaffSsoOptions();
        var local = configuration.GetSection(StaffSignInOptions.Section).Get<StaffSignInOptions>() ?? new StaffSignInOptions();
        if (!settings.IsConfigured)
        {
            if (!local.LocalAccounts)
            {
                throw new InvalidOperationException("StaffSignIn:LocalAccounts=false leaves staff no way to sign in: configure StaffSso (Authority, ClientId, Roles) first.");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new InvalidOperationException("StaffSso:ClientId is required with StaffSso:Authority.");
        }

        if (settings.Roles.Values.FirstOrDefault(role => !StaffRoles.All.Contains(role)) is { } unknown)
        {
            throw new InvalidOperationException($"StaffSso:Roles names the role '{unknown}', which the portal does not have ({string.Join(", ", StaffRoles.All)}).");
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, options =>
        {
            // The identity service's answer lands in Identity's external cookie; /StaffAccounts/SsoReturn reads it once.
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.SignOutScheme = IdentityConstants.ApplicationScheme;
            options.SignedOutCallbackPath = settings.SignedOutCallbackPath;
            OpenIdConnectClient.Configure(options, settings.Authority!, settings.ClientId, settings.ClientSecret, settings.Scopes, settings.CallbackPath, "portal.sso", environment);
            options.Events.OnAccessDenied = context =>
            {
                context.HandleResponse();
                return RefuseAsync(context.HttpContext, null, Reasons.Cancelled, "Cancelled");
            };
            options.Events.OnRemoteFailure = context =>
            {
                context.HandleResponse();
                return RefuseAsync(context.HttpContext, null, Reasons.Failed, "Failed");
            };
        });
    }

    /// <summary>The portal roles the identity service's claims give, through <see cref="StaffSsoOptions.Roles"/>.</summary>
    public static IReadOnlyList<string> RolesFrom(ClaimsPrincipal principal, StaffSsoOptions options) => principal.FindAll(options.RoleClaim)
        .Select(claim => options.Roles.TryGetValue(claim.Value, out var role) ? role : null)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Audits a refused single sign-on and sends the person to the sign-in page, which says why.</summary>
    public static async Task RefuseAsync(HttpContext http, string? userId, string reason, string auditReason)
    {
        await AuditRefusalAsync(http, userId, auditReason);
        http.Response.Redirect(RefusalPage(http, reason));
    }

    public static async Task AuditRefusalAsync(HttpContext http, string? userId, string auditReason)
    {
        var db = http.RequestServices.GetRequiredService<PortalDbContext>();
        db.AuditEvents.Add(Context(http, "anonymous").Event(AuditEventType.StaffSignInFailed, "StaffUser", userId ?? "okant-konto", new { Method, Reason = auditReason }));
        await db.SaveChangesAsync(http.RequestAborted);
    }

    public static ProcessContext Context(HttpContext http, string actor) => new(
        actor,
        http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        "Inloggning med myndighetens inloggning",
        http.Connection.RemoteIpAddress?.ToString());

    /// <summary>The sign-in page with the reason it shows.</summary>
    public static string RefusalPage(HttpContext http, string reason) =>
        http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(StaffAuthentication.SignInPage, values: new { sso = reason })
            ?? throw new InvalidOperationException("The staff sign-in page has no address.");

    /// <summary>Whether the identity service's discovery document names an end-session endpoint, so signing out can end its session.</summary>
    public static async Task<bool> EndsProviderSessionAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(Scheme);
        if (options.ConfigurationManager is null)
        {
            return false;
        }

        var configuration = await options.ConfigurationManager.GetConfigurationAsync(http.RequestAborted);
        return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
    }
}
