using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Meetings;

namespace Portal.Web.Questionnaires;

/// <summary>
/// Deletes meetings, invitations and answers a configurable number of days after the meeting. Deleting keeps no
/// copy. Safe with several instances: a meeting another instance deleted first is simply gone.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<QuestionnaireOptions> options, TimeProvider time, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.RetentionIntervalMinutes)), time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The retention job failed; it will try again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes every meeting whose retention time has passed. Returns how many this run deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-options.Value.RetentionDays);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var due = await db.Meetings.AsNoTracking().Where(m => m.StartsAtUtc < cutoff).Select(m => m.Id).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var id in due)
        {
            using var itemScope = scopes.CreateScope();
            var service = itemScope.ServiceProvider.GetRequiredService<MeetingService>();
            try
            {
                if (await service.DeleteAsync(id, AuditEventType.MeetingDeletedByRetention, new ProcessContext("system:retention", now, $"Gallring {options.Value.RetentionDays} dagar efter mötet"), cancellationToken))
                {
                    deleted++;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Deleted by another instance in the meantime.
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Retention deleted {Count} meetings with their answers.", deleted);
        }

        return deleted;
    }
}
