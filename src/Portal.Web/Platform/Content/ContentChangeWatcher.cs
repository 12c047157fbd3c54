using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Features.Editor;
using Portal.Web.Features.Guidance;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Keeps this instance's content caches in step with changes made on other instances. Every change of content state
/// (import, save, publish, unpublish, schedule, restore) writes an audit event about a content item in the same
/// transaction, and audit rows are never deleted, so their count is a change counter that needs no extra write.
/// Each instance polls it (Content:ChangePollMilliseconds, default 1 s) and invalidates its caches when it moves.
/// </summary>
public sealed class ContentChangeWatcher(
    IServiceScopeFactory scopes, GuidanceCatalog catalog, SgiTextCatalog sgiTexts, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentChangeWatcher> logger)
    : BackgroundService
{
    private long? _seen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(100, options.Value.ChangePollMilliseconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be away for a while; the caches keep serving what they have.
                logger.LogWarning(ex, "Could not check for content changes; will try again.");
            }
        }
    }

    /// <summary>Reads the change counter and invalidates the caches if it moved. Returns whether it did.</summary>
    public async Task<bool> CheckOnceAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var count = await db.AuditEvents.LongCountAsync(e => e.SubjectType == ContentEditor.SubjectType, cancellationToken);
        var changed = _seen is not null && _seen != count;
        _seen = count;
        if (changed)
        {
            catalog.Invalidate();
            sgiTexts.Invalidate();
        }

        return changed;
    }
}
