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

        /// <summary>For a meeting on site: the office's address.</summary>
        public string? Address { get; set; }

        /// <summary>For a video meeting: the link to it (https).</summary>
        public string? VideoLink { get; set; }

        /// <summary>How the person reaches the handläggare.</summary>
        public string? ContactRoute { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Link { get; private set; }

    public string? InvitationText { get; private set; }

    public Guid? CreatedId { get; private set; }

    /// <summary>Nothing is chosen in advance: the handläggare picks the type and the channel.</summary>
    public void OnGet() => SetLayout("Nytt möte");

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
        Link = HttpContext.RequestServices.GetRequiredService<Platform.Hosting.PublicAddress>().Absolute($"/mote/{token}");
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

            var clock = TimeInput.Time(input.Time);
            if (clock is null)
            {
                Fail("time", "Klockslag", "Skriv klockslaget som 9.30 eller 09:30.");
            }

            if (date is not null && clock is not null)
            {
                if (StockholmTime.TryToUtc(date.Value, clock.Value, out var utc))
                {
                    startsAt = utc;
                }
                else
                {
                    Fail("time", "Klockslag", TimeInput.NoSuchTime(date.Value, clock.Value));
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

        var videoLink = input.VideoLink?.Trim();
        if (!string.IsNullOrEmpty(videoLink) && (videoLink.Length > 500 || !Uri.TryCreate(videoLink, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            Fail("video-link", "Länk till videomötet", "Skriv hela länken, som börjar med https://, högst 500 tecken.");
        }

        var address = input.Address?.Trim();
        if (address?.Length > 300)
        {
            Fail("address", "Adress", "Skriv adressen med högst 300 tecken.");
        }

        var contact = input.ContactRoute?.Trim();
        if (contact?.Length > 300)
        {
            Fail("contact", "Så når personen dig", "Skriv högst 300 tecken.");
        }

        static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
        return ok
            ? new MeetingService.NewMeeting(input.Type!, startsAt!.Value, input.Channel!, "", personnummer!, input.Name!.Trim(), input.ProtectedIdentity)
            {
                Address = input.Channel == MeetingChannels.OnSite ? Empty(address) : null,
                VideoLink = input.Channel == MeetingChannels.Video ? Empty(videoLink) : null,
                ContactRoute = Empty(contact),
            }
            : null;
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
