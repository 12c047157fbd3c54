using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// Bookable times: a handläggare publishes several times at once (one date, several clock times, in Stockholm time)
/// for themselves or for the team; people who want another time pick from them. Free times can be removed.
/// </summary>
public sealed class TimesModel(PortalDbContext db, InvitationService invitations, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Clock { get; set; }

    public string? Message { get; private set; }

    public sealed record Row(Guid Id, string When, string Owner, bool Booked);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    private string[] Owners => [User.StaffId() ?? "", BookableTime.TeamOwner];

    public async Task OnGetAsync(int? tillagda, CancellationToken cancellationToken)
    {
        Message = tillagda is { } added ? (added == 1 ? "1 tid är publicerad." : $"{added} tider är publicerade.") : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (Owner is not ("mig" or "team"))
        {
            AddError("owner", "Vems tider", "Välj om tiderna är dina eller teamets.");
        }

        var starts = new List<DateTime>();
        var clocks = (Clock ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (clocks.Length == 0)
        {
            AddError("clock", "Klockslag", "Skriv minst ett klockslag, till exempel 9.30, 10.30, 13:00.");
        }
        else if (clocks.Length > InvitationService.MaxTimesAtOnce)
        {
            AddError("clock", "Klockslag", $"Skriv högst {InvitationService.MaxTimesAtOnce} klockslag åt gången.");
        }
        else
        {
            foreach (var clock in clocks)
            {
                var errors = new List<(string Field, string Message)>();
                var start = TimeInput.Parse(Date, clock, now, (field, message) => errors.Add((field, message)));
                if (start is { } s)
                {
                    starts.Add(s);
                }
                else if (errors.FirstOrDefault(e => e.Field == "date") is { Message: { } dateError } && ErrorFor("date") is null)
                {
                    AddError("date", "Datum", dateError);
                }
                else if (errors.FirstOrDefault(e => e.Field == "time") is { Message: { } timeError })
                {
                    AddError("clock", "Klockslag", $"{clock}: {timeError}");
                    break;
                }
            }
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var owner = Owner == "team" ? BookableTime.TeamOwner : User.StaffId()!;
        var added = await invitations.PublishAsync(owner, starts, new ProcessContext(User.StaffActor(), now, "Publicerar bokningsbara tider", ClientAddress), cancellationToken);
        return RedirectToPage("/Meetings/Times", new { tillagda = added });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        await invitations.RemoveTimeAsync(id, Owners, new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, "Tar bort en bokningsbar tid", ClientAddress), cancellationToken);
        return RedirectToPage("/Meetings/Times");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        SetLayout("Bokningsbara tider");
        var now = time.GetUtcNow().UtcDateTime;
        var owners = Owners;
        var times = await db.BookableTimes.AsNoTracking().Include(t => t.Booking)
            .Where(t => owners.Contains(t.OwnerId) && t.StartsAtUtc > now)
            .OrderBy(t => t.StartsAtUtc)
            .ToListAsync(cancellationToken);
        Rows = times.Select(t => new Row(t.Id, StockholmTime.Format(t.StartsAtUtc), t.OwnerId == BookableTime.TeamOwner ? "Teamet" : "Mina", t.Booking is not null)).ToList();
    }
}
