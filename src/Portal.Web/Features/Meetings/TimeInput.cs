using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// A date and a time typed by a handläggare in Stockholm time ("2026-12-15" and "9.30" or "09:30"): one parser for
/// the new-meeting form, moving a meeting and publishing bookable times, so all say the same about the hour that does
/// not exist when the clocks go forward.
/// </summary>
public static class TimeInput
{
    public static bool TryDate(string? text, out DateOnly date) => StockholmTime.TryParseDate(text, out date);

    /// <summary>"9.30", "09:30", "9:30" or "0930"; null when it is not a time of day.</summary>
    public static TimeOnly? Time(string? text)
    {
        var value = text?.Trim();
        if (value is { Length: 4 } && value.All(char.IsAsciiDigit))
        {
            value = value[..2] + ":" + value[2..];
        }

        return StockholmTime.TryParseTime(value, out var time) ? time : null;
    }

    public const string TimeHint = "Till exempel 9.30 eller 09:30.";

    public static string NoSuchTime(DateOnly date, TimeOnly time) =>
        $"Klockslaget {time:HH.mm} finns inte den {StockholmTime.FormatDate(date)}: natten då sommartiden börjar ställs klockan fram från 02.00 till 03.00. Välj en tid före 02.00 eller från 03.00.";

    /// <summary>The instant of a typed date and time, in the future and at most a year ahead; null with errors ("date" or "time") otherwise.</summary>
    public static DateTime? Parse(string? dateText, string? timeText, DateTime nowUtc, Action<string, string> error)
    {
        DateOnly? date = TryDate(dateText, out var d) ? d : null;
        if (date is null)
        {
            error("date", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-15.");
        }

        var time = Time(timeText);
        if (time is null)
        {
            error("time", "Skriv klockslaget som 9.30 eller 09:30.");
        }

        if (date is null || time is null)
        {
            return null;
        }

        if (!StockholmTime.TryToUtc(date.Value, time.Value, out var utc))
        {
            error("time", NoSuchTime(date.Value, time.Value));
            return null;
        }

        if (utc <= nowUtc)
        {
            error("date", "Tiden måste ligga i framtiden.");
            return null;
        }

        if (utc > nowUtc.AddDays(366))
        {
            error("date", "Tiden kan ligga högst ett år fram.");
            return null;
        }

        return utc;
    }
}
