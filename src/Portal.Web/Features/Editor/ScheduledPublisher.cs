using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;

namespace Portal.Web.Features.Editor;

/// <summary>
/// Publishes scheduled versions when their time has come, never before. Safe with several app instances: each due
/// schedule is claimed with a conditional UPDATE (status still "scheduled") inside the transaction that publishes it,
/// so exactly one instance wins and the others update nothing.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider time, IOptions<ContentOptions> options, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public const string Actor = "system:scheduled-publish";


    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PeriodicJob.RunAsync(TimeSpan.FromSeconds(Math.Max(1, options.Value.SchedulePollSeconds)), time, logger, "Scheduled publishing failed; it will try again.", RunOnceAsync, stoppingToken);
    }

    /// <summary>Publishes every schedule that is due now. Returns how many this run published.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            due = await db.ContentSchedules.AsNoTracking()
                .Where(s => s.Status == ScheduleStatus.Scheduled && s.PublishAtUtc <= now)
                .OrderBy(s => s.PublishAtUtc)
                .Select(s => s.Id)
                .ToListAsync(cancellationToken);
        }

        var published = 0;
        foreach (var id in due)
        {
            if (await PublishOneAsync(id, now, cancellationToken))
            {
                published++;
            }
        }

        return published;
    }

    private async Task<bool> PublishOneAsync(Guid scheduleId, DateTime now, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var context = new ProcessContext(Actor, now, "Planerad publicering");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.ContentSchedules
            .Where(s => s.Id == scheduleId && s.Status == ScheduleStatus.Scheduled && s.PublishAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScheduleStatus.Published).SetProperty(x => x.CompletedUtc, now), cancellationToken);
        if (claimed != 1)
        {
            // Another instance published it, or an editor cancelled it.
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var schedule = await db.ContentSchedules.AsNoTracking().SingleAsync(s => s.Id == scheduleId, cancellationToken);
        var result = await editor.PublishAsync(schedule.ContentItemId, schedule.VersionNumber, context, cancellationToken: cancellationToken);
        if (result is PublishResult.Refused refused)
        {
            var outcome = string.Join(" ", refused.Problems);
            outcome = outcome.Length > 1000 ? outcome[..1000] : outcome;
            await db.ContentSchedules.Where(s => s.Id == scheduleId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScheduleStatus.Failed).SetProperty(x => x.Outcome, outcome), cancellationToken);
            db.AuditEvents.Add(context.Event(AuditEventType.ContentScheduledPublishFailed, ContentEditor.SubjectType, schedule.ContentItemId.ToString(), new { schedule.VersionNumber, refused.Problems }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogWarning("Scheduled publish of {ItemId} version {Version} failed its checks.", schedule.ContentItemId, schedule.VersionNumber);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);

        // Again after the commit, so no request caches the state from before it.
        scope.ServiceProvider.GetRequiredService<PublishedContent>().Invalidate();
        logger.LogInformation("Published {ItemId} version {Version} as scheduled.", schedule.ContentItemId, schedule.VersionNumber);
        return true;
    }
}
