using System.Globalization;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>A new meeting as typed in "Nytt möte" or sent to the case API, with the one validation both use.</summary>
public sealed class MeetingInput
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

    /// <summary>The user name of the handläggare at Arbetsförmedlingen taking part (only omställningsmöte and gemensam kartläggning); resolved by <see cref="AfParticipants"/>.</summary>
    public string? AfCaseOfficer { get; set; }

    /// <summary>The field (and error id) for <see cref="AfCaseOfficer"/>.</summary>
    public const string AfField = "af";

    public const string AfLabel = "Handläggare på Arbetsförmedlingen";

    /// <summary>
    /// Checks a new meeting, from the handläggare's form or the case API (which maps the field names to its own). Null
    /// when something is wrong. The API passes the instant it was given as <paramref name="startsAtUtc"/>: an instant
    /// is never turned into local text and back, which would move a meeting in the autumn's repeated hour.
    /// </summary>
    public MeetingService.NewMeeting? Validate(DateTime nowUtc, Action<string, string, string> error, DateTime? startsAtUtc = null)
    {
        var ok = true;
        void Fail(string field, string label, string message)
        {
            ok = false;
            error(field, label, message);
        }

        if (Type is null || !MeetingTypes.All.Contains(Type))
        {
            Fail("type", "Typ av möte", "Välj typ av möte.");
        }

        DateTime? startsAt = startsAtUtc;
        if (startsAt is null)
        {
            var date = DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            if (date is null)
            {
                Fail("date", "Datum", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-15.");
            }

            var clock = TimeInput.Time(Time);
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

        if (Channel is null || !MeetingChannels.All.Contains(Channel))
        {
            Fail("channel", "Hur hålls mötet?", "Välj hur mötet hålls.");
        }

        var personnummer = Platform.Privacy.Personnummer.Parse(Personnummer, DateOnly.FromDateTime(nowUtc), out var personnummerError);
        if (personnummer is null)
        {
            Fail("personnummer", "Personens personnummer", personnummerError ?? "Skriv ett giltigt personnummer med 12 siffror.");
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            Fail("name", "Personens namn", "Skriv personens namn, högst 200 tecken.");
        }

        var videoLink = VideoLink?.Trim();
        if (!string.IsNullOrEmpty(videoLink) && (videoLink.Length > 500 || !Uri.TryCreate(videoLink, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            Fail("video-link", "Länk till videomötet", "Skriv hela länken, som börjar med https://, högst 500 tecken.");
        }

        var address = Address?.Trim();
        if (address?.Length > 300)
        {
            Fail("address", "Adress", "Skriv adressen med högst 300 tecken.");
        }

        var contact = ContactRoute?.Trim();
        if (contact?.Length > 300)
        {
            Fail("contact", "Så når personen dig", "Skriv högst 300 tecken.");
        }

        if (!string.IsNullOrWhiteSpace(AfCaseOfficer) && Type is not null && MeetingTypes.All.Contains(Type) && !MeetingTypes.AfTakesPart(Type))
        {
            Fail(AfField, AfLabel, $"Arbetsförmedlingen deltar inte i ett {MeetingTypes.Name(Type)}. Ta bort handläggaren på Arbetsförmedlingen, eller välj omställningsmöte eller gemensam kartläggning.");
        }

        static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
        return ok
            ? new MeetingService.NewMeeting(Type!, startsAt!.Value, Channel!, "", personnummer!, Name!.Trim(), ProtectedIdentity)
            {
                Address = Channel == MeetingChannels.OnSite ? Empty(address) : null,
                VideoLink = Channel == MeetingChannels.Video ? Empty(videoLink) : null,
                ContactRoute = Empty(contact),
            }
            : null;
    }
}
