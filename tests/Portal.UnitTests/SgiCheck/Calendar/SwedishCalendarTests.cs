using Portal.SgiCheck.Calendar;

namespace Portal.UnitTests.SgiCheck.Calendar;

public sealed class SwedishCalendarTests
{
    /// <summary>The official allmänna helgdagar (named ones, not ordinary Sundays) and the three aftnar, 2025–2030.</summary>
    public static TheoryData<int, string[], string[]> OfficialLists => new()
    {
        { 2025, ["01-01", "01-06", "04-18", "04-20", "04-21", "05-01", "05-29", "06-06", "06-08", "06-21", "11-01", "12-25", "12-26"], ["06-20", "12-24", "12-31"] },
        { 2026, ["01-01", "01-06", "04-03", "04-05", "04-06", "05-01", "05-14", "05-24", "06-06", "06-20", "10-31", "12-25", "12-26"], ["06-19", "12-24", "12-31"] },
        { 2027, ["01-01", "01-06", "03-26", "03-28", "03-29", "05-01", "05-06", "05-16", "06-06", "06-26", "11-06", "12-25", "12-26"], ["06-25", "12-24", "12-31"] },
        { 2028, ["01-01", "01-06", "04-14", "04-16", "04-17", "05-01", "05-25", "06-04", "06-06", "06-24", "11-04", "12-25", "12-26"], ["06-23", "12-24", "12-31"] },
        { 2029, ["01-01", "01-06", "03-30", "04-01", "04-02", "05-01", "05-10", "05-20", "06-06", "06-23", "11-03", "12-25", "12-26"], ["06-22", "12-24", "12-31"] },
        { 2030, ["01-01", "01-06", "04-19", "04-21", "04-22", "05-01", "05-30", "06-06", "06-09", "06-22", "11-02", "12-25", "12-26"], ["06-21", "12-24", "12-31"] },
    };

    [Theory]
    [MemberData(nameof(OfficialLists))]
    public void IsHoliday_WholeYear_MatchesTheOfficialList(int year, string[] holidays, string[] eves)
    {
        // Arrange
        var expectedHolidays = holidays.Select(d => Day(year, d)).ToHashSet();
        var expectedEves = eves.Select(d => Day(year, d)).ToHashSet();

        // Act
        var actualHolidays = new HashSet<DateOnly>();
        var actualEves = new HashSet<DateOnly>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (SwedishCalendar.IsHoliday(day))
            {
                actualHolidays.Add(day);
            }

            if (SwedishCalendar.IsEve(day))
            {
                actualEves.Add(day);
            }
        }

        // Assert
        Assert.Equal(expectedHolidays.Order(), actualHolidays.Order());
        Assert.Equal(expectedEves.Order(), actualEves.Order());
    }

    [Theory]
    [MemberData(nameof(OfficialLists))]
    public void IsWorkday_Holidays_AreNeverWorkdays_AndEvesOnlyInTheStrictReading(int year, string[] holidays, string[] eves)
    {
        foreach (var day in holidays.Select(d => Day(year, d)))
        {
            Assert.False(SwedishCalendar.IsWorkday(day, WorkdayReading.Strict), day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Assert.False(SwedishCalendar.IsWorkday(day, WorkdayReading.Lenient), day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var day in eves.Select(d => Day(year, d)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            Assert.True(SwedishCalendar.IsWorkday(day, WorkdayReading.Strict), day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Assert.False(SwedishCalendar.IsWorkday(day, WorkdayReading.Lenient), day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_KnownYears_IsCorrect(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SwedishCalendar.EasterSunday(year));
    }

    [Theory]
    [InlineData("2026-01-01", "nyårsdagen")]
    [InlineData("2026-01-06", "trettondedag jul")]
    [InlineData("2026-04-03", "långfredagen")]
    [InlineData("2026-04-05", "påskdagen")]
    [InlineData("2026-04-06", "annandag påsk")]
    [InlineData("2026-05-01", "första maj")]
    [InlineData("2026-05-14", "Kristi himmelsfärdsdag")]
    [InlineData("2026-05-24", "pingstdagen")]
    [InlineData("2026-06-06", "Sveriges nationaldag")]
    [InlineData("2026-06-20", "midsommardagen")]
    [InlineData("2026-10-31", "alla helgons dag")]
    [InlineData("2026-12-25", "juldagen")]
    [InlineData("2026-12-26", "annandag jul")]
    [InlineData("2026-06-19", null)]
    [InlineData("2026-03-15", null)]
    [InlineData("2027-10-31", null)]
    public void HolidayName_GivesTheSwedishName(string date, string? expected)
    {
        Assert.Equal(expected, SwedishCalendar.HolidayName(Parse(date)));
    }

    [Theory]
    [InlineData("2026-06-19", "midsommarafton")]
    [InlineData("2026-12-24", "julafton")]
    [InlineData("2026-12-31", "nyårsafton")]
    [InlineData("2026-06-26", null)]
    [InlineData("2026-06-20", null)]
    public void EveName_GivesTheAfton(string date, string? expected)
    {
        Assert.Equal(expected, SwedishCalendar.EveName(Parse(date)));
    }

    [Theory]
    // Easter 2026: Thursday 2 April → Tuesday 7 April (långfredagen and annandag påsk are skipped).
    [InlineData("2026-04-02", WorkdayReading.Strict, "2026-04-07")]
    [InlineData("2026-04-02", WorkdayReading.Lenient, "2026-04-07")]
    // Midsommar 2026: Thursday 18 June → Friday 19 June strictly, Monday 22 June leniently.
    [InlineData("2026-06-18", WorkdayReading.Strict, "2026-06-19")]
    [InlineData("2026-06-18", WorkdayReading.Lenient, "2026-06-22")]
    // Christmas 2026: Wednesday 23 December → julafton strictly; Monday 28 December leniently.
    [InlineData("2026-12-23", WorkdayReading.Strict, "2026-12-24")]
    [InlineData("2026-12-23", WorkdayReading.Lenient, "2026-12-28")]
    // New Year: Wednesday 30 December 2026 → nyårsafton strictly; Monday 4 January 2027 leniently (nyårsdagen, weekend).
    [InlineData("2026-12-30", WorkdayReading.Strict, "2026-12-31")]
    [InlineData("2026-12-30", WorkdayReading.Lenient, "2027-01-04")]
    // Trettondedag jul on a Wednesday.
    [InlineData("2027-01-05", WorkdayReading.Strict, "2027-01-07")]
    // A plain Friday.
    [InlineData("2026-03-13", WorkdayReading.Strict, "2026-03-16")]
    public void FirstWorkdayAfter_SkipsWeekendsHolidaysAndInTheLenientReadingAftnar(string date, WorkdayReading reading, string expected)
    {
        Assert.Equal(Parse(expected), SwedishCalendar.FirstWorkdayAfter(Parse(date), reading));
    }

    [Theory]
    // sgi-rules.md Section B: W25 after 2026-03-13 skips långfredagen and annandag påsk.
    [InlineData("2026-03-13", 25, WorkdayReading.Strict, "2026-04-21")]
    [InlineData("2026-03-13", 25, WorkdayReading.Lenient, "2026-04-21")]
    // Midsommarafton counts strictly, not leniently.
    [InlineData("2026-06-18", 25, WorkdayReading.Strict, "2026-07-23")]
    [InlineData("2026-06-18", 25, WorkdayReading.Lenient, "2026-07-24")]
    [InlineData("2026-05-29", 25, WorkdayReading.Lenient, "2026-07-06")]
    // Across Christmas and New Year 2026/27: 24 and 31 December count strictly; 25, 26 December and 1, 6 January never.
    [InlineData("2026-12-18", 5, WorkdayReading.Strict, "2026-12-28")]
    [InlineData("2026-12-18", 5, WorkdayReading.Lenient, "2026-12-29")]
    [InlineData("2026-12-18", 10, WorkdayReading.Strict, "2027-01-05")]
    [InlineData("2026-12-18", 10, WorkdayReading.Lenient, "2027-01-08")]
    [InlineData("2026-03-13", 1, WorkdayReading.Strict, "2026-03-16")]
    public void NthWorkdayAfter_CountsVardagar(string date, int n, WorkdayReading reading, string expected)
    {
        Assert.Equal(Parse(expected), SwedishCalendar.NthWorkdayAfter(Parse(date), n, reading));
    }

    [Fact]
    public void NthWorkdayAfter_ZeroOrLess_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishCalendar.NthWorkdayAfter(Parse("2026-03-13"), 0, WorkdayReading.Strict));
    }

    [Theory]
    [InlineData("2026-03-14", false)]
    [InlineData("2026-03-15", false)]
    [InlineData("2026-03-16", true)]
    [InlineData("2026-06-19", true)]
    [InlineData("2026-04-03", false)]
    public void IsWorkday_Strict(string date, bool expected)
    {
        Assert.Equal(expected, SwedishCalendar.IsWorkday(Parse(date), WorkdayReading.Strict));
    }

    [Fact]
    public void MovableSaturdays_AreAlwaysSaturdaysInTheirWindows()
    {
        for (var year = 1950; year <= 2150; year++)
        {
            var midsummer = SwedishCalendar.MidsummerDay(year);
            var allSaints = SwedishCalendar.AllSaintsDay(year);
            Assert.Equal(DayOfWeek.Saturday, midsummer.DayOfWeek);
            Assert.InRange(midsummer, new DateOnly(year, 6, 20), new DateOnly(year, 6, 26));
            Assert.Equal(DayOfWeek.Saturday, allSaints.DayOfWeek);
            Assert.InRange(allSaints, new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
            Assert.Equal(midsummer.AddDays(-1), SwedishCalendar.MidsummerEve(year));
            Assert.Equal(DayOfWeek.Sunday, SwedishCalendar.EasterSunday(year).DayOfWeek);
        }
    }

    private static DateOnly Day(int year, string monthDay) => Parse($"{year}-{monthDay}");

    private static DateOnly Parse(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
