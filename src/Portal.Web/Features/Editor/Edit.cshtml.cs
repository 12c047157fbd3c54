using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Editor;

/// <summary>Edit a content item: every save is a new draft version; the published version is untouched until Publicera.</summary>
public sealed class EditModel(ContentEditor editor, TimeProvider time) : PageModel
{
    [BindProperty]
    public DraftForm Input { get; set; } = new();

    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Latest { get; private set; } = null!;

    public ContentVersion? Published { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The version someone else saved while this editor was typing.</summary>
    public ContentVersion? Conflict { get; private set; }

    public int? SavedVersion { get; private set; }

    /// <summary>After a save: what would stop the saved version from being published (broken links, unknown related pages, …).</summary>
    public IReadOnlyList<string> SavedProblems { get; private set; } = [];

    public bool Structured => editor.IsStructured(Item.ContentType);

    public ErrorSummary Summary => DraftForm.ErrorSummaryFor(Errors);

    public async Task<IActionResult> OnGetAsync(Guid id, int? sparad, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = DraftForm.From(Latest);
        SavedVersion = sparad;
        if (sparad == Latest.VersionNumber)
        {
            // Reported at once, not first at publishing.
            SavedProblems = await editor.CheckAsync(Item, Latest, cancellationToken);
        }

        return Page();
    }

    /// <summary>Back from the preview with the unsaved text.</summary>
    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var context = EditorSupport.Context(HttpContext, time, Input.ChangeNote);
        var result = await editor.SaveDraftAsync(id, Input.BaseVersion, Input.ToDraft(), Input.ChangeNote ?? "", context, cancellationToken);
        switch (result)
        {
            case EditResult.Saved saved:
                return Redirect(Url.EditUrl(id, new { sparad = saved.Version.VersionNumber }));
            case EditResult.Conflict conflict:
                Conflict = conflict.Latest;
                Latest = conflict.Latest;
                // The next save is a deliberate choice made with both texts in view.
                Input.BaseVersion = conflict.Latest.VersionNumber;
                return Page();
            case EditResult.Invalid invalid:
                foreach (var problem in invalid.Problems)
                {
                    Errors.TryAdd(problem.Field, problem.Message);
                }

                return Page();
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Latest = item.Versions.Single(v => v.IsLatest);
        Published = item.Versions.SingleOrDefault(v => v.IsPublished);
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url, $"Redigera {Latest.Title}", new LayoutLink(Latest.Title, Url.EditUrl(id)));
        return true;
    }
}
