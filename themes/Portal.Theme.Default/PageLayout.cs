namespace Portal.Theme;

/// <summary>
/// Everything the theme's layout shows around a page. The app fills it per request (ViewData["PageLayout"]);
/// the theme never hard-codes texts, so the same layout serves Swedish, English and lättläst pages.
/// </summary>
public sealed class PageLayout
{
    public const string ViewDataKey = "PageLayout";

    public required string HtmlLang { get; init; }

    /// <summary>The page's own title; the layout adds the service name in &lt;title&gt;.</summary>
    public required string Title { get; init; }

    public string? MetaDescription { get; init; }

    public required string ServiceName { get; init; }

    public required string ServiceTagline { get; init; }

    public required string HomeUrl { get; init; }

    public required string SkipLinkText { get; init; }

    public IReadOnlyList<LayoutLink> Breadcrumbs { get; init; } = [];

    public required string BreadcrumbsLabel { get; init; }

    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    public required string LanguagesLabel { get; init; }

    /// <summary>The citizen search box in the header; null on staff pages, which have the staff header instead.</summary>
    public SearchBox? Search { get; init; }

    public required string FooterLabel { get; init; }

    public required string FooterText { get; init; }

    public IReadOnlyList<LayoutLink> FooterLinks { get; init; } = [];

    /// <summary>"Fel" while the page shows an error summary: put in front of the title in &lt;title&gt; only, never in the breadcrumbs.</summary>
    public string? TitlePrefix { get; set; }

    /// <summary>True on pages that must not be indexed by search engines (errors, personal pages).</summary>
    public bool NoIndex { get; init; }

    /// <summary>The page's one absolute address for search engines (&lt;link rel="canonical"&gt;); null on pages without one.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The same page in other languages (&lt;link rel="alternate" hreflang&gt;), absolute, the page itself included.</summary>
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];
}

/// <summary>A language version of the page for search engines: hreflang is a BCP 47 tag or x-default.</summary>
public sealed record AlternateLink(string HrefLang, string Url);

public sealed record LayoutLink(string Text, string Url);

public sealed record LanguageLink(string Text, string Url, string HtmlLang, bool IsCurrent);

public sealed record SearchBox(string Action, string Label, string ButtonText, string? Query);
