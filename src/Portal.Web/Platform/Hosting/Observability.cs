using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Portal.Web.Platform.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics (section Observability). On when an OTLP endpoint is configured
/// (OTEL_EXPORTER_OTLP_ENDPOINT or Observability:OtlpEndpoint), or when Observability:Enabled is true (the tests, which
/// add an in-memory exporter); off otherwise, so an installation without a collector pays nothing.
/// </summary>
public static class Observability
{
    public const string Section = "Observability";

    public const string ServiceName = "omstallningsportalen";

    /// <summary>The tags that would carry an address with a personal link token, an invitation id or a search text.</summary>
    private static readonly string[] AddressTags = ["url.path", "url.full", "url.query", "http.target", "http.url"];

    public static IServiceCollection AddPortalObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[$"{Section}:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var hasEndpoint = !string.IsNullOrWhiteSpace(endpoint);
        if (!hasEndpoint && !configuration.GetValue<bool>($"{Section}:Enabled"))
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // Exceptions are not recorded: their messages can quote what a person typed.
                    options.RecordException = false;
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal);
                    options.EnrichWithHttpResponse = (activity, response) => WithoutAddresses(activity, response.HttpContext);
                })
                .AddHttpClientInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.EnrichWithHttpRequestMessage = (activity, _) => WithoutAddresses(activity, null);
                })
                // SQL text only (parameters are never recorded), which never holds a value: every query is parameterised.
                .AddEntityFrameworkCoreInstrumentation()
                // Npgsql's own activity source and meter: commands, connections, pool use.
                .AddSource("Npgsql"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Npgsql"));
        if (hasEndpoint)
        {
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint!));
        }

        return services;
    }

    /// <summary>
    /// Replaces the address tags by the route's pattern (/mote/{token}, /formular/{invitationId:guid}/...), so that no
    /// personal link, invitation id or search text leaves the process; the span's name already uses the pattern.
    /// </summary>
    internal static void WithoutAddresses(Activity activity, HttpContext? context)
    {
        var route = context?.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : null;
        foreach (var tag in AddressTags)
        {
            if (activity.GetTagItem(tag) is not null)
            {
                activity.SetTag(tag, tag == "url.path" ? route ?? "(adress utelämnad)" : null);
            }
        }
    }
}
