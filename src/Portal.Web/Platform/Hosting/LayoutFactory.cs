using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Theme;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Hosting;

/// <summary>Builds the theme's <see cref="PageLayout"/> for a page in a language.</summary>
public static class LayoutFactory
{
    public static PageLayout Create(
        Language language,
        string title,
        IReadOnlyList<LanguageLink>? languageLinks = null,
        IReadOnlyList<LayoutLink>? breadcrumbs = null,
        string? description = null,
        string? query = null,
        bool noIndex = false,
        bool staff = false,
        IUrlHelper? url = null,
        string? canonicalUrl = null,
        IReadOnlyList<AlternateLink>? alternates = null)
    {
        var text = language.Text;
        // Staff pages have the staff header (name, sign-out) instead of the citizen search.
        var search = staff ? null : new SearchBox(
            (url ?? throw new ArgumentNullException(nameof(url), "A citizen page's layout needs the URL helper for its search address."))
                .PageIn(language, "/Guidance/Search"),
            text.SearchLabel,
            text.SearchButton,
            query);
        return new PageLayout
        {
            HtmlLang = language.HtmlLang,
            Title = title,
            MetaDescription = description,
            ServiceName = text.ServiceName,
            ServiceTagline = text.ServiceTagline,
            HomeUrl = language.PageUrl(Languages.StartSlug),
            SkipLinkText = text.SkipLink,
            Breadcrumbs = breadcrumbs ?? [],
            BreadcrumbsLabel = text.BreadcrumbsLabel,
            Languages = languageLinks ?? StartPageLinks(language),
            LanguagesLabel = text.LanguagesLabel,
            Search = search,
            FooterLabel = text.FooterLabel,
            FooterText = text.FooterAbout,
            FooterLinks =
            [
                new LayoutLink(text.Contact, language.PageUrl(text.FooterSlugs.Contact)),
                new LayoutLink(text.Accessibility, language.PageUrl(text.FooterSlugs.Accessibility)),
                new LayoutLink(text.Privacy, language.PageUrl(text.FooterSlugs.Privacy)),
            ],
            NoIndex = noIndex,
            CanonicalUrl = canonicalUrl,
            Alternates = alternates ?? [],
        };
    }

    /// <summary>Breadcrumbs from the language's start page to the current page.</summary>
    public static IReadOnlyList<LayoutLink> Crumbs(Language language, string title, string url) =>
        [new LayoutLink(language.Text.HomeCrumb, language.PageUrl(Languages.StartSlug)), new LayoutLink(title, url)];

    /// <summary>Links to the same page in every language: the translation where it exists, else the page that says it is missing.</summary>
    public static IReadOnlyList<LanguageLink> PageLinks(GuidanceSnapshot snapshot, string key, Language current)
    {
        var swedishSlug = snapshot.ByKey(Languages.Swedish, key)?.Slug;
        return Languages.All.Select(language =>
        {
            var translation = snapshot.ByKey(language, key);
            var url = translation?.Url ?? language.PageUrl(swedishSlug ?? key);
            return new LanguageLink(language.NativeName, url, language.HtmlLang, language == current);
        }).ToList();
    }

    public static IReadOnlyList<LanguageLink> StartPageLinks(Language current) =>
        Languages.All.Select(l => new LanguageLink(l.NativeName, l.PageUrl(Languages.StartSlug), l.HtmlLang, l == current)).ToList();

    public static string FormatDate(DateOnly date, Language language) =>
        date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language.HtmlLang));
}
