using System.Text;
using System.Xml;
using Portal.Theme;
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

    /// <summary>Staff, personal and per-person addresses: nothing there is for a search engine.</summary>
    public static readonly IReadOnlyList<string> Disallowed =
        ["/redaktion", "/personal", "/admin", "/handlaggare", "/uppfoljning", "/mote", "/formular", "/api/", "/fel", "/synpunkt"];

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
        app.MapGet(SitemapPath, async (GuidanceCatalog catalog, PublicAddress address, CancellationToken cancellationToken) =>
            Results.Text(Sitemap(await catalog.GetAsync(cancellationToken), address), "application/xml; charset=utf-8", Encoding.UTF8))
            .CacheOutput(GuidanceOutputCache.PolicyName).AllowAnonymous();
        app.MapGet(RobotsPath, (PublicAddress address) => Results.Text(Robots(address), "text/plain; charset=utf-8", Encoding.UTF8))
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

    public static string Robots(PublicAddress address)
    {
        var builder = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            builder.Append("Disallow: ").Append(path).Append('\n');
        }

        builder.Append("\nSitemap: ").Append(address.Absolute(SitemapPath)).Append('\n');
        return builder.ToString();
    }
}
