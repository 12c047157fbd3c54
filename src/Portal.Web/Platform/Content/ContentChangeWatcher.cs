using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Keeps this instance's <see cref="PublishedContent"/> in step with changes made on other instances: it reads the
/// <see cref="ContentGeneration"/> row (one row by its key) every Content:ChangePollMilliseconds (default 1 s) and
/// drops the cache when the stamp differs from the one the cache was loaded with. The database says what changed, not
/// a count of audit rows.
/// </summary>
public sealed class ContentChangeWatcher(
    IServiceScopeFactory scopes, PublishedContent content, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentChangeWatcher> logger)
    : BackgroundService
{
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
                // The database may be away for a while; the cache keeps serving what it has.
                logger.LogWarning(ex, "Could not check for content changes; will try again.");
            }
        }
    }

    /// <summary>Reads the generation stamp and drops the cache if it moved. Returns whether it did.</summary>
    public async Task<bool> CheckOnceAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stamp = await db.ContentGenerations.AsNoTracking().Where(g => g.Id == ContentGeneration.RowId).Select(g => g.Stamp).SingleAsync(cancellationToken);
        // Nothing loaded means nothing to drop: the next read loads the current state.
        var changed = content.LoadedStamp is { } loaded && loaded != stamp;
        if (changed)
        {
            content.Invalidate();
        }

        return changed;
    }
}
