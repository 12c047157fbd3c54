using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>
/// The published guidance, rendered once and kept in memory. Publishing or importing calls <see cref="Invalidate"/>,
/// and the next request loads the new published versions; the output-cached pages (<see cref="GuidanceOutputCache"/>)
/// are evicted at the same moment. Changes made on another app instance (or by its scheduled publisher) reach this one
/// through <see cref="ContentChangeWatcher"/>, which calls <see cref="Invalidate"/>.
/// </summary>
public sealed class GuidanceCatalog(IServiceScopeFactory scopes, MarkdownRenderer renderer, IOutputCacheStore outputCache) : IDisposable
{
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile GuidanceSnapshot? _snapshot;
    private long _generation;

    /// <summary>Increases with every <see cref="Invalidate"/>; part of the output cache key of every guidance page.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public async ValueTask<GuidanceSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        if (snapshot is not null)
        {
            return snapshot;
        }

        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }

            // A snapshot loaded while an invalidation happened may be stale: use it for this request, keep it only if not.
            var generation = Generation;
            var fresh = await LoadAsync(cancellationToken);
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

    public void Invalidate()
    {
        _snapshot = null;
        Interlocked.Increment(ref _generation);
        // The in-memory store evicts synchronously; the generation in the key already hides the old pages either way.
        _ = outputCache.EvictByTagAsync(GuidanceOutputCache.Tag, CancellationToken.None).AsTask();
    }

    public void Dispose() => _loadLock.Dispose();

    private async Task<GuidanceSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsPublished && v.Item!.ContentType == ContentTypes.Guidance)
            .Select(v => new { Version = v, v.Item!.TranslationKey, v.Item.Language })
            .ToListAsync(cancellationToken);

        var pages = rows.Select(r =>
        {
            var language = Languages.Get(r.Language);
            var v = r.Version;
            return new GuidancePage(
                v.ContentItemId, v.Id, r.TranslationKey, language, v.Slug, v.Title, v.Summary, v.Section,
                v.SortOrder, v.LastReviewed, v.Owner, v.RelatedKeyList, renderer.Render(v.Body, language));
        }).ToList();
        return new GuidanceSnapshot(pages);
    }
}

public sealed record GuidancePage(
    Guid ItemId,
    Guid VersionId,
    string Key,
    Language Language,
    string Slug,
    string Title,
    string Summary,
    string Section,
    int Order,
    DateOnly? LastReviewed,
    string Owner,
    IReadOnlyList<string> Related,
    RenderedMarkdown Rendered)
{
    public string Url => Language.PageUrl(Slug);

    public bool IsStart => Key == Languages.StartSlug;
}

/// <summary>An immutable view of all published guidance pages, with the lookups the pages need.</summary>
public sealed class GuidanceSnapshot
{
    private readonly Dictionary<(string Language, string Slug), GuidancePage> _bySlug;
    private readonly Dictionary<(string Language, string Key), GuidancePage> _byKey;

    public GuidanceSnapshot(IReadOnlyList<GuidancePage> pages)
    {
        Pages = pages.OrderBy(p => p.Language.Code, StringComparer.Ordinal).ThenBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        _bySlug = Pages.ToDictionary(p => (p.Language.Code, p.Slug));
        _byKey = Pages.ToDictionary(p => (p.Language.Code, p.Key));
        Search = new GuidanceSearch(Pages);
    }

    public IReadOnlyList<GuidancePage> Pages { get; }

    public GuidanceSearch Search { get; }

    public GuidancePage? BySlug(Language language, string slug) => _bySlug.GetValueOrDefault((language.Code, slug));

    public GuidancePage? ByKey(Language language, string key) => _byKey.GetValueOrDefault((language.Code, key));

    /// <summary>The page in the wanted language, else its Swedish original.</summary>
    public GuidancePage? ByKeyOrSwedish(Language language, string key) => ByKey(language, key) ?? ByKey(Languages.Swedish, key);

    public IReadOnlyList<GuidancePage> InSection(Language language, string section) =>
        Pages.Where(p => p.Language == language && p.Section == section).ToList();

    public IReadOnlyList<GuidancePage> InLanguage(Language language) => Pages.Where(p => p.Language == language).ToList();
}
