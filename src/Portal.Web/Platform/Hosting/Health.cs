using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Hosting;

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Databasen svarar.")
                : HealthCheckResult.Unhealthy("Databasen svarar inte.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Databasen svarar inte.", ex);
        }
    }
}

public static class HealthResponse
{
    /// <summary>Readiness: every check tagged "ready" (the database); a short JSON body per check, never exception details.</summary>
    public static readonly HealthCheckOptions Options = new()
    {
        Predicate = check => check.Tags.Contains("ready"),
        ResponseWriter = WriteAsync,
    };

    /// <summary>Liveness: no checks, only that the process answers.</summary>
    public static readonly HealthCheckOptions Liveness = new()
    {
        Predicate = _ => false,
        ResponseWriter = WriteAsync,
    };

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
