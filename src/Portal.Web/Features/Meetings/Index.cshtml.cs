using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// "Mina möten": today, this week and later, with the questionnaire's status, the SGI-skyddskoll result with its
/// deadline, and flags; at-risk first by default, filterable to those who must act. Team leads see everyone's.
/// </summary>
public sealed class IndexModel(PreparedAnswers prepared, TimeProvider time) : StaffPageModel
{
    public static readonly IReadOnlyList<(string Value, string Text)> Periods =
        [("kommande", "Idag och framåt"), ("idag", "Idag"), ("vecka", "Den här veckan"), ("senare", "Senare"), ("tidigare", "Tidigare")];

    /// <summary>A row as shown; the name is decrypted only for rows that are shown.</summary>
    public sealed record Row(PreparedAnswers.ListEntry Entry, bool MayOpen, Func<string> NameOf, DateOnly Today)
    {
        private string? _name;

        public Guid Id => Entry.Id;

        public DateTime StartsAtUtc => Entry.StartsAtUtc;

        public string Time => StockholmTime.ToLocal(Entry.StartsAtUtc).ToString("ddd d MMM HH:mm", CultureInfo.GetCultureInfo("sv-SE"));

        public string Name => _name ??= NameOf();

        public string Type => MeetingTypes.Name(Entry.Type);

        public string Channel => MeetingChannels.Name(Entry.Channel);

        public PreparedAnswers.Status Status => Entry.Status;

        /// <summary>Flags and the SGI result only where the person may open the answers.</summary>
        public IReadOnlyList<PreparedAnswers.Flag> Flags => MayOpen ? MeetingFacts.DecodeFlags(Entry.ListFlags) : [];

        public bool HasSgi => MayOpen && Entry.SgiVerdict is not null;

        public bool SgiAtRisk => HasSgi && Entry.SgiAtRisk;

        public DateOnly? SgiDeadline => HasSgi ? Entry.SgiDeadline : null;

        public string SgiText => HasSgi ? PreparedAnswers.SgiListText(Entry.SgiVerdict!, Entry.SgiDeadline, Entry.SgiAtRisk, Today) : "Inget resultat";

        /// <summary>The person's answer to the invitation as the list shows it (with the reason for a decline, and a waiting wish).</summary>
        public string Answer => Entry.Answer.StaffText;

        public string AnswerCode => Entry.Answer.Code;
    }

    public sealed record Group(string Title, IReadOnlyList<Row> Rows);

    [FromQuery(Name = "visa")]
    public string Period { get; set; } = "kommande";

    [FromQuery(Name = "status")]
    public string? StatusFilter { get; set; }

    /// <summary>"i-fara": only meetings whose SGI-skyddskoll says the person must act.</summary>
    [FromQuery(Name = "sgi")]
    public string? SgiFilter { get; set; }

    [FromQuery(Name = "sortera")]
    public string Sort { get; set; } = "sgi";

    public bool AllMeetings => StaffPermissions.Has(User, StaffPermissions.AllMeetings);

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SetLayout(AllMeetings ? "Alla möten" : "Mina möten");
        var now = time.GetUtcNow().UtcDateTime;
        var today = StockholmTime.DateOf(now);
        var startOfToday = StockholmTime.ToUtc(today, TimeOnly.MinValue);
        var startOfTomorrow = StockholmTime.ToUtc(today.AddDays(1), TimeOnly.MinValue);
        var daysToMonday = ((int)today.DayOfWeek + 6) % 7;
        var startOfNextWeek = StockholmTime.ToUtc(today.AddDays(7 - daysToMonday), TimeOnly.MinValue);

        // One query: the rows of the period, with what the list shows stored on them (MeetingFacts).
        (DateTime? From, DateTime? To) range = Period switch
        {
            "idag" => (startOfToday, startOfTomorrow),
            "vecka" => (startOfToday, startOfNextWeek),
            "senare" => (startOfNextWeek, null),
            "tidigare" => (null, startOfToday),
            _ => (startOfToday, null),
        };
        var entries = await prepared.ListEntries(User, range.From, range.To).ToListAsync(cancellationToken);
        var rows = entries
            .Select(entry => new Row(entry, PreparedAnswers.CanOpenAnswers(User, entry.HasProtectedIdentity), () => prepared.ListName(entry), today))
            .Where(row => (string.IsNullOrEmpty(StatusFilter) || PreparedAnswers.StatusCode(row.Status) == StatusFilter)
                && (SgiFilter != "i-fara" || row.SgiAtRisk))
            .ToList();

        IEnumerable<Row> Sorted(IEnumerable<Row> source) => Sort switch
        {
            "status" => source.OrderBy(r => r.Status switch { PreparedAnswers.Status.ChangedSinceRead => 0, PreparedAnswers.Status.Submitted => 1, _ => 2 }).ThenBy(r => r.StartsAtUtc),
            // At risk first, the nearest deadline first among them, then by meeting time.
            "sgi" => source.OrderBy(r => r.SgiAtRisk ? 0 : 1).ThenBy(r => r.SgiAtRisk ? r.SgiDeadline ?? DateOnly.MinValue : DateOnly.MaxValue).ThenBy(r => r.StartsAtUtc),
            _ => source.OrderBy(r => r.StartsAtUtc),
        };
        List<Row> Between(DateTime from, DateTime to) => Sorted(rows.Where(r => r.StartsAtUtc >= from && r.StartsAtUtc < to)).ToList();

        Groups = Period switch
        {
            "idag" => [new Group("Idag", Between(startOfToday, startOfTomorrow))],
            "vecka" => [new Group("Den här veckan", Between(startOfToday, startOfNextWeek))],
            "senare" => [new Group("Senare", Between(startOfNextWeek, DateTime.MaxValue))],
            "tidigare" => [new Group("Tidigare", (Sort == "tid" ? rows.Where(r => r.StartsAtUtc < startOfToday).OrderByDescending(r => r.StartsAtUtc) : Sorted(rows.Where(r => r.StartsAtUtc < startOfToday))).ToList())],
            _ =>
            [
                new Group("Idag", Between(startOfToday, startOfTomorrow)),
                new Group("Resten av veckan", Between(startOfTomorrow, startOfNextWeek)),
                new Group("Senare", Between(startOfNextWeek, DateTime.MaxValue)),
            ],
        };
    }
}
