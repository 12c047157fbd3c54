using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>Search over the published guidance in the language of the URL (/sok, /en/search, /lattlast/sok).</summary>
public sealed class SearchModel(PublishedContent content) : PageModel
{
    public Language Language { get; private set; } = Languages.Swedish;

    public string Query { get; private set; } = "";

    public string? Problem { get; private set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Language = HttpContext.GetLanguage();
        Query = (q ?? "").Trim();
        var text = Language.Text;
        if (Query.Length > GuidanceSearch.MaxQueryLength)
        {
            Problem = text.SearchTooLong;
            Query = Query[..GuidanceSearch.MaxQueryLength];
        }
        else if (Request.Query.ContainsKey("q") && Query.Length == 0)
        {
            Problem = text.SearchEmpty;
        }
        else if (Query.Length > 0)
        {
            var snapshot = await content.GetAsync<GuidanceSnapshot>(cancellationToken);
            Hits = snapshot.Search.Find(Language, Query);
        }

        var title = Query.Length > 0 && Problem is null ? $"{text.SearchResultsFor} \u201d{Query}\u201d" : text.SearchTitle;
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(
            Language,
            title,
            Languages.All.Select(l => new LanguageLink(l.NativeName, Url.PageIn(l, "/Guidance/Search"), l.HtmlLang, l == Language)).ToList(),
            LayoutFactory.Crumbs(Language, text.SearchTitle, Url.PageIn(Language, "/Guidance/Search")),
            query: Query,
            noIndex: true,
            url: Url);
    }
}
