using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Editor;

/// <summary>Every guidance page, SGI-skyddskoll text and questionnaire, by section and language, with status and translations.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider time) : PageModel
{
    public const string StatusPublished = "publicerad";
    public const string StatusChanged = "andrad";
    public const string StatusScheduled = "planerad";
    public const string StatusOverdue = "granskning";
    public const string StatusUnpublished = "opublicerad";

    public static readonly IReadOnlyList<(string Value, string Text)> StatusFilters =
    [
        (StatusPublished, "Publicerad"),
        (StatusChanged, "Har opublicerade ändringar"),
        (StatusScheduled, "Planerad publicering"),
        (StatusOverdue, "Granskning försenad"),
        (StatusUnpublished, "Inte publicerad"),
    ];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public string? Query { get; private set; }

    public string? Type { get; private set; }

    public string? Language { get; private set; }

    public string? Section { get; private set; }

    public string? Status { get; private set; }

    public sealed record Row(
        Guid Id,
        string ContentType,
        string Key,
        string Language,
        string Title,
        string Section,
        int Order,
        int LatestVersion,
        int? PublishedVersion,
        DateTime? ScheduledUtc,
        DateOnly? ReviewDue,
        bool ReviewOverdue,
        IReadOnlyList<TranslationState> Translations)
    {
        public bool HasUnpublishedChanges => PublishedVersion is not null && PublishedVersion != LatestVersion;
    }

    /// <summary>A linked language version of a guidance page: missing, older than the Swedish one, or up to date.</summary>
    public sealed record TranslationState(string Language, Guid? ItemId, bool Missing, bool OlderThanSwedish);

    public async Task OnGetAsync(string? q, string? typ, string? sprak, string? sektion, string? status, CancellationToken cancellationToken)
    {
        Query = q?.Trim();
        Type = typ;
        Language = sprak;
        Section = sektion;
        Status = status;
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url, "Redaktion");

        var today = StockholmTime.Today(time);
        var items = await db.ContentItems.AsNoTracking().Include(i => i.Versions).ToListAsync(cancellationToken);
        var pending = await db.ContentSchedules.AsNoTracking().Where(s => s.Status == ScheduleStatus.Scheduled)
            .ToDictionaryAsync(s => s.ContentItemId, s => s.PublishAtUtc, cancellationToken);
        var guidance = items.Where(i => i.ContentType == GuidanceContent.TypeName).ToList();

        var rows = items.Select(item =>
        {
            var latest = item.Versions.Single(v => v.IsLatest);
            var published = item.Versions.SingleOrDefault(v => v.IsPublished);
            var due = item.ContentType == GuidanceContent.TypeName ? ContentEditor.ReviewDue(latest.LastReviewed) : null;
            return new Row(
                item.Id, item.ContentType, item.TranslationKey, item.Language, latest.Title, latest.Section, latest.SortOrder,
                latest.VersionNumber, published?.VersionNumber, pending.TryGetValue(item.Id, out var at) ? at : null,
                due, due < today, item.ContentType == GuidanceContent.TypeName ? Translations(item, guidance) : []);
        }).ToList();
        Total = rows.Count;

        IEnumerable<Row> filtered = rows;
        if (!string.IsNullOrEmpty(Query))
        {
            var words = GuidanceSearch.Fold(Query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            filtered = filtered.Where(r =>
            {
                var haystack = GuidanceSearch.Fold($"{r.Title} {r.Key} {r.Section}");
                return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
            });
        }

        if (!string.IsNullOrEmpty(Type))
        {
            filtered = filtered.Where(r => r.ContentType == Type);
        }

        if (!string.IsNullOrEmpty(Language))
        {
            filtered = filtered.Where(r => r.Language == Language);
        }

        if (!string.IsNullOrEmpty(Section))
        {
            filtered = filtered.Where(r => r.Section == Section);
        }

        filtered = Status switch
        {
            StatusPublished => filtered.Where(r => r.PublishedVersion is not null),
            StatusChanged => filtered.Where(r => r.HasUnpublishedChanges),
            StatusScheduled => filtered.Where(r => r.ScheduledUtc is not null),
            StatusOverdue => filtered.Where(r => r.ReviewOverdue),
            StatusUnpublished => filtered.Where(r => r.PublishedVersion is null),
            _ => filtered,
        };

        Rows = filtered
            .OrderBy(r => r.ContentType == GuidanceContent.TypeName ? 0 : 1)
            .ThenBy(r => Languages.All.ToList().FindIndex(l => l.Code == r.Language))
            .ThenBy(r => Array.IndexOf(GuidanceContent.Sections.ToArray(), r.Section))
            .ThenBy(r => r.Order)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
    }

    private static List<TranslationState> Translations(ContentItem item, List<ContentItem> guidance)
    {
        var linked = guidance.Where(g => g.TranslationKey == item.TranslationKey).ToList();
        var swedish = linked.FirstOrDefault(g => g.Language == Languages.Swedish.Code);
        var swedishChanged = swedish?.Versions.Single(v => v.IsLatest).CreatedUtc;
        return Languages.All.Select(language =>
        {
            var other = linked.FirstOrDefault(g => g.Language == language.Code);
            if (other is null)
            {
                return new TranslationState(language.Code, null, Missing: true, OlderThanSwedish: false);
            }

            var changed = other.Versions.Single(v => v.IsLatest).CreatedUtc;
            return new TranslationState(language.Code, other.Id, false, language != Languages.Swedish && changed < swedishChanged);
        }).ToList();
    }
}
