using Portal.SgiCheck.Calendar;

namespace Portal.SgiCheck.Rules;

/// <summary>The date notation of sgi-rules.md: D1s/D1l, C25 and W25s/W25l.</summary>
public static class DeadlineMath
{
    /// <summary>D1s: the first vardag after <paramref name="day"/>, aftnar counted as vardagar.</summary>
    public static DateOnly FirstWorkdayStrict(DateOnly day) => SwedishCalendar.FirstWorkdayAfter(day, WorkdayReading.Strict);

    /// <summary>D1l: the first vardag after <paramref name="day"/>, aftnar not counted.</summary>
    public static DateOnly FirstWorkdayLenient(DateOnly day) => SwedishCalendar.FirstWorkdayAfter(day, WorkdayReading.Lenient);

    /// <summary>C25: the last day plus 25 calendar days.</summary>
    public static DateOnly Calendar25(DateOnly lastDay, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return lastDay.AddDays(parameters.CalendarWindowDays);
    }

    /// <summary>W25s/W25l: the 25th vardag after the last day.</summary>
    public static DateOnly Workday25(DateOnly lastDay, RuleParameters parameters, WorkdayReading reading)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SwedishCalendar.NthWorkdayAfter(lastDay, parameters.WorkdayWindow, reading);
    }

    internal static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    internal static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    internal static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
