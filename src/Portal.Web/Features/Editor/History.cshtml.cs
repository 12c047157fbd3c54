using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Editor;

/// <summary>
/// All versions with who, when and why; a line diff between any two; restore an old version as a new draft; and the
/// page's reviews, publishing and unpublishing from the audit trail, with the reason or comment given.
/// </summary>
public sealed class HistoryModel(PortalDbContext db, ContentEditor editor, TimeProvider time) : PageModel
{
    /// <summary>The audit events shown under "Granskning och publicering", newest first, and what each is called there.</summary>
    public static readonly IReadOnlyDictionary<string, string> EventNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AuditEventType.ContentReviewRequested.Name] = "Bad om granskning",
        [AuditEventType.ContentReviewApproved.Name] = "Godkänd vid granskning",
        [AuditEventType.ContentReviewSentBack.Name] = "Skickad tillbaka vid granskning",
        [AuditEventType.ContentPublished.Name] = "Publicerad",
        [AuditEventType.ContentPublishedUrgently.Name] = "Publicerad som brådskande rättelse, av en administratör",
        [AuditEventType.ContentPublishScheduled.Name] = "Publicering planerad",
        [AuditEventType.ContentScheduleCancelled.Name] = "Planerad publicering avbruten",
        [AuditEventType.ContentScheduledPublishFailed.Name] = "Planerad publicering misslyckades",
        [AuditEventType.ContentUnpublished.Name] = "Avpublicerad",
    };

    /// <summary>How many of those events the page shows.</summary>
    public const int MaxEvents = 50;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

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

        var subjectId = id.ToString();
        var names = EventNames.Keys.ToList();
        Events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == ContentEditor.SubjectType && e.SubjectId == subjectId && names.Contains(e.EventType))
            .OrderByDescending(e => e.OccurredUtc).Take(MaxEvents).ToListAsync(cancellationToken);
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
