using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Content;

namespace Portal.Web.Features.Editor;

/// <summary>All versions with who, when and why; a line diff between any two; restore an old version as a new draft.</summary>
public sealed class HistoryModel(ContentEditor editor, TimeProvider time) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    public ContentVersion? From { get; private set; }

    public ContentVersion? To { get; private set; }

    public VersionDiff? Diff { get; private set; }

    public string? Restored { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? fran, int? till, int? aterstalld, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (aterstalld is { } restored)
        {
            Restored = $"Den gamla texten är sparad som ett nytt utkast, version {restored}. Inget i historiken har ändrats.";
        }

        if (fran is not null && till is not null)
        {
            From = Versions.SingleOrDefault(v => v.VersionNumber == fran);
            To = Versions.SingleOrDefault(v => v.VersionNumber == till);
            if (From is not null && To is not null)
            {
                Diff = VersionDiff.Between(From, To);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        if (item is null || item.Versions.All(v => v.VersionNumber != version))
        {
            return NotFound();
        }

        var result = await editor.RestoreAsync(id, version, EditorSupport.Context(HttpContext, time, $"Återställ version {version}"), cancellationToken);
        return result is EditResult.Saved saved
            ? Redirect(Url.HistoryUrl(id, new { aterstalld = saved.Version.VersionNumber }))
            : Redirect(Url.HistoryUrl(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Versions = item.Versions.OrderByDescending(v => v.VersionNumber).ToList();
        var title = Versions[0].Title;
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url,
            $"Historik för {title}", new LayoutLink(title, Url.EditUrl(id)), new LayoutLink("Historik", Url.HistoryUrl(id)));
        return true;
    }
}
