using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Content;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.SgiCheck;

/// <summary>
/// The published SGI-skyddskoll texts (content/sgi-koll/texts.*.yml as stored in the content store), per language.
/// Used by the step-by-step pages and the JSON API. A parsed version is kept in memory; which version is published
/// is looked up again at most every <see cref="RecheckInterval"/>, so an editor's published wording shows without a
/// restart and the API does not read the database on every request.
/// </summary>
public sealed class SgiTextCatalog(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _byLanguage = new(StringComparer.Ordinal);

    private sealed record Entry(Guid VersionId, TextBundle Bundle, DateTimeOffset CheckedAt);

    /// <summary>The texts in the language (English for <c>en</c>, otherwise Swedish); the Swedish ones when there is no translation.</summary>
    public async ValueTask<TextBundle> GetAsync(Language language, CancellationToken cancellationToken = default)
    {
        var code = language.Code == Languages.English.Code ? Languages.English.Code : Languages.Swedish.Code;
        var now = time.GetUtcNow();
        if (_byLanguage.TryGetValue(code, out var cached) && now - cached.CheckedAt < RecheckInterval)
        {
            return cached.Bundle;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var published = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsPublished && v.Item!.ContentType == ContentTypes.SgiCheckTexts)
            .Select(v => new { v.Id, v.Item!.Language })
            .ToListAsync(cancellationToken);
        var chosen = published.FirstOrDefault(v => v.Language == code) ?? published.FirstOrDefault(v => v.Language == Languages.Swedish.Code)
            ?? throw new InvalidOperationException("The SGI-skyddskoll texts are not published (content/sgi-koll).");
        if (cached is not null && cached.VersionId == chosen.Id)
        {
            _byLanguage[code] = cached with { CheckedAt = now };
            return cached.Bundle;
        }

        var body = await db.ContentVersions.AsNoTracking().Where(v => v.Id == chosen.Id).Select(v => v.Body).SingleAsync(cancellationToken);
        var bundle = StructuredTexts.Parse($"version {chosen.Id}", body);
        _byLanguage[code] = new Entry(chosen.Id, bundle, now);
        return bundle;
    }

    /// <summary>Forget the cached texts, for example right after publishing a new version.</summary>
    public void Invalidate() => _byLanguage.Clear();
}
