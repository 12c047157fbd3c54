using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Meetings;

/// <summary>Creates a meeting with its invitation, then shows the personal link and a text to send or print (once).</summary>
public sealed class CreateModel(MeetingService meetings, TimeProvider time) : StaffPageModel
{
    public sealed class InputModel
    {
        public string? Type { get; set; }

        public string? Date { get; set; }

        public string? Time { get; set; }

        public string? Channel { get; set; }

        public string? Personnummer { get; set; }

        public string? Name { get; set; }

        public bool ProtectedIdentity { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Link { get; private set; }

    public string? InvitationText { get; private set; }

    public Guid? CreatedId { get; private set; }

    public void OnGet()
    {
        Input.Type = MeetingTypes.Omstallningsmote;
        Input.Channel = MeetingChannels.Video;
        SetLayout("Nytt möte");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SetLayout("Nytt möte");
        var now = time.GetUtcNow().UtcDateTime;
        var input = Validate(Input, now, AddError);
        if (input is null)
        {
            Input.Personnummer = null;
            return Page();
        }

        var (meeting, token) = await meetings.CreateAsync(
            input with { CaseOfficerId = User.StaffId()! },
            new ProcessContext(User.StaffActor(), now, null, ClientAddress),
            cancellationToken: cancellationToken);
        CreatedId = meeting.Id;
        Link = Questionnaire.InvitationLink.Absolute(HttpContext, token);
        InvitationText = Text(meeting, Link);
        SetLayout("Mötet är skapat");
        return Page();
    }

    /// <summary>
    /// Checks the form (also used by the API with its own field names). Null when something is wrong. The API passes
    /// the instant it was given as <paramref name="startsAtUtc"/>: an instant is never turned into local text and
    /// back, which would move a meeting in the autumn's repeated hour.
    /// </summary>
    public static MeetingService.NewMeeting? Validate(InputModel input, DateTime nowUtc, Action<string, string, string> error, DateTime? startsAtUtc = null)
    {
        var ok = true;
        void Fail(string field, string label, string message)
        {
            ok = false;
            error(field, label, message);
        }

        if (input.Type is null || !MeetingTypes.All.Contains(input.Type))
        {
            Fail("type", "Typ av möte", "Välj typ av möte.");
        }

        DateTime? startsAt = startsAtUtc;
        if (startsAt is null)
        {
            var date = DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            if (date is null)
            {
                Fail("date", "Datum", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-15.");
            }

            var clock = TimeOnly.TryParseExact(input.Time?.Trim(), ["HH:mm", "H:mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
            if (clock is null)
            {
                Fail("time", "Klockslag", "Skriv klockslaget som TT:MM, till exempel 09:30.");
            }

            if (date is not null && clock is not null)
            {
                if (StockholmTime.TryToUtc(date.Value, clock.Value, out var utc))
                {
                    startsAt = utc;
                }
                else
                {
                    Fail("time", "Klockslag", $"Klockslaget {clock.Value:HH.mm} finns inte den {StockholmTime.FormatDate(date.Value)}: natten då sommartiden börjar ställs klockan fram från 02.00 till 03.00. Välj en tid före 02.00 eller från 03.00.");
                }
            }
        }

        if (startsAt is { } starts)
        {
            if (starts <= nowUtc)
            {
                Fail("date", "Datum", "Mötet måste ligga i framtiden.");
            }
            else if (starts > nowUtc.AddDays(366))
            {
                Fail("date", "Datum", "Mötet kan ligga högst ett år fram.");
            }
        }

        if (input.Channel is null || !MeetingChannels.All.Contains(input.Channel))
        {
            Fail("channel", "Hur hålls mötet?", "Välj hur mötet hålls.");
        }

        var personnummer = Platform.Privacy.Personnummer.Parse(input.Personnummer, DateOnly.FromDateTime(nowUtc), out var personnummerError);
        if (personnummer is null)
        {
            Fail("personnummer", "Personens personnummer", personnummerError ?? "Skriv ett giltigt personnummer med 12 siffror.");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            Fail("name", "Personens namn", "Skriv personens namn, högst 200 tecken.");
        }

        return ok ? new MeetingService.NewMeeting(input.Type!, startsAt!.Value, input.Channel!, "", personnummer!, input.Name!.Trim(), input.ProtectedIdentity) : null;
    }

    public static string Text(Meeting meeting, string link)
    {
        var local = StockholmTime.ToLocal(meeting.StartsAtUtc);
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        return $"""
            Hej!

            Du är välkommen till ett {MeetingTypes.Name(meeting.Type)} med Försäkringskassan och Arbetsförmedlingen {local.ToString("dddd d MMMM yyyy 'kl.' HH:mm", sv)} ({MeetingChannels.Name(meeting.Channel)}).

            Före mötet kan du berätta vad du behöver och vad du vill prata om. Det tar ungefär 10 minuter och är frivilligt. Öppna din personliga länk och skriv ditt personnummer:

            {link}

            Länken är bara till dig. Den slutar fungera efter mötet.

            Välkommen!
            """;
    }
}
