namespace Portal.SgiCheck.Calendar;

/// <summary>
/// How to count the three aftnar (midsommarafton, julafton, nyårsafton). They are not allmänna helgdagar, but
/// Lag (1930:173) treats them as such, and it is unknown how Försäkringskassan counts them (sgi-rules.md C-5).
/// </summary>
public enum WorkdayReading
{
    /// <summary>The aftnar count as vardagar (only allmänna helgdagar, Saturdays and Sundays are excluded).</summary>
    Strict,

    /// <summary>The aftnar are not vardagar either.</summary>
    Lenient,
}

/// <summary>
/// Swedish allmänna helgdagar (lag 1989:253) and vardag arithmetic. Pure functions, valid for any Gregorian year.
/// Ordinary Sundays are allmänna helgdagar by law too; they are never vardagar here, but <see cref="IsHoliday"/>
/// and <see cref="HolidayName"/> only report the named holidays.
/// </summary>
public static class SwedishCalendar
{
    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Midsommardagen: the Saturday between 20 and 26 June.</summary>
    public static DateOnly MidsummerDay(int year) => SaturdayFrom(new DateOnly(year, 6, 20));

    /// <summary>Midsommarafton: the Friday before midsommardagen.</summary>
    public static DateOnly MidsummerEve(int year) => MidsummerDay(year).AddDays(-1);

    /// <summary>Alla helgons dag: the Saturday between 31 October and 6 November.</summary>
    public static DateOnly AllSaintsDay(int year) => SaturdayFrom(new DateOnly(year, 10, 31));

    /// <summary>True for the named allmänna helgdagar (not for ordinary Sundays, and not for the aftnar).</summary>
    public static bool IsHoliday(DateOnly date) => HolidayName(date) is not null;

    /// <summary>The Swedish name of the allmän helgdag on this date, or null.</summary>
    public static string? HolidayName(DateOnly date)
    {
        switch (date.Month, date.Day)
        {
            case (1, 1):
                return "nyårsdagen";
            case (1, 6):
                return "trettondedag jul";
            case (5, 1):
                return "första maj";
            case (6, 6):
                return "Sveriges nationaldag";
            case (12, 25):
                return "juldagen";
            case (12, 26):
                return "annandag jul";
        }

        if (date.Month is >= 3 and <= 6)
        {
            var easter = EasterSunday(date.Year);
            var offset = date.DayNumber - easter.DayNumber;
            switch (offset)
            {
                case -2:
                    return "långfredagen";
                case 0:
                    return "påskdagen";
                case 1:
                    return "annandag påsk";
                case 39:
                    return "Kristi himmelsfärdsdag";
                case 49:
                    return "pingstdagen";
            }
        }

        if (date.Month == 6 && date.Day is >= 20 and <= 26 && date.DayOfWeek == DayOfWeek.Saturday)
        {
            return "midsommardagen";
        }

        if (date.DayOfWeek == DayOfWeek.Saturday && ((date.Month == 10 && date.Day == 31) || (date.Month == 11 && date.Day <= 6)))
        {
            return "alla helgons dag";
        }

        return null;
    }

    /// <summary>True for midsommarafton, julafton and nyårsafton.</summary>
    public static bool IsEve(DateOnly date) => EveName(date) is not null;

    /// <summary>The Swedish name of the afton on this date (midsommarafton, julafton, nyårsafton), or null.</summary>
    public static string? EveName(DateOnly date) => (date.Month, date.Day) switch
    {
        (12, 24) => "julafton",
        (12, 31) => "nyårsafton",
        (6, >= 19 and <= 25) when date.DayOfWeek == DayOfWeek.Friday => "midsommarafton",
        _ => null,
    };

    /// <summary>
    /// A vardag: Monday to Friday and not an allmän helgdag; in the lenient reading not an afton either.
    /// </summary>
    public static bool IsWorkday(DateOnly date, WorkdayReading reading)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        if (IsHoliday(date))
        {
            return false;
        }

        return reading == WorkdayReading.Strict || !IsEve(date);
    }

    /// <summary>The first vardag strictly after <paramref name="date"/>.</summary>
    public static DateOnly FirstWorkdayAfter(DateOnly date, WorkdayReading reading) => NthWorkdayAfter(date, 1, reading);

    /// <summary>The <paramref name="n"/>th vardag strictly after <paramref name="date"/> (n ≥ 1).</summary>
    public static DateOnly NthWorkdayAfter(DateOnly date, int n, WorkdayReading reading)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var day = date;
        var found = 0;
        while (found < n)
        {
            day = day.AddDays(1);
            if (IsWorkday(day, reading))
            {
                found++;
            }
        }

        return day;
    }

    /// <summary>The date itself if it is a vardag, otherwise the next vardag.</summary>
    public static DateOnly WorkdayOnOrAfter(DateOnly date, WorkdayReading reading) =>
        IsWorkday(date, reading) ? date : FirstWorkdayAfter(date, reading);

    private static DateOnly SaturdayFrom(DateOnly first)
    {
        var shift = ((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift);
    }
}
