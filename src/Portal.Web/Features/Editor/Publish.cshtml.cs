using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Editor;

/// <summary>Publish the latest version now, plan it for a time (Swedish time), cancel a plan, or unpublish.</summary>
public sealed class PublishModel(PortalDbContext db, ContentEditor editor, TimeProvider time) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Latest { get; private set; } = null!;

    public ContentVersion? Published { get; private set; }

    public ContentSchedule? Pending { get; private set; }

    public IReadOnlyList<ContentSchedule> Past { get; private set; } = [];

    /// <summary>Four eyes (Editor:RequireReview): the newest review of the latest version, and whether it is approved.</summary>
    public bool RequiresReview => editor.RequiresReview;

    public ContentReview? Review { get; private set; }

    public bool Approved => Review?.Status == ReviewStatus.Approved;

    /// <summary>An Administratör may publish an urgent correction without review.</summary>
    public bool MayPublishUrgently => RequiresReview && User.IsInRole(StaffRoles.Administrator);

    /// <summary>Why an urgent correction cannot wait for review (required; stored as the audit event's reason).</summary>
    [BindProperty]
    public string UrgentReason { get; set; } = "";

    /// <summary>What stops the latest version from being published.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public int VersionNumber { get; set; }

    [BindProperty]
    public string Date { get; set; } = "";

    [BindProperty]
    public string Time { get; set; } = "";

    /// <summary>Why the page is unpublished (required; stored as the audit event's reason).</summary>
    [BindProperty]
    public string Reason { get; set; } = "";

    /// <summary>The editor ticked that the page is to leave the site.</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public string? Done { get; private set; }

    public ErrorSummary Summary => new(Errors.Select(e => new ErrorSummaryItem(e.Key, e.Key switch { "Date" => "Datum", "Time" => "Klockslag", "Reason" => "Skäl", "Confirm" => "Bekräftelse", "UrgentReason" => "Brådskande rättelse", _ => "Publicering" }, e.Value)).ToList());

    public async Task<IActionResult> OnGetAsync(Guid id, string? klart, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Done = klart switch
        {
            "publicerad" => $"Version {Published?.VersionNumber} är publicerad och syns nu för besökarna.",
            "avpublicerad" => "Sidan är avpublicerad och syns inte längre för besökarna.",
            "planerad" => Pending is null ? null : $"Version {Pending.VersionNumber} publiceras {StockholmTime.Format(Pending.PublishAtUtc)}.",
            "avbruten" => "Den planerade publiceringen är avbruten.",
            "granskning" => "Du har bett om granskning. En annan redaktör kan nu granska ändringen.",
            "godkand" => "Versionen är godkänd och kan publiceras.",
            "tillbaka" => "Versionen är skickad tillbaka med din kommentar.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.ContentItems.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return NotFound();
        }

        // Publishing loads and checks the version once; the page is only built again when it was refused.
        var result = await editor.PublishAsync(id, VersionNumber, EditorSupport.Context(HttpContext, time), cancellationToken: cancellationToken);
        return await PublishedAsync(id, result, cancellationToken);
    }

    /// <summary>Back to the publish page when it was published; the page again with the problems when it was refused.</summary>
    private async Task<IActionResult> PublishedAsync(Guid id, PublishResult result, CancellationToken cancellationToken)
    {
        if (result is PublishResult.Refused refused)
        {
            await LoadAsync(id, cancellationToken, check: false);
            Problems = refused.Problems;
            Errors["publish"] = "Versionen kan inte publiceras: " + string.Join(" ", refused.Problems);
            return Page();
        }

        return Redirect(Url.PublishUrl(id, new { klart = "publicerad" }));
    }

    public async Task<IActionResult> OnPostRequestReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Item.Versions.All(v => v.VersionNumber != VersionNumber))
        {
            Errors["publish"] = $"Version {VersionNumber} finns inte.";
            return Page();
        }

        await editor.RequestReviewAsync(id, VersionNumber, EditorSupport.Context(HttpContext, time), cancellationToken);
        return Redirect(Url.PublishUrl(id, new { klart = "granskning" }));
    }

    public async Task<IActionResult> OnPostUrgentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!MayPublishUrgently)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var reason = UrgentReason?.Trim() ?? "";
        if (reason.Length is 0 or > 500)
        {
            Errors["UrgentReason"] = reason.Length == 0 ? "Skriv varför rättelsen inte kan vänta på granskning." : "Skälet får vara högst 500 tecken.";
            return Page();
        }

        var result = await editor.PublishAsync(id, VersionNumber, EditorSupport.Context(HttpContext, time, reason), urgent: true, cancellationToken: cancellationToken);
        return await PublishedAsync(id, result, cancellationToken);
    }

    public async Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var reason = Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            Errors["Reason"] = "Skriv varför sidan avpubliceras.";
        }
        else if (reason.Length > 500)
        {
            Errors["Reason"] = "Skälet får vara högst 500 tecken.";
        }

        if (!Confirm)
        {
            Errors["Confirm"] = "Kryssa i att du vill ta bort sidan från webbplatsen.";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await editor.UnpublishAsync(id, EditorSupport.Context(HttpContext, time, reason), cancellationToken);
        return Redirect(Url.PublishUrl(id, new { klart = "avpublicerad" }));
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var hasDate = StockholmTime.TryParseDate(Date, out var date);
        var hasTime = StockholmTime.TryParseTime(Time, out var clock);
        if (!hasDate)
        {
            Errors["Date"] = string.IsNullOrWhiteSpace(Date) ? "Skriv ett datum." : "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-24.";
        }

        if (!hasTime)
        {
            Errors["Time"] = string.IsNullOrWhiteSpace(Time) ? "Skriv ett klockslag." : "Skriv klockslaget som TT:MM, till exempel 08:00.";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        if (!StockholmTime.TryToUtc(date, clock, out var utc))
        {
            Errors["Time"] = "Den tiden finns inte den dagen, eftersom klockan ställs fram en timme. Välj en annan tid.";
            return Page();
        }

        var context = EditorSupport.Context(HttpContext, time);
        if (utc <= context.NowUtc)
        {
            Errors["Date"] = "Tiden har redan passerat. Välj en tid fram i tiden, eller publicera direkt.";
            return Page();
        }

        var version = Item.Versions.SingleOrDefault(v => v.VersionNumber == VersionNumber);
        if (version is null)
        {
            Errors["publish"] = $"Version {VersionNumber} finns inte.";
            return Page();
        }

        var problems = version == Latest ? Problems : await editor.CheckAsync(Item, version, cancellationToken);
        if (problems.Count > 0)
        {
            Errors["publish"] = "Versionen kan inte planeras för publicering: " + string.Join(" ", problems);
            return Page();
        }

        if (RequiresReview && !await editor.IsApprovedAsync(id, VersionNumber, cancellationToken))
        {
            Errors["publish"] = "Versionen kan inte planeras för publicering: " + ContentEditor.ReviewNeeded;
            return Page();
        }

        await editor.ScheduleAsync(id, VersionNumber, utc, context, cancellationToken);
        return Redirect(Url.PublishUrl(id, new { klart = "planerad" }));
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await editor.CancelScheduleAsync(id, EditorSupport.Context(HttpContext, time), cancellationToken);
        return Redirect(Url.PublishUrl(id, new { klart = "avbruten" }));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, bool check = true)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Latest = item.Versions.Single(v => v.IsLatest);
        Published = item.Versions.SingleOrDefault(v => v.IsPublished);
        var schedules = await db.ContentSchedules.AsNoTracking().Where(s => s.ContentItemId == id).ToListAsync(cancellationToken);
        Pending = schedules.FirstOrDefault(s => s.Status == ScheduleStatus.Scheduled);
        Past = schedules.Where(s => s.Status != ScheduleStatus.Scheduled).OrderByDescending(s => s.CreatedUtc).Take(10).ToList();
        Problems = check ? await editor.CheckAsync(item, Latest, cancellationToken) : [];
        Review = RequiresReview ? await editor.ReviewOfAsync(id, Latest.VersionNumber, cancellationToken) : null;
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url,
            $"Publicera {Latest.Title}", new LayoutLink(Latest.Title, Url.EditUrl(id)), new LayoutLink("Publicering", Url.PublishUrl(id)));
        return true;
    }
}
