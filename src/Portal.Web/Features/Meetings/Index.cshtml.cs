using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Questionnaire;
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

    public sealed record Row(Guid Id, string Time, string Name, string Type, string Channel, PreparedAnswers.Status Status, IReadOnlyList<PreparedAnswers.Flag> Flags, DateTime StartsAtUtc, SgiFromQuestionnaire.Summary? Sgi)
    {
        /// <summary>The person's answer to the invitation as the list shows it (with the reason for a decline, and a waiting wish).</summary>
        public string Answer { get; init; } = InvitationAnswers.StaffName(null);

        public string AnswerCode { get; init; } = InvitationAnswers.NotAnswered;

        public bool SgiAtRisk => PreparedAnswers.SgiAtRisk(Sgi);

        public string SgiText => Sgi is null ? "Inget resultat" : PreparedAnswers.SgiListText(Sgi);
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

        var meetings = await prepared.Visible(User).AsNoTracking().ToListAsync(cancellationToken);
        var rows = new List<Row>();
        foreach (var meeting in meetings)
        {
            var (status, flags, sgi) = await prepared.ListFactsAsync(meeting, PreparedAnswers.CanOpenAnswers(User, meeting), now, cancellationToken);
            if ((!string.IsNullOrEmpty(StatusFilter) && PreparedAnswers.StatusCode(status) != StatusFilter)
                || (SgiFilter == "i-fara" && !PreparedAnswers.SgiAtRisk(sgi)))
            {
                continue;
            }

            rows.Add(new Row(
                meeting.Id,
                StockholmTime.ToLocal(meeting.StartsAtUtc).ToString("ddd d MMM HH:mm", CultureInfo.GetCultureInfo("sv-SE")),
                prepared.ListName(meeting),
                MeetingTypes.Name(meeting.Type),
                MeetingChannels.Name(meeting.Channel),
                status,
                flags,
                meeting.StartsAtUtc,
                sgi)
            {
                Answer = AnswerText(meeting),
                AnswerCode = meeting.IsCancelled ? "installt" : InvitationAnswers.Code(meeting.Invitation?.Answer),
            });
        }

        static string AnswerText(Meeting meeting)
        {
            var invitation = meeting.Invitation;
            if (meeting.IsCancelled)
            {
                return "Inställt";
            }

            return invitation?.Answer switch
            {
                InvitationAnswers.Declined => $"{InvitationAnswers.StaffName(invitation.Answer)} ({DeclineReasons.StaffName(invitation.DeclineReason).ToLowerInvariant()})",
                InvitationAnswers.OtherTime when invitation.WishTextProtected is not null && invitation.WishHandledUtc is null => "Vill ha en annan tid, väntar på dig",
                InvitationAnswers.OtherTime when meeting.TimeConfirmedUtc is null => "Har valt en ny tid, inte bekräftad",
                var answer => InvitationAnswers.StaffName(answer),
            };
        }

        IEnumerable<Row> Sorted(IEnumerable<Row> source) => Sort switch
        {
            "status" => source.OrderBy(r => r.Status switch { PreparedAnswers.Status.ChangedSinceRead => 0, PreparedAnswers.Status.Submitted => 1, _ => 2 }).ThenBy(r => r.StartsAtUtc),
            // At risk first, the nearest deadline first among them, then by meeting time.
            "sgi" => source.OrderBy(r => r.SgiAtRisk ? 0 : 1).ThenBy(r => r.SgiAtRisk ? r.Sgi!.Deadline ?? DateOnly.MinValue : DateOnly.MaxValue).ThenBy(r => r.StartsAtUtc),
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
