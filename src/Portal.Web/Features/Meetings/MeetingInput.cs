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

            var clock = TimeOnly.TryParseExact(Time?.Trim(), ["HH:mm", "H:mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
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

        return ok ? new MeetingService.NewMeeting(Type!, startsAt!.Value, Channel!, "", personnummer!, Name!.Trim(), ProtectedIdentity) : null;
    }
}
