using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts.Admin;

/// <summary>Search in the audit events: by actor, event type, subject and date range (Swedish dates), 50 per page.</summary>
public sealed class AuditLogModel(PortalDbContext db) : StaffPageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [FromQuery(Name = "subject")]
    public string? Subject { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SetLayout("Granskningslogg");
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(e => e.Actor == Actor.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Type))
        {
            query = query.Where(e => e.EventType == Type.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Subject))
        {
            query = query.Where(e => e.SubjectId == Subject.Trim());
        }

        if (ParseDate(From, "from", "Från och med") is { } from)
        {
            var fromUtc = StockholmTime.ToUtc(from, TimeOnly.MinValue);
            query = query.Where(e => e.OccurredUtc >= fromUtc);
        }

        if (ParseDate(To, "to", "Till och med") is { } to)
        {
            var toUtc = StockholmTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(e => e.OccurredUtc < toUtc);
        }

        if (Errors.Count > 0)
        {
            return;
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Events = await query.OrderByDescending(e => e.OccurredUtc).ThenBy(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    public string Local(DateTime utc) => StockholmTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The same search on another page of results.</summary>
    public string PageUrl(int page) => Url.Page("/StaffAccounts/Admin/AuditLog", new
    {
        actor = Given(Actor),
        type = Given(Type),
        subject = Given(Subject),
        from = Given(From),
        to = Given(To),
        sida = page.ToString(CultureInfo.InvariantCulture),
    })!;

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private DateOnly? ParseDate(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        AddError(field, label, "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.");
        return null;
    }
}
