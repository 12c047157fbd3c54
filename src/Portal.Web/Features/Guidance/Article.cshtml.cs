using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>A published guidance page at /{slug}, /en/{slug} or /lattlast/{slug}; the start page at the language root.</summary>
[OutputCache(PolicyName = GuidanceOutputCache.PolicyName)]
public sealed class ArticleModel(PublishedContent content, PublicAddress address) : PageModel
{
    public Language Language { get; private set; } = Languages.Swedish;

    public GuidancePage? Article { get; private set; }

    /// <summary>Set when the page exists in Swedish but not in the requested language.</summary>
    public GuidancePage? SwedishOriginal { get; private set; }

    public IReadOnlyList<GuidancePage> SectionPages { get; private set; } = [];

    public IReadOnlyList<GuidancePage> RelatedPages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        Language = HttpContext.GetLanguage();
        if (slug == Languages.StartSlug)
        {
            return RedirectPermanent(Language.PageUrl(Languages.StartSlug));
        }

        slug ??= Languages.StartSlug;
        var snapshot = await content.GetAsync<GuidanceSnapshot>(cancellationToken);
        Article = snapshot.BySlug(Language, slug);
        if (Article is null)
        {
            return MissingPage(snapshot, slug);
        }

        SectionPages = Article.IsStart ? [] : snapshot.InSection(Language, Article.Section);
        RelatedPages = Article.Related
            .Select(key => snapshot.ByKeyOrSwedish(Language, key))
            .OfType<GuidancePage>()
            .ToList();
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(
            Language,
            Article.Title,
            LayoutFactory.PageLinks(snapshot, Article.Key, Language),
            Article.IsStart ? [] : LayoutFactory.Crumbs(Language, Article.Title, Article.Url),
            Article.Summary,
            url: Url,
            canonicalUrl: address.Absolute(Article.Url),
            alternates: SearchEngines.Alternates(snapshot, Article.Key, address));
        return Page();
    }

    private IActionResult MissingPage(GuidanceSnapshot snapshot, string slug)
    {
        var swedish = Language == Languages.Swedish ? null : snapshot.BySlug(Languages.Swedish, slug);
        if (swedish is null)
        {
            return NotFound();
        }

        // The Swedish slug was asked for in another language: go to the translation if there is one.
        var translation = snapshot.ByKey(Language, swedish.Key);
        if (translation is not null)
        {
            return Redirect(translation.Url);
        }

        SwedishOriginal = swedish;
        var text = Language.Text;
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(
            Language,
            text.MissingTranslationTitle,
            LayoutFactory.PageLinks(snapshot, swedish.Key, Language),
            LayoutFactory.Crumbs(Language, text.MissingTranslationTitle, Language.PageUrl(slug)),
            noIndex: true,
            url: Url);
        return Page();
    }
}
