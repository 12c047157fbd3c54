using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Editor;

/// <summary>
/// Förhandsgranska: a saved version (GET) or the unsaved form (POST), rendered by the public renderer in the public
/// layout and article partial, so the editor sees exactly what the public will see. Works without JavaScript.
/// </summary>
public sealed class PreviewModel(ContentEditor editor, PublishedContent content, GuidanceContent guidance, MarkdownRenderer renderer) : PageModel
{
    [BindProperty]
    public DraftForm Input { get; set; } = new();

    public ContentItem Item { get; private set; } = null!;

    public ArticleView View { get; private set; } = null!;

    /// <summary>The saved version shown, or null for the unsaved text of the form.</summary>
    public int? VersionNumber { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        var shown = version is null ? item?.Versions.SingleOrDefault(v => v.IsLatest) : item?.Versions.SingleOrDefault(v => v.VersionNumber == version);
        if (item is null || shown is null || editor.IsStructured(item.ContentType))
        {
            return NotFound();
        }

        Item = item;
        VersionNumber = shown.VersionNumber;
        await BuildAsync(DraftForm.From(shown).ToDraft(), shown.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        if (item is null || editor.IsStructured(item.ContentType))
        {
            return NotFound();
        }

        Item = item;
        await BuildAsync(Input.ToDraft(), item.Versions.Single(v => v.IsLatest).Id, cancellationToken);
        return Page();
    }

    /// <summary>The rendered text only, for the live preview script on the edit page.</summary>
    public async Task<IActionResult> OnPostFragmentAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var rendered = renderer.Render(Input.Body ?? "", Languages.Get(item.Language), item.Versions.Single(v => v.IsLatest).Id);
        var html = new StringBuilder();
        if (rendered.Problems.Count > 0)
        {
            html.Append("<div class=\"message-box message-box--warning\"><div class=\"message-box__content\"><p>Rätta det här innan du publicerar:</p><ul>");
            foreach (var problem in rendered.Problems)
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(problem)).Append("</li>");
            }

            html.Append("</ul></div></div>");
        }

        html.Append(rendered.Html);
        return Content(html.ToString(), "text/html; charset=utf-8");
    }

    private async Task BuildAsync(EditorDraft draft, Guid versionId, CancellationToken cancellationToken)
    {
        var language = Languages.Get(Item.Language);
        var snapshot = await content.GetAsync<GuidanceSnapshot>(cancellationToken);
        var m = draft.Metadata;
        var page = guidance.Page(new StoredContent(Item.Id, versionId, Item.ContentType, Item.TranslationKey, language, m, draft.Body));
        Problems = page.Rendered.Problems;
        var section = page.IsStart ? [] : snapshot.InSection(language, m.Section).Where(p => p.ItemId != Item.Id).Append(page)
            .OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        var related = m.Related.Select(key => snapshot.ByKeyOrSwedish(language, key)).OfType<GuidancePage>().ToList();
        View = new ArticleView(page, section, related, language);
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(
            language,
            "Förhandsgranskning: " + m.Title,
            LayoutFactory.PageLinks(snapshot, Item.TranslationKey, language),
            page.IsStart ? [] : LayoutFactory.Crumbs(language, m.Title, page.Url),
            m.Summary,
            noIndex: true,
            url: Url);
    }
}
