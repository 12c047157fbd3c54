using System.Globalization;

namespace Portal.Web.Content;

/// <summary>Editors enter and read times in Swedish local time (Europe/Stockholm); the database stores UTC.</summary>
public static class StockholmTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));

    /// <summary>"3 december 2026 kl. 14:05" in Swedish time.</summary>
    public static string Format(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy 'kl.' HH:mm", Swedish);

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    /// <summary>
    /// Turns a Swedish local date and time into UTC. A time that does not exist (the hour skipped when the clocks go
    /// forward) is an error; a time that occurs twice (when the clocks go back) means its first occurrence.
    /// </summary>
    public static bool TryToUtc(DateOnly date, TimeOnly time, out DateTime utc)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            utc = default;
            return false;
        }

        if (Zone.IsAmbiguousTime(local))
        {
            var offset = Zone.GetAmbiguousTimeOffsets(local).Max();
            utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
            return true;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(local, Zone);
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim().Replace('.', ':'), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
