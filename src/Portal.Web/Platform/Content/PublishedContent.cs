using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Content;

/// <summary>
/// The one cache of published content. It loads every published version in one query, with the
/// <see cref="ContentGeneration"/> stamp read first, and each registered content type builds what its pages read
/// (on first use). It is dropped when this instance changes content (<see cref="Invalidate"/> after the commit) and
/// when the watcher sees another stamp in the database, so another instance's change shows within the poll interval.
/// Versions read by id (a questionnaire a person answered) never change and are kept apart from the generation.
/// </summary>
public sealed class PublishedContent(IServiceScopeFactory scopes, ContentTypeRegistry types, IEnumerable<IContentChangeListener> listeners) : IDisposable
{
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly ConcurrentDictionary<Guid, object> _versions = new();
    private volatile Snapshot? _snapshot;
    private long _generation;

    /// <summary>Increases with every <see cref="Invalidate"/>; output caches put it in their keys.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The stamp of the database state the current snapshot was loaded from; null before the first load.</summary>
    public Guid? LoadedStamp => _snapshot?.Stamp;

    /// <summary>What the content type that publishes <typeparamref name="T"/> built from the published versions.</summary>
    public async ValueTask<T> GetAsync<T>(CancellationToken cancellationToken = default)
        where T : class
    {
        var snapshot = _snapshot ?? await LoadAsync(cancellationToken);
        return (T)snapshot.Get(types.ByPublishedType(typeof(T)));
    }

    /// <summary>One stored version as its content type reads it, published or not.</summary>
    public async ValueTask<T> VersionAsync<T>(Guid versionId, CancellationToken cancellationToken = default)
        where T : class
    {
        if (_versions.TryGetValue(versionId, out var cached))
        {
            return (T)cached;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = await db.ContentVersions.AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => new { Version = v, v.Item!.ContentType, v.Item.TranslationKey, v.Item.Language })
            .SingleAsync(cancellationToken);
        var content = new StoredContent(row.Version.ContentItemId, row.Version.Id, row.ContentType, row.TranslationKey, Languages.Get(row.Language), row.Version.Metadata, row.Version.Body);
        return (T)_versions.GetOrAdd(versionId, types.Get(row.ContentType).ParseVersion(content));
    }

    /// <summary>Drops the snapshot; the next read loads the published content again.</summary>
    public void Invalidate()
    {
        _snapshot = null;
        Interlocked.Increment(ref _generation);
        foreach (var listener in listeners)
        {
            listener.ContentChanged();
        }
    }

    public void Dispose() => _loadLock.Dispose();

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }

            // A snapshot loaded while an invalidation happened may be stale: use it for this request, keep it only if not.
            var generation = Generation;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var stamp = await db.ContentGenerations.AsNoTracking().Where(g => g.Id == ContentGeneration.RowId).Select(g => g.Stamp).SingleAsync(cancellationToken);
            var rows = await db.ContentVersions.AsNoTracking()
                .Where(v => v.IsPublished)
                .Select(v => new { Version = v, v.Item!.ContentType, v.Item.TranslationKey, v.Item.Language })
                .ToListAsync(cancellationToken);
            var published = rows
                .Select(r => new StoredContent(r.Version.ContentItemId, r.Version.Id, r.ContentType, r.TranslationKey, Languages.Get(r.Language), r.Version.Metadata, r.Version.Body))
                .ToLookup(c => c.ContentType, StringComparer.Ordinal);
            var fresh = new Snapshot(stamp, published);
            if (generation == Generation)
            {
                _snapshot = fresh;
            }

            return fresh;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>The published versions of one database state, and what each content type built from them.</summary>
    private sealed class Snapshot(Guid stamp, ILookup<string, StoredContent> published)
    {
        private readonly ConcurrentDictionary<string, Lazy<object>> _built = new(StringComparer.Ordinal);

        public Guid Stamp { get; } = stamp;

        public object Get(ContentType type) =>
            _built.GetOrAdd(type.Name, _ => new Lazy<object>(() => type.Build(published[type.Name].ToList()))).Value;
    }
}

/// <summary>A cache of pages made from published content (an output cache), told when that content is dropped.</summary>
public interface IContentChangeListener
{
    void ContentChanged();
}
