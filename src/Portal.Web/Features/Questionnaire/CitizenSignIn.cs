using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Questionnaire;

/// <summary>How a citizen proves an invitation is theirs (section CitizenIdentification).</summary>
public sealed class CitizenIdentificationOptions
{
    public const string Section = "CitizenIdentification";

    /// <summary>The agency's e-legitimation broker (BankID, Freja eID+ and so on behind one OpenID Connect provider).</summary>
    public BrokerOptions Broker { get; set; } = new();

    /// <summary>
    /// Lets the person type their personnummer instead. A personnummer is not a secret, so in Production this is off
    /// unless set to true on purpose; elsewhere it is on unless set to false. Only used when no broker is configured.
    /// </summary>
    public bool? AllowTypedPersonnummer { get; set; }

    public bool IsBrokerConfigured => !string.IsNullOrWhiteSpace(Broker.Authority);

    public sealed class BrokerOptions
    {
        /// <summary>The broker's issuer; its discovery document is read from /.well-known/openid-configuration under it.</summary>
        public string? Authority { get; set; }

        public string? ClientId { get; set; }

        /// <summary>Empty for a public client (PKCE only).</summary>
        public string? ClientSecret { get; set; }

        /// <summary>The scopes asked for besides openid.</summary>
        public List<string> Scopes { get; set; } = [];

        /// <summary>The id token claim with the personnummer (12 digits).</summary>
        public string PersonnummerClaim { get; set; } = "personal_identity_number";

        /// <summary>Where the broker sends the person back; register {public address}{CallbackPath} with the broker.</summary>
        public string CallbackPath { get; set; } = "/signin-eleg";
    }
}

/// <summary>
/// The e-legitimation: the invitation page challenges <see cref="Scheme"/> (authorization code with PKCE, state and
/// nonce, as ASP.NET Core's OpenID Connect handler does them; response in the query, so no script is needed), the broker
/// sends the person back to <see cref="CitizenIdentificationOptions.BrokerOptions.CallbackPath"/>, the handler checks the
/// answer and keeps the broker's identity for minutes in <see cref="ReturnScheme"/>, and the page
/// /Questionnaire/SignInReturn compares its personnummer with the invitation (<see cref="BrokerIdentification"/>).
/// A cancelled, failed or replayed sign-in lands on the same page with its reason, after an audit event.
/// </summary>
public static class CitizenSignIn
{
    public const string Scheme = "CitizenEid";
    public const string ReturnScheme = "CitizenEidReturn";

    /// <summary>The invitation the sign-in is for, carried in the protected state.</summary>
    public const string InvitationItem = "invitation";

    /// <summary>The language of the invitation page, so the answer comes in it.</summary>
    public const string LanguageItem = "lang";

    /// <summary>The handler's cookies start with this (<see cref="OpenIdConnectClient"/>).</summary>
    private const string CookiePrefix = "portal.eleg";

    private const string CorrelationCookie = CookiePrefix + ".correlation.";

    /// <summary>The reasons /Questionnaire/SignInReturn shows (the query value orsak).</summary>
    public static class Reasons
    {
        public const string Cancelled = "avbruten";
        public const string Failed = "misslyckad";
        public const string Replayed = "anvand";
        public const string Expired = "utgangen";
        public const string AnotherPerson = "annan-person";
    }

    public static void AddCitizenSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(CitizenIdentificationOptions.Section).Get<CitizenIdentificationOptions>() ?? new CitizenIdentificationOptions();
        if (!settings.IsBrokerConfigured)
        {
            var typed = settings.AllowTypedPersonnummer ?? !environment.IsProduction();
            if (!typed)
            {
                throw new InvalidOperationException(
                    "No identification for invitations: set CitizenIdentification:Broker (Authority, ClientId, ClientSecret, PersonnummerClaim), "
                    + "or, knowing that anyone with the link and the person's number can then open their answers, CitizenIdentification:AllowTypedPersonnummer=true.");
            }

            services.AddScoped<IInvitationIdentification, PersonnummerIdentification>();
            services.AddHostedService<IdentificationStartupLog>();
            return;
        }

        var broker = settings.Broker;
        if (string.IsNullOrWhiteSpace(broker.ClientId))
        {
            throw new InvalidOperationException("CitizenIdentification:Broker:ClientId is required with Broker:Authority.");
        }

        services.AddScoped<IInvitationIdentification>(provider => new BrokerIdentification(
            provider.GetRequiredService<PortalDbContext>(), provider.GetRequiredService<PersonalDataProtector>()));
        services.AddHostedService<IdentificationStartupLog>();
        services.AddAuthentication()
            .AddCookie(ReturnScheme, options =>
            {
                // Only between the callback and the page that reads it: one short-lived, unpersisted ticket.
                options.Cookie.Name = "portal.eleg";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                options.SlidingExpiration = false;
            })
            .AddOpenIdConnect(Scheme, options =>
            {
                options.SignInScheme = ReturnScheme;
                OpenIdConnectClient.Configure(options, broker.Authority!, broker.ClientId, broker.ClientSecret, broker.Scopes, broker.CallbackPath, CookiePrefix, environment);
                options.Events.OnAccessDenied = context =>
                {
                    context.HandleResponse();
                    return RefuseAsync(context.HttpContext, context.Properties, AuditEventType.InvitationSignInCancelled, Reasons.Cancelled, "Cancelled");
                };
                options.Events.OnRemoteFailure = context =>
                {
                    context.HandleResponse();
                    // The correlation cookie goes with the first callback: without it the answer was used already (or
                    // arrives in another browser, or too late), which the person fixes the same way.
                    var replayed = !context.Request.Cookies.Keys.Any(k => k.StartsWith(CorrelationCookie, StringComparison.Ordinal));
                    return RefuseAsync(
                        context.HttpContext,
                        context.Properties,
                        AuditEventType.InvitationSignInFailed,
                        replayed ? Reasons.Replayed : Reasons.Failed,
                        replayed ? "Replayed" : "Failed");
                };
            });
    }

    /// <summary>Starts the e-legitimation for an invitation; the answer comes to /Questionnaire/SignInReturn.</summary>
    public static AuthenticationProperties Challenge(Invitation invitation, Language language, string returnUrl) => new(new Dictionary<string, string?>
    {
        [InvitationItem] = invitation.Id.ToString(),
        [LanguageItem] = language.RouteValue,
    })
    {
        RedirectUri = returnUrl,
    };

    /// <summary>The invitation a sign-in was for, from its protected state.</summary>
    public static Guid? InvitationId(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(InvitationItem, out var value) == true && Guid.TryParse(value, out var id) ? id : null;

    /// <summary>The address of the answer page with a reason, in the language the sign-in started in.</summary>
    public static string ReturnPage(HttpContext http, string? language, string reason) =>
        http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage("/Questionnaire/SignInReturn", values: new { lang = language, orsak = reason })
            ?? throw new InvalidOperationException("The page /Questionnaire/SignInReturn has no address.");

    /// <summary>The audit event for a refused sign-in, then the page that says what to do.</summary>
    public static async Task RefuseAsync(HttpContext http, AuthenticationProperties? properties, AuditEventType type, string reason, string auditReason)
    {
        var db = http.RequestServices.GetRequiredService<PortalDbContext>();
        await AuditRefusalAsync(db, http, InvitationId(properties), type, auditReason);
        var language = properties?.Items.TryGetValue(LanguageItem, out var lang) == true ? lang : null;
        http.Response.Redirect(ReturnPage(http, language, reason));
    }

    /// <summary>Writes the audit event of a refused sign-in, on the invitation's meeting when the state named one.</summary>
    public static async Task AuditRefusalAsync(PortalDbContext db, HttpContext http, Guid? invitationId, AuditEventType type, string auditReason)
    {
        var meetingId = invitationId is { } id
            ? await db.Invitations.Where(i => i.Id == id).Select(i => (Guid?)i.MeetingId).SingleOrDefaultAsync(http.RequestAborted)
            : null;
        db.AuditEvents.Add(Context(http, invitationId).Event(type, "Meeting", meetingId?.ToString() ?? "unknown", new { Reason = auditReason }));
        await db.SaveChangesAsync(http.RequestAborted);
    }

    public static ProcessContext Context(HttpContext http, Guid? invitationId) => new(
        "citizen:" + (invitationId?.ToString() ?? "unknown"),
        http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        "Identifiering med e-legitimation",
        http.Connection.RemoteIpAddress?.ToString());
}

/// <summary>
/// The e-legitimation's personnummer against the invitation: no tries to count, since the broker vouches for the
/// person, but a different person is audited and refused like a wrong typed number.
/// </summary>
public sealed class BrokerIdentification(PortalDbContext db, PersonalDataProtector protector) : IInvitationIdentification
{
    public string Name => "e-legitimation through the OpenID Connect broker";

    public bool IsTyped => false;

    public async Task<IdentificationResult> VerifyAsync(Invitation invitation, string? input, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var meeting = invitation.Meeting ?? await db.Meetings.SingleAsync(m => m.Id == invitation.MeetingId, cancellationToken);
        var personnummer = Personnummer.Parse(input, DateOnly.FromDateTime(context.NowUtc), out var error);
        if (personnummer is null || !PersonnummerIdentification.Matches(protector, personnummer, meeting))
        {
            db.AuditEvents.Add(context.Event(AuditEventType.InvitationIdentificationFailed, "Meeting", meeting.Id.ToString(), new { Reason = personnummer is null ? "NoPersonnummerClaim" : "AnotherPerson" }));
            await db.SaveChangesAsync(cancellationToken);
            return new IdentificationResult(personnummer is null ? IdentificationOutcome.InvalidInput : IdentificationOutcome.Mismatch, error);
        }

        return await PersonnummerIdentification.VerifiedAsync(db, invitation, meeting, context, cancellationToken);
    }
}

/// <summary>Says at start-up which identification invitations use, so an operator sees a typed personnummer at once.</summary>
public sealed partial class IdentificationStartupLog(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<IdentificationStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var identification = scope.ServiceProvider.GetRequiredService<IInvitationIdentification>();
        var authority = configuration[$"{CitizenIdentificationOptions.Section}:Broker:Authority"];
        Active(logger, identification.Name, identification.IsTyped ? "none" : authority ?? "none");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitations are identified by {Identification} (broker: {Authority}).")]
    private static partial void Active(ILogger logger, string identification, string authority);
}
