using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Primitives;

namespace Portal.Web.Platform.Hosting;

/// <summary>The limits of <see cref="Hardening.AddPortalRateLimits"/>, per client address and minute (section RateLimits).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Personnummer checks on an invitation link (POST /mote/...).</summary>
    public int IdentifyPerMinute { get; set; } = 20;

    /// <summary>Staff sign-in and two-factor posts (POST /personal/...).</summary>
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>The public SGI-skyddskoll API (/api/sgi-check).</summary>
    public int SgiApiPerMinute { get; set; } = 600;

    /// <summary>The case-system API (/api/v1/...).</summary>
    public int CaseApiPerMinute { get; set; } = 1200;

    /// <summary>"Hittade du det du sökte?" answers (POST /synpunkt): a person answers a few pages, not dozens a minute.</summary>
    public int FeedbackPerMinute { get; set; } = 10;
}

/// <summary>Strict-Transport-Security outside Development (section Hsts).</summary>
public sealed class HstsSettings
{
    public const string Section = "Hsts";

    public int MaxAgeDays { get; set; } = 365;

    /// <summary>Also every subdomain of the portal's host: set false only if a subdomain must still be reached over http.</summary>
    public bool IncludeSubDomains { get; set; } = true;

    /// <summary>Asks to be in the browsers' preload list (only after the agency has applied for it).</summary>
    public bool Preload { get; set; }
}

public static class Hardening
{
    /// <summary>HSTS from the Hsts section: a year and includeSubDomains unless set otherwise.</summary>
    public static IServiceCollection AddPortalHsts(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(HstsSettings.Section).Get<HstsSettings>() ?? new HstsSettings();
        if (settings.MaxAgeDays < 0)
        {
            throw new InvalidOperationException($"{HstsSettings.Section}:MaxAgeDays cannot be negative.");
        }

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(settings.MaxAgeDays);
            options.IncludeSubDomains = settings.IncludeSubDomains;
            options.Preload = settings.Preload;
        });
        return services;
    }

    /// <summary>
    /// The script, style and frame rules for every response. No inline script or style is allowed anywhere: the pages
    /// only load the theme's own files. Images may be data: URIs (FKUI's CSS uses them).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static readonly StringValues ContentSecurityPolicyValue = ContentSecurityPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues ReferrerPolicy = "strict-origin-when-cross-origin";
    private static readonly StringValues PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=()";
    private static readonly StringValues SameOrigin = "same-origin";

    /// <summary>
    /// Security headers on every response, set before the rest of the pipeline writes anything. Every request passes
    /// here, so the values are built once and the next middleware's task is returned as it is (no state machine).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(next => context =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicyValue;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        return next(context);
    });

    /// <summary>The largest request body the app reads, and the largest single form value (Kestrel and form limits).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public const int MaxFormValueBytes = 512 * 1024;

    /// <summary>
    /// Bodies and form values far above anything a person or an editor sends (the longest content file is about 33 kB)
    /// are refused before they are buffered, so a flood of huge requests costs little memory. A refused form gets the
    /// Swedish "could not be sent" page (400 or 413), never a 500.
    /// </summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = MaxFormValueBytes;
            options.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
        return services;
    }

    /// <summary>The configuration section naming the load balancers whose forwarded headers are trusted.</summary>
    public const string ForwardedHeadersSection = "ForwardedHeaders";

    /// <summary>
    /// Behind the agency's load balancer, the client's address and the scheme come from <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c>, but only from the proxies named here: <c>ForwardedHeaders:KnownProxies</c> (addresses)
    /// and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges); loopback is always trusted. Without them every request
    /// through a load balancer on another host would seem to come from it: one rate-limit bucket for all citizens,
    /// and http instead of https (no Secure cookies). A value that is not an address or range stops the start with
    /// the key named.
    /// </summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ForwardedHeadersSection);
        var proxies = Values(section, "KnownProxies").Select(value => IPAddress.TryParse(value.Text, out var address)
            ? address
            : throw new InvalidOperationException($"{ForwardedHeadersSection}:KnownProxies:{value.Key} is not an IP address: '{value.Text}'.")).ToList();
        var networks = Values(section, "KnownNetworks").Select(value => System.Net.IPNetwork.TryParse(value.Text, out var network)
            ? network
            : throw new InvalidOperationException($"{ForwardedHeadersSection}:KnownNetworks:{value.Key} is not a CIDR range: '{value.Text}'.")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;

        static IEnumerable<(string Key, string Text)> Values(IConfigurationSection section, string name) =>
            section.GetSection(name).GetChildren().Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => (c.Key, c.Value!.Trim()));
    }

    /// <summary>
    /// Rate limits on the addresses that guess at secrets or cost the most: personnummer checks, staff sign-in and
    /// the two APIs. Each is a fixed one-minute window per client address. A page gets the Swedish 429 page (through
    /// the status code pages); an API gets a problem document.
    /// </summary>
    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = new ClassifiedRateLimiter(limits, PartitionedRateLimiter.Create<HttpContext, (string Name, IPAddress Client)>(context =>
            {
                var (name, permits) = Classify(context.Request, limits);
                var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
                return RateLimitPartition.GetFixedWindowLimiter((name ?? "", client), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture)
                    : "60";
                if (rejected.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    await ApiProblems.WriteAsync(
                        rejected.HttpContext,
                        StatusCodes.Status429TooManyRequests,
                        "För många anrop",
                        "Gränsen för antal anrop per minut är nådd. Vänta och försök igen efter den tid som Retry-After anger.");
                }

                // Pages: the empty 429 is turned into the friendly Swedish page by the status code pages.
            };
        });
        return services;
    }

    internal static (string? Name, int Permits) Classify(HttpRequest request, RateLimitOptions limits)
    {
        // The same limits in every language: /en/mote/... is the invitation link too.
        var path = Localization.Languages.WithoutPrefix(request.Path);
        if (path.StartsWithSegments("/api/sgi-check", StringComparison.OrdinalIgnoreCase))
        {
            return ("sgi-api", limits.SgiApiPerMinute);
        }

        if (path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            return ("case-api", limits.CaseApiPerMinute);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, 0);
        }

        if (path.StartsWithSegments("/mote", StringComparison.OrdinalIgnoreCase))
        {
            return ("identify", limits.IdentifyPerMinute);
        }

        if (path.StartsWithSegments("/synpunkt", StringComparison.OrdinalIgnoreCase))
        {
            return ("feedback", limits.FeedbackPerMinute);
        }

        return path.StartsWithSegments("/personal", StringComparison.OrdinalIgnoreCase) ? ("sign-in", limits.SignInPerMinute) : (null, 0);
    }
}

/// <summary>
/// The global rate limiter: a request that no limit covers (<see cref="Hardening.Classify"/> names none: every page
/// view, every static file) is let through without touching the per-client limiters, whose shared table is locked on
/// every lookup; the others go to <paramref name="perClient"/>.
/// </summary>
internal sealed class ClassifiedRateLimiter(RateLimitOptions limits, PartitionedRateLimiter<HttpContext> perClient) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        Covered(resource) ? perClient.GetStatistics(resource) : null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        Covered(resource) ? perClient.AttemptAcquire(resource, permitCount) : Unlimited.Lease;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        Covered(resource) ? perClient.AcquireAsync(resource, permitCount, cancellationToken) : ValueTask.FromResult<RateLimitLease>(Unlimited.Lease);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            perClient.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await perClient.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private bool Covered(HttpContext resource) => Hardening.Classify(resource.Request, limits).Name is not null;

    /// <summary>The lease of a request no limit covers: always granted, nothing to give back.</summary>
    private sealed class Unlimited : RateLimitLease
    {
        public static readonly Unlimited Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
