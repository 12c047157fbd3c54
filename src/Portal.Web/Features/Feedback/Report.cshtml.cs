using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Features.Editor;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Feedback;

/// <summary>The answers per page and month (share of yes), and the comments, which an editor marks as handled.</summary>
public sealed class FeedbackReportModel(PortalDbContext db, TimeProvider time) : PageModel
{
    /// <summary>How far back the report reaches.</summary>
    public const int Months = 12;

    public sealed record MonthRow(Guid ItemId, string Title, string Language, int Year, int Month, int Yes, int No)
    {
        public int Total => Yes + No;

        public int YesPercent => Total == 0 ? 0 : (int)Math.Round(100.0 * Yes / Total, MidpointRounding.AwayFromZero);

        public string MonthText => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("sv-SE"));
    }

    public sealed record CommentRow(Guid Id, Guid ItemId, string Title, string Language, DateOnly ReceivedOn, bool FoundIt, string Comment, DateTime? HandledUtc, string? HandledBy);

    public IReadOnlyList<MonthRow> Rows { get; private set; } = [];

    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];

    public bool ShowHandled { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(bool hanterade, string? klart, CancellationToken cancellationToken)
    {
        ShowHandled = hanterade;
        Done = klart == "hanterad" ? "Kommentaren är markerad som hanterad." : null;
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url, "Synpunkter", new LayoutLink("Synpunkter", Url.Page("/Feedback/Report")!));
        var today = StockholmTime.Today(time);
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        var titles = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsLatest && v.Item!.ContentType == GuidanceContent.TypeName)
            .Select(v => new { v.ContentItemId, v.Title, v.Item!.Language })
            .ToDictionaryAsync(v => v.ContentItemId, cancellationToken);
        var groups = await db.PageFeedback.AsNoTracking()
            .Where(f => f.ReceivedOn >= since)
            .GroupBy(f => new { f.ContentItemId, f.ReceivedOn.Year, f.ReceivedOn.Month })
            .Select(g => new { g.Key.ContentItemId, g.Key.Year, g.Key.Month, Yes = g.Count(f => f.FoundIt), No = g.Count(f => !f.FoundIt) })
            .ToListAsync(cancellationToken);
        Rows = groups
            .Select(g => new MonthRow(g.ContentItemId, titles.GetValueOrDefault(g.ContentItemId)?.Title ?? "–", titles.GetValueOrDefault(g.ContentItemId)?.Language ?? "sv", g.Year, g.Month, g.Yes, g.No))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();

        var comments = await db.PageFeedback.AsNoTracking()
            .Where(f => f.Comment != null && f.ReceivedOn >= since && (ShowHandled || f.HandledUtc == null))
            .OrderByDescending(f => f.ReceivedOn)
            .Take(500)
            .ToListAsync(cancellationToken);
        Comments = comments
            .Select(f => new CommentRow(f.Id, f.ContentItemId, titles.GetValueOrDefault(f.ContentItemId)?.Title ?? "–", titles.GetValueOrDefault(f.ContentItemId)?.Language ?? "sv", f.ReceivedOn, f.FoundIt, f.Comment!, f.HandledUtc, f.HandledBy))
            .ToList();
    }

    public async Task<IActionResult> OnPostHandleAsync(Guid feedbackId, CancellationToken cancellationToken)
    {
        var feedback = await db.PageFeedback.SingleOrDefaultAsync(f => f.Id == feedbackId, cancellationToken);
        if (feedback is not null && feedback.HandledUtc is null)
        {
            var context = EditorSupport.Context(HttpContext, time);
            feedback.HandledUtc = context.NowUtc;
            feedback.HandledBy = context.Actor;
            db.AuditEvents.Add(context.Event(AuditEventType.FeedbackHandled, nameof(PageFeedback), feedback.Id.ToString(), new { ItemId = feedback.ContentItemId }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage("/Feedback/Report", new { klart = "hanterad" });
    }
}
