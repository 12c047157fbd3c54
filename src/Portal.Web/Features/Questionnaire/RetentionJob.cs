using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Deletes meetings, invitations and answers a configurable number of days after the meeting. Deleting keeps no
/// copy. Safe with several instances: a meeting another instance deleted first is simply gone.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<QuestionnaireOptions> options, TimeProvider time, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PeriodicJob.RunAsync(TimeSpan.FromMinutes(Math.Max(1, options.Value.RetentionIntervalMinutes)), time, logger, "The retention job failed; it will try again.", RunOnceAsync, stoppingToken);
    }

    /// <summary>Deletes every meeting whose retention time has passed, then erases old client addresses. Returns how many meetings this run deleted.</summary>
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

        await EraseClientAddressesAsync(db, now, cancellationToken);

        return deleted;
    }

    /// <summary>Erases the client (IP) addresses of audit events older than Questionnaire:ClientAddressRetentionDays, with an audit event saying how many.</summary>
    private async Task EraseClientAddressesAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var days = Math.Max(0, options.Value.ClientAddressRetentionDays);
        var cutoff = now.AddDays(-days);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var erased = await db.AuditEvents.Where(e => e.ClientAddress != null && e.OccurredUtc < cutoff)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.ClientAddress, (string?)null), cancellationToken);
        if (erased > 0)
        {
            db.AuditEvents.Add(new ProcessContext("system:retention", now, $"Gallring av klientadresser {days} dagar efter händelsen")
                .Event(AuditEventType.ClientAddressesErased, "AuditLog", "client-addresses", new { Count = erased, OlderThanDays = days }));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
