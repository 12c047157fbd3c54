using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Editor;

/// <summary>
/// The second Redaktör's review (Editor:RequireReview): the latest version against the published one (changed words,
/// folded unchanged stretches), then approve, or send back with a comment. Nobody reviews their own change.
/// </summary>
public sealed class ReviewModel(ContentEditor editor, TimeProvider time) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Latest { get; private set; } = null!;

    public ContentVersion? Published { get; private set; }

    public ContentReview? Review { get; private set; }

    public VersionDiff Diff { get; private set; } = null!;

    /// <summary>The signed-in editor wrote or sent the change and may not decide on it.</summary>
    public bool OwnChange { get; private set; }

    [BindProperty]
    public string Comment { get; set; } = "";

    public Dictionary<string, string> Errors { get; } = [];

    public ErrorSummary Summary => new(Errors.Select(e => new ErrorSummaryItem(e.Key, e.Key == nameof(Comment) ? "Kommentar" : "Granskning", e.Value)).ToList());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, false, cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var comment = Comment?.Trim() ?? "";
        if (!approve && comment.Length == 0)
        {
            Errors[nameof(Comment)] = "Skriv vad som behöver ändras.";
            return Page();
        }

        if (comment.Length > 1000)
        {
            Errors[nameof(Comment)] = "Kommentaren får vara högst 1000 tecken.";
            return Page();
        }

        var problem = await editor.DecideReviewAsync(id, Latest.VersionNumber, approve, EditorSupport.Context(HttpContext, time, approve ? null : comment), cancellationToken);
        if (problem is not null)
        {
            Errors["review"] = problem;
            return Page();
        }

        return Redirect(Url.PublishUrl(id, new { klart = approve ? "godkand" : "tillbaka" }));
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
        Review = await editor.ReviewOfAsync(id, Latest.VersionNumber, cancellationToken);
        var actor = EditorSupport.Context(HttpContext, time).Actor;
        OwnChange = Review is not null && (Review.RequestedBy == actor || Latest.CreatedBy == actor);
        Diff = VersionDiff.Between(Published ?? new ContentVersion { Slug = "", Title = "", Body = "", CreatedBy = "" }, Latest);
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url,
            $"Granska {Latest.Title}", new LayoutLink(Latest.Title, Url.EditUrl(id)), new LayoutLink("Granskning", Url.ReviewUrl(id)));
        return true;
    }
}
