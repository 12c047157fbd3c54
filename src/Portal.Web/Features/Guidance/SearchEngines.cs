using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>
/// What search engines read: <c>/sitemap.xml</c> (every published guidance page with its language versions),
/// <c>/robots.txt</c>, and the canonical address and hreflang links of each page. Addresses are absolute, built from
/// PublicAddress:BaseUrl, never from the request's Host.
/// </summary>
public static class SearchEngines
{
    public const string SitemapPath = "/sitemap.xml";

    public const string RobotsPath = "/robots.txt";

    /// <summary>
    /// Staff, personal and per-person pages: nothing there is for a search engine. robots.txt disallows the first
    /// segment of each one's route, read from the routes themselves so a changed route cannot leave a stale rule.
    /// </summary>
    public static readonly IReadOnlyList<string> DisallowedPages =
    [
        "/Editor/Index", "/Feedback/Report", "/StaffAccounts/Index", "/StaffAccounts/Admin/Accounts", "/Meetings/Index",
        "/FollowUp/Index", "/Questionnaire/Open", "/Questionnaire/Form/Index", "/Errors/Error", "/Feedback/Send",
    ];

    /// <summary>Address prefixes that are not pages (the SGI API).</summary>
    public static readonly IReadOnlyList<string> DisallowedPrefixes = ["/api/"];

    /// <summary>
    /// The hreflang of a language version. Lättläst is Swedish, so it cannot be "sv" beside the Swedish page: it gets
    /// the private-use tag sv-x-lattlast (valid BCP 47), and the Swedish page is also the x-default.
    /// </summary>
    public static string HrefLang(Language language) => language == Languages.EasySwedish ? "sv-x-lattlast" : language.HtmlLang;

    /// <summary>The published language versions of the page with <paramref name="key"/>, plus x-default (Swedish); empty when there is only one.</summary>
    public static IReadOnlyList<AlternateLink> Alternates(GuidanceSnapshot snapshot, string key, PublicAddress address)
    {
        var versions = Languages.All.Select(language => snapshot.ByKey(language, key)).OfType<GuidancePage>().ToList();
        if (versions.Count < 2)
        {
            return [];
        }

        var links = versions.Select(page => new AlternateLink(HrefLang(page.Language), address.Absolute(page.Url))).ToList();
        if (snapshot.ByKey(Languages.Swedish, key) is { } swedish)
        {
            links.Add(new AlternateLink("x-default", address.Absolute(swedish.Url)));
        }

        return links;
    }

    public static IEndpointRouteBuilder MapSearchEngines(this IEndpointRouteBuilder app)
    {
        app.MapGet(SitemapPath, async (PublishedContent content, PublicAddress address, CancellationToken cancellationToken) =>
            Results.Text(Sitemap(await content.GetAsync<GuidanceSnapshot>(cancellationToken), address), "application/xml; charset=utf-8", Encoding.UTF8))
            .CacheOutput(GuidanceOutputCache.PolicyName).AllowAnonymous();
        app.MapGet(RobotsPath, (PublicAddress address, EndpointDataSource endpoints) =>
            Results.Text(Robots(address, DisallowedPaths(endpoints)), "text/plain; charset=utf-8", Encoding.UTF8))
            .CacheOutput(GuidanceOutputCache.PolicyName).AllowAnonymous();
        return app;
    }

    /// <summary>The sitemap protocol's urlset, with an xhtml:link per language version (Google's hreflang in sitemaps).</summary>
    public static string Sitemap(GuidanceSnapshot snapshot, PublicAddress address)
    {
        const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string XhtmlNs = "http://www.w3.org/1999/xhtml";
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", SitemapNs);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in snapshot.Pages)
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, address.Absolute(page.Url));
                foreach (var alternate in Alternates(snapshot, page.Key, address))
                {
                    writer.WriteStartElement("xhtml", "link", XhtmlNs);
                    writer.WriteAttributeString("rel", "alternate");
                    writer.WriteAttributeString("hreflang", alternate.HrefLang);
                    writer.WriteAttributeString("href", alternate.Url);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        // StringBuilder output declares UTF-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>The first literal segment (after any language prefix) of the routes of <see cref="DisallowedPages"/>, plus <see cref="DisallowedPrefixes"/>.</summary>
    public static IReadOnlyList<string> DisallowedPaths(EndpointDataSource endpoints)
    {
        var prefixes = Languages.All.Select(l => l.PathPrefix.TrimStart('/')).Where(p => p.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pages = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { } page && DisallowedPages.Contains(page.ViewEnginePath))
            .Select(e => e.RoutePattern.PathSegments
                .Where(segment => segment.IsSimple && segment.Parts[0] is RoutePatternLiteralPart literal && !prefixes.Contains(literal.Content))
                .Select(segment => "/" + ((RoutePatternLiteralPart)segment.Parts[0]).Content)
                .FirstOrDefault())
            .OfType<string>();
        return pages.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Concat(DisallowedPrefixes).ToList();
    }

    public static string Robots(PublicAddress address, IEnumerable<string> disallowed)
    {
        var builder = new StringBuilder("User-agent: *\n");
        foreach (var path in disallowed)
        {
            builder.Append("Disallow: ").Append(path).Append('\n');
        }

        builder.Append("\nSitemap: ").Append(address.Absolute(SitemapPath)).Append('\n');
        return builder.ToString();
    }
}
