using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// A one-event iCalendar file (RFC 5545) for a deadline: an all-day event (DTSTART/DTEND with VALUE=DATE), a
/// stable UID, DTSTAMP in UTC, text escaped (§3.3.11), lines ended with CRLF and folded at 75 octets without
/// splitting a UTF-8 character (§3.1).
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const int MaxOctets = 75;

    /// <param name="date">The all-day event's date.</param>
    /// <param name="summary">The event title.</param>
    /// <param name="description">The event text.</param>
    /// <param name="uidSeed">What makes the event the same event on a new download (the same seed gives the same UID).</param>
    /// <param name="stampUtc">DTSTAMP: when the file was made.</param>
    public static byte[] ForDeadline(DateOnly date, string summary, string description, string uidSeed, DateTimeOffset stampUtc)
    {
        var uid = Uid(uidSeed);
        var day = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var nextDay = date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        string[] lines =
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Omstallningsportalen//SGI-skyddskollen//SV",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + uid,
            "DTSTAMP:" + stampUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            "DTSTART;VALUE=DATE:" + day,
            "DTEND;VALUE=DATE:" + nextDay,
            "SUMMARY:" + Escape(summary),
            "DESCRIPTION:" + Escape(description),
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:" + Escape(summary),
            "TRIGGER:-P1D",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ];
        return Build(lines);
    }

    /// <summary>
    /// A timed event (a meeting) in UTC, with a SEQUENCE that grows each time the time changes, so a calendar
    /// replaces the event it already has (same UID); a cancelled meeting is sent as METHOD:CANCEL with STATUS:CANCELLED.
    /// </summary>
    public static byte[] ForMeeting(DateTime startUtc, TimeSpan length, string summary, string description, string? location, string uidSeed, int sequence, bool cancelled, DateTimeOffset stampUtc)
    {
        static string Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Omstallningsportalen//Moten//SV",
            "CALSCALE:GREGORIAN",
            cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + Uid(uidSeed),
            "SEQUENCE:" + sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + Utc(stampUtc.UtcDateTime),
            "DTSTART:" + Utc(startUtc),
            "DTEND:" + Utc(startUtc + length),
            "SUMMARY:" + Escape(summary),
            "DESCRIPTION:" + Escape(description),
        };
        if (!string.IsNullOrWhiteSpace(location))
        {
            lines.Add("LOCATION:" + Escape(location));
        }

        lines.Add(cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        if (!cancelled)
        {
            lines.AddRange(["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Escape(summary), "TRIGGER:-PT1H", "END:VALARM"]);
        }

        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);
        return Build(lines);
    }

    private static string Uid(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..32] + "@omstallningsportalen.se";

    private static byte[] Build(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>TEXT value escaping: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case ';': text.Append(@"\;"); break;
                case ',': text.Append(@"\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': text.Append(@"\n"); break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Appends the content line, folded so no physical line is longer than 75 octets, each ended with CRLF.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(line, i, length);
            octets += size;
            i += length;
        }

        text.Append("\r\n");
    }
}
