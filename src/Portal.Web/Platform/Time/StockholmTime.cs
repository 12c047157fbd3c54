using System.Globalization;

namespace Portal.Web.Platform.Time;

/// <summary>
/// The portal's one Stockholm clock. People enter and read times in Swedish local time (Europe/Stockholm); the
/// database, the APIs and the audit log keep UTC instants. Every feature (meetings, the questionnaire, the
/// SGI-skyddskoll's "today", the editor's planned publishing, staff lists) converts through this type only.
/// </summary>
public static class StockholmTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The Stockholm date of an instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The instant of a local date and time that is known to exist, such as midnight or a whole hour in the daytime
    /// (the clocks change at 02.00 and 03.00). A time entered by a person goes through <see cref="TryToUtc"/> instead.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TryToUtc(date, time, out var utc) ? utc : throw new ArgumentException($"{date:yyyy-MM-dd} {time:HH:mm} does not exist in Stockholm time.", nameof(time));

    /// <summary>Whether a local time falls in the hour skipped when the clocks go forward (last Sunday in March, 02.00–03.00).</summary>
    public static bool DoesNotExist(DateOnly date, TimeOnly time) => Zone.IsInvalidTime(date.ToDateTime(time, DateTimeKind.Unspecified));

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
