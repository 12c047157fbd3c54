using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.SgiCheck;

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

    private sealed record Entry(string VersionKey, TextBundle Bundle, DateTimeOffset CheckedAt);

    /// <summary>
    /// The texts in the language: English for <c>en</c>; for lättläst, the lättläst texts over the Swedish ones (what
    /// has no lättläst version, such as the questions, is shown in Swedish); otherwise Swedish. The Swedish ones stand
    /// in when a language has no published texts.
    /// </summary>
    public async ValueTask<TextBundle> GetAsync(Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.Code == Languages.English.Code || language.Code == Languages.EasySwedish.Code ? language.Code : Languages.Swedish.Code;
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
        var swedish = published.FirstOrDefault(v => v.Language == Languages.Swedish.Code)
            ?? throw new InvalidOperationException("The SGI-skyddskoll texts are not published (content/sgi-koll).");
        var own = published.FirstOrDefault(v => v.Language == code);
        var layers = code == Languages.EasySwedish.Code && own is not null ? new[] { swedish.Id, own.Id } : [(own ?? swedish).Id];
        var key = string.Join('+', layers);
        if (cached is not null && cached.VersionKey == key)
        {
            _byLanguage[code] = cached with { CheckedAt = now };
            return cached.Bundle;
        }

        TextBundle? bundle = null;
        foreach (var id in layers)
        {
            var body = await db.ContentVersions.AsNoTracking().Where(v => v.Id == id).Select(v => v.Body).SingleAsync(cancellationToken);
            var layer = StructuredTexts.Parse($"version {id}", body);
            bundle = bundle is null ? layer : Over(bundle, layer);
        }

        _byLanguage[code] = new Entry(key, bundle!, now);
        return bundle!;
    }

    /// <summary>The texts of <paramref name="top"/> where it has them, the others from <paramref name="bottom"/>.</summary>
    public static TextBundle Over(TextBundle bottom, TextBundle top)
    {
        ArgumentNullException.ThrowIfNull(bottom);
        ArgumentNullException.ThrowIfNull(top);
        return new TextBundle
        {
            Language = top.Language,
            Texts = Merge(bottom.Texts, top.Texts),
            Questions = Merge(bottom.Questions, top.Questions),
            Errors = Merge(bottom.Errors, top.Errors),
            Ui = Merge(bottom.Ui, top.Ui),
        };

        static Dictionary<string, T> Merge<T>(Dictionary<string, T> under, Dictionary<string, T> over)
        {
            var merged = new Dictionary<string, T>(under, StringComparer.Ordinal);
            foreach (var (k, v) in over)
            {
                merged[k] = v;
            }

            return merged;
        }
    }

    /// <summary>Forget the cached texts, for example right after publishing a new version.</summary>
    public void Invalidate() => _byLanguage.Clear();
}
