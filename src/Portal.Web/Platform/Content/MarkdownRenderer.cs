using System.Net;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Renders editor Markdown safely into FKUI-styled HTML. Raw HTML is escaped, link and image URLs are limited to
/// https, mailto, tel and relative paths, and ":::info Rubrik" / ":::warning Rubrik" blocks become FKUI message boxes.
/// Markdig's HTML then passes a second, independent layer (<see cref="ContentHtmlSanitizer"/>) that keeps only the
/// elements, attributes, FKUI classes and URL schemes the renderer itself writes, so a gap in the first layer does not
/// reach a page. Used by the public pages and by preview alike, so what an editor previews is what the public sees.
/// </summary>
public sealed class MarkdownRenderer(bool sanitize = true)
{
    public MarkdownRenderer()
        : this(sanitize: true)
    {
    }

    public static readonly IReadOnlySet<string> MessageBoxKinds = new HashSet<string>(StringComparer.Ordinal) { "info", "warning" };

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseCustomContainers()
        .Build();

    /// <summary>
    /// The page's HTML. With <paramref name="filesOf"/> (the version's id), a link or image whose address is a bare file
    /// name (<c>karta.png</c>, <c>blankett.pdf</c>) refers to that version's attachment: see <see cref="ContentAttachments"/>.
    /// </summary>
    public RenderedMarkdown Render(string markdown, Language language, Guid filesOf = default)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var problems = new List<string>();
        var links = new List<string>();
        var files = new List<string>();
        Sanitize(document, problems, links, files, filesOf);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.RemoveAll(r => r is HtmlCustomContainerRenderer);
        renderer.ObjectRenderers.Insert(0, new MessageBoxRenderer(language));
        renderer.Render(document);

        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2)
            .Select(h => new Heading(h.GetAttributes().Id ?? "", InlineText(h.Inline)))
            .ToList();
        var plainText = string.Join(' ', document.Descendants<LeafBlock>().Select(b => InlineText(b.Inline)));
        var html = writer.ToString();
        return new RenderedMarkdown(sanitize ? ContentHtmlSanitizer.Sanitize(html) : html, plainText, headings, links, problems) { Files = files };
    }

    /// <summary>True for https, mailto and tel URLs, app-relative paths and in-page anchors.</summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('#') || (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.Contains('\\', StringComparison.Ordinal)))
        {
            return true;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            // A relative path without a scheme, such as "skydda-din-sgi" or "../kontakt".
            return !trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.StartsWith("//", StringComparison.Ordinal);
        }

        return uri.Scheme is "https" or "mailto" or "tel";
    }

    private static void Sanitize(MarkdownDocument document, List<string> problems, List<string> links, List<string> files, Guid filesOf)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsAllowedUrl(link.Url))
            {
                problems.Add($"Länken '{link.Url}' är inte tillåten: använd https, mailto, tel eller en adress på webbplatsen.");
                Unwrap(link);
                continue;
            }

            if (filesOf != Guid.Empty && ContentAttachments.IsFileName(link.Url!.Trim()))
            {
                files.Add(link.Url!.Trim());
                link.Url = ContentAttachments.Path(filesOf, link.Url!.Trim());
            }
            else
            {
                links.Add(link.Url!.Trim());
            }

            if (!link.IsImage)
            {
                link.GetAttributes().AddClass("anchor");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!IsAllowedUrl(url))
            {
                problems.Add($"Länken '{autolink.Url}' är inte tillåten: använd https, mailto, tel eller en adress på webbplatsen.");
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
                continue;
            }

            links.Add(url);
            autolink.GetAttributes().AddClass("anchor");
        }

        foreach (var table in document.Descendants<Table>())
        {
            table.GetAttributes().AddClass("table");
        }

        foreach (var container in document.Descendants<CustomContainer>())
        {
            if (!MessageBoxKinds.Contains(container.Info ?? ""))
            {
                problems.Add($"Rutan ':::{container.Info}' finns inte. Använd :::info eller :::warning.");
            }
        }
    }

    /// <summary>Replaces a link by its text (or an image by its alt text), so a forbidden URL never reaches the page.</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(InlineText(link)));
            return;
        }

        var parent = link.Parent!;
        var children = link.ToList();
        var anchor = (Inline)link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
        _ = parent;
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var parts = new List<string>();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    parts.Add(literal.Content.ToString());
                    break;
                case CodeInline code:
                    parts.Add(code.Content);
                    break;
                case LineBreakInline:
                    parts.Add(" ");
                    break;
                case AutolinkInline auto:
                    parts.Add(auto.Url);
                    break;
            }
        }

        return string.Concat(parts);
    }

    /// <summary>Writes ":::info Rubrik" containers as FKUI message boxes.</summary>
    private sealed class MessageBoxRenderer(Language language) : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer obj)
        {
            var kind = obj.Info ?? "";
            if (!MessageBoxKinds.Contains(kind))
            {
                renderer.WriteChildren(obj);
                return;
            }

            var text = language.Text;
            var prefix = kind == "warning" ? text.WarningPrefix : text.InfoPrefix;
            renderer.EnsureLine();
            renderer.Write("<div class=\"message-box message-box--").Write(kind).Write("\">");
            renderer.Write("<div class=\"message-box__content\">");
            if (!string.IsNullOrWhiteSpace(obj.Arguments))
            {
                renderer.Write("<h2 class=\"message-box__heading\"><span class=\"sr-only\">")
                    .Write(WebUtility.HtmlEncode(prefix)).Write(": </span>")
                    .Write(WebUtility.HtmlEncode(obj.Arguments.Trim())).Write("</h2>");
            }
            else
            {
                renderer.Write("<p class=\"sr-only\">").Write(WebUtility.HtmlEncode(prefix)).Write("</p>");
            }

            renderer.WriteLine();
            renderer.WriteChildren(obj);
            renderer.WriteLine("</div></div>");
        }
    }
}

public sealed record Heading(string Id, string Text);

/// <summary>The rendered page, its searchable text, its links and anything an editor should fix.</summary>
public sealed record RenderedMarkdown(
    string Html,
    string PlainText,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<string> Links,
    IReadOnlyList<string> Problems)
{
    /// <summary>The attachments (by file name) the text refers to.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
}
