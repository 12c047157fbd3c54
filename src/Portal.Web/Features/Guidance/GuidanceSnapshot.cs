using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>A published (or previewed) guidance page: its metadata and its rendered text.</summary>
public sealed record GuidancePage(
    Guid ItemId,
    Guid VersionId,
    string Key,
    Language Language,
    PageMetadata Metadata,
    RenderedMarkdown Rendered)
{
    public string Slug => Metadata.Slug;

    public string Title => Metadata.Title;

    public string Summary => Metadata.Summary;

    public string Section => Metadata.Section;

    public int Order => Metadata.Order;

    public DateOnly? LastReviewed => Metadata.LastReviewed;

    public IReadOnlyList<string> Related => Metadata.Related;

    public string Url => Language.PageUrl(Slug);

    public bool IsStart => Key == Languages.StartSlug;
}

/// <summary>
/// An immutable view of all published guidance pages, with the lookups the pages need: what the guidance content
/// type publishes into <see cref="PublishedContent"/>.
/// </summary>
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
