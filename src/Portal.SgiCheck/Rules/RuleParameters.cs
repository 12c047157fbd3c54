namespace Portal.SgiCheck.Rules;

/// <summary>
/// The numbers the rules use. A rule set carries its own parameters, so a law change that only moves a limit
/// (an age, a number of days, a new prisbasbelopp) is a new <see cref="RuleSet"/> with new parameters.
/// </summary>
public sealed record RuleParameters
{
    /// <summary>Hours per week that count as full time when the SGI hours are unknown.</summary>
    public double FullTimeHours { get; init; } = 40;

    /// <summary>FK's "25 dagar" practice, counted in calendar days (C25).</summary>
    public int CalendarWindowDays { get; init; } = 25;

    /// <summary>FK's "25 arbetsdagar" practice, counted in vardagar (W25).</summary>
    public int WorkdayWindow { get; init; } = 25;

    /// <summary>The semester practice for job seekers: at most five weeks a year (AF-7).</summary>
    public int MaxBreakDaysPerYear { get; init; } = 35;

    /// <summary>The historical age limit (AF-8, C-8).</summary>
    public int AgeLimit { get; init; } = 65;

    /// <summary>Work must be expected to last this many months to give an SGI (25 kap. 3 § SFB, REQ-1).</summary>
    public int MinJobMonths { get; init; } = 6;

    /// <summary>26 kap. 18 § SFB, the three-month rule (TRE-1).</summary>
    public int ThreeMonthRuleMonths { get; init; } = 3;

    /// <summary>A break between two study periods longer than this is not treated as a term break (STU-4).</summary>
    public int MaxTermBreakMonths { get; init; } = 3;

    /// <summary>Pregnancy protection starts at the earliest this many months before the expected birth (PREG-1).</summary>
    public int PregnancyMonthsBeforeBirth { get; init; } = 6;

    /// <summary>Days of föräldrapenning per week that protect the whole SGI after the child turns one (PAR-2).</summary>
    public double FullParentalBenefitDaysPerWeek { get; init; } = 5;

    /// <summary>The lowest SGI, as a percentage of the prisbasbelopp (25 kap. 3 § SFB).</summary>
    public int SgiFloorPercent { get; init; } = 24;

    /// <summary>Studies at this extent or more can be protected without studiestöd (STU-2).</summary>
    public double MinStudyExtentPercent { get; init; } = 50;

    /// <summary>Prisbasbelopp per year (SFS 2025:872 for 2026).</summary>
    public IReadOnlyDictionary<int, int> Prisbasbelopp { get; init; } = new Dictionary<int, int>
    {
        [2023] = 52_500,
        [2024] = 57_300,
        [2025] = 58_800,
        [2026] = 59_200,
    };

    /// <summary>The SGI floor for a year, using the latest known prisbasbelopp at or before it.</summary>
    /// <returns>The amount in kronor per year and the year whose prisbasbelopp was used.</returns>
    public (int Amount, int Year) SgiFloor(int year)
    {
        var known = Prisbasbelopp.Keys.Where(y => y <= year).DefaultIfEmpty(Prisbasbelopp.Keys.Min()).Max();
        var amount = (int)Math.Round(Prisbasbelopp[known] * SgiFloorPercent / 100m, MidpointRounding.AwayFromZero);
        return (amount, known);
    }
}
