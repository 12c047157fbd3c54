using Ganss.Xss;

namespace Portal.Web.Platform.Content;

/// <summary>
/// The second layer after Markdig: an allow-list of exactly what <see cref="MarkdownRenderer"/> writes. Elements:
/// paragraphs, headings (with their ids, for the page's table of contents), lists, emphasis, code, quotes, rules,
/// line breaks, links and images, tables and the FKUI message box; attributes: href, src, alt, title, id, class
/// (FKUI's own classes only) and the alignment of table cells; URL schemes: https, mailto and tel, besides paths on
/// the site and anchors. Anything else (an element, an event attribute, a style, another scheme) is removed.
/// </summary>
public static class ContentHtmlSanitizer
{
    /// <summary>The classes the renderer gives: FKUI's anchor, table and message box, and the screen-reader text.</summary>
    public static readonly IReadOnlySet<string> AllowedClasses = new HashSet<string>(StringComparer.Ordinal)
    {
        "anchor", "table", "message-box", "message-box--info", "message-box--warning", "message-box__content", "message-box__heading", "sr-only",
    };

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote", "hr", "br",
                "a", "img", "table", "thead", "tbody", "tr", "th", "td", "div", "span", "del",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "id", "class", "start", "style",
            },
            AllowedClasses = new HashSet<string>(AllowedClasses, StringComparer.Ordinal),
            // Pipe tables align cells with style="text-align: …"; nothing else may be styled.
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text-align" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        };
        var sanitizer = new HtmlSanitizer(options);
        // Markdig writes complete fragments; keep its output as a fragment, without a surrounding document.
        sanitizer.KeepChildNodes = true;
        return sanitizer;
    }
}
