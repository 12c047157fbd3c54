using Portal.SgiCheck.Model;

namespace Portal.UnitTests.SgiCheck.Safety;

/// <summary>
/// An independent reading of the chain rules, written apart from the engine (no engine code is called, not even its
/// calendar): a plain day-by-day walk from the day after the benefit ends. Each day is covered by a ground or not;
/// each run of days without a ground is then excused by one leniency of sgi-rules.md or it is not. The oracle is
/// deliberately narrow: it knows only the kinds the chain generator produces and flags only what is clearly unprotected.
/// </summary>
internal static class ChainOracle
{
    private const int SgiHours = 40;

    /// <summary>What the walk found: the first day of each run of days that no ground covers and no rule excuses.</summary>
    public sealed record Finding(IReadOnlyList<Run> Unexcused, bool PartOnly)
    {
        public bool ClearlyUnprotected => Unexcused.Count > 0 || PartOnly;
    }

    /// <summary>Days <c>First</c>..<c>Last</c> without a ground; <c>Why</c> says which rule refuses the excuse.</summary>
    public sealed record Run(DateOnly First, DateOnly Last, string Why);

    private enum DayKind
    {
        Gap,
        Semester,
        Ground,
    }

    public static Finding Walk(Answers answers, DateOnly asOf)
    {
        var start = answers.Situation == Situation.SjukpenningEnded
            ? answers.LastSjukpenningDay!.Value.AddDays(1)
            : answers.DecisionReceived!.Value.AddDays(1);
        var steps = answers.Next;
        var horizon = asOf;
        foreach (var step in steps)
        {
            horizon = step.From > horizon ? step.From : horizon;
            if (step is SemesterStep { To: var to } && to.AddDays(1) > horizon)
            {
                horizon = to.AddDays(1);
            }
        }

        var length = horizon.DayNumber - start.DayNumber + 1;
        if (length <= 0)
        {
            return new Finding([], false);
        }

        var kinds = new DayKind[length];
        var owner = new NextStep?[length];
        var partOnly = false;

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step is SemesterStep semester)
            {
                Mark(semester.From, semester.To, DayKind.Semester, step);
                continue;
            }

            // Open-ended kinds run until the next step that is not a semester (a registered job seeker stays registered).
            var end = step.Until ?? NextNonSemesterStart(steps, i)?.AddDays(-1) ?? DateOnly.MaxValue;
            switch (step)
            {
                case AfRegistrationStep { Status: AfStatus.Aktivt } af:
                    partOnly |= af.HoursPerWeek < SgiHours;
                    Mark(af.From, end, DayKind.Ground, step);
                    break;
                case StudiesStep { Studiestod: true }:
                case ProgramStep:
                case MilitaryServiceStep:
                case WorkStep { HoursPerWeek: >= SgiHours }:
                    Mark(step.From, end, DayKind.Ground, step);
                    break;
                case ParentalLeaveStep leave:
                    // 26 kap. 15 § SFB: the child under one protects, with or without föräldrapenning; from the first
                    // birthday only föräldrapenning 5 days a week protects fully.
                    var birthday = leave.ChildBirthDate.AddYears(1);
                    Mark(Later(leave.From, leave.ChildBirthDate), Earlier(end, birthday.AddDays(-1)), DayKind.Ground, step);
                    if (leave.ParentalBenefitDaysPerWeek >= 5)
                    {
                        Mark(Later(leave.From, birthday), end, DayKind.Ground, step);
                    }
                    else if (leave.ParentalBenefitDaysPerWeek > 0 && end >= birthday && Later(leave.From, birthday) <= horizon)
                    {
                        partOnly = true;
                        Mark(Later(leave.From, birthday), end, DayKind.Ground, step);
                    }

                    break;
                case PregnancyLeaveStep pregnancy:
                    // 26 kap. 14 § protects someone who stops working, from six months before the birth; not someone
                    // whose studies end (HFD 2019 ref. 55). From the birth the child under one protects (26:15).
                    var afterStudies = i > 0 && steps[i - 1] is StudiesStep;
                    var works = answers.Employment is Employment.Employed or Employment.OwnBusiness;
                    if (works && !afterStudies)
                    {
                        Mark(Later(pregnancy.From, pregnancy.ExpectedBirthDate.AddMonths(-6)), end, DayKind.Ground, step);
                    }

                    Mark(pregnancy.ExpectedBirthDate, Earlier(end, pregnancy.ExpectedBirthDate.AddYears(1).AddDays(-1)), DayKind.Ground, step);
                    break;
            }
        }

        var unexcused = new List<Run>();
        var breakDaysByYear = new Dictionary<int, int>();
        var d = 0;
        while (d < length)
        {
            if (kinds[d] == DayKind.Ground)
            {
                d++;
                continue;
            }

            var first = d;
            while (d < length && kinds[d] != DayKind.Ground)
            {
                d++;
            }

            var run = new RunView(Day(first), Day(d - 1), d < length ? owner[d] : null, first > 0 ? owner[first - 1] : null,
                CountSemester(first, d - 1), d - first);
            if (Excuse(answers, run, breakDaysByYear) is { } why)
            {
                unexcused.Add(new Run(run.First, run.Last, why));
            }

            // GEN-2 and REQ-1: a new job in the same extent, expected to last six months, sets the SGI anew; what
            // happened before it no longer decides the SGI.
            if (run.Next is WorkStep { Employer: Employer.New } job && (job.To is null || job.To.Value.AddDays(1) >= job.From.AddMonths(6)))
            {
                unexcused.Clear();
            }
        }

        return new Finding(unexcused, partOnly);

        DateOnly Day(int index) => start.AddDays(index);

        void Mark(DateOnly from, DateOnly to, DayKind kind, NextStep step)
        {
            var a = Math.Max(0, from.DayNumber - start.DayNumber);
            var b = to == DateOnly.MaxValue ? length - 1 : Math.Min(length - 1, to.DayNumber - start.DayNumber);
            for (var x = a; x <= b; x++)
            {
                // A semester inside a ground (registered job seeker on holiday) is a break, not a ground day.
                if (kind == DayKind.Semester || kinds[x] != DayKind.Semester)
                {
                    kinds[x] = kind;
                    owner[x] = kind == DayKind.Semester ? owner[x] : step;
                }
            }
        }

        int CountSemester(int a, int b)
        {
            var n = 0;
            for (var x = a; x <= b; x++)
            {
                n += kinds[x] == DayKind.Semester ? 1 : 0;
            }

            return n;
        }
    }

    private sealed record RunView(DateOnly First, DateOnly Last, NextStep? Next, NextStep? Previous, int SemesterDays, int Days);

    /// <summary>Null when a rule excuses the run; otherwise why not.</summary>
    private static string? Excuse(Answers answers, RunView run, Dictionary<int, int> breakDaysByYear)
    {
        if (run.Next is null)
        {
            return "no ground after " + run.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var nextStart = run.Last.AddDays(1);
        var reference = answers.LastSjukpenningDay ?? answers.DecisionReceived!.Value;
        if (run.Previous is null && run.Next is WorkStep && nextStart <= FirstWorkday(reference, lenient: true))
        {
            return null; // WORK-1: back at work on the first working day (an afton may be a day off: C-5).
        }

        if (run.Previous is null)
        {
            // The first run after the benefit.
            switch (answers.Situation)
            {
                case Situation.SjukpenningEnded:
                    var last = answers.LastSjukpenningDay!.Value;
                    if (answers.DecisionReceived is { } decided && decided > last && nextStart >= decided && nextStart > FirstWorkday(last, lenient: true))
                    {
                        return "DL-6: a late decision is at best at-risk";
                    }

                    if (run.Next is AfRegistrationStep)
                    {
                        // DL-1: FK's 25-day practice (AF-7 for a job seeker after sickness); only before AF registration.
                        if (nextStart > last.AddDays(25))
                        {
                            return "DL-1: registered after C25";
                        }

                        // Days past the first vardag are a break in job seeking, and count towards AF-7's five weeks.
                        if (nextStart > FirstWorkday(last, lenient: true))
                        {
                            foreach (var year in Years(run.First, run.Last))
                            {
                                breakDaysByYear[year] = breakDaysByYear.GetValueOrDefault(year) + DaysIn(year, run.First, run.Last);
                            }
                        }

                        return null;
                    }

                    return "DL-1/STU-4: no leniency before a ground other than AF registration";
                case Situation.SjukpenningDenied:
                    var decision = answers.DecisionReceived!.Value;
                    return run.Next is AfRegistrationStep && nextStart <= FirstWorkday(decision, lenient: true)
                        ? null
                        : "DL-2: register the day after the decision; no 25-day window";
                default:
                    return "DL-3: register immediately";
            }
        }

        switch (run.Previous)
        {
            case AfRegistrationStep:
                // AF-7: a job seeker's semester, at most five weeks in all: the whole break, and per calendar year.
                if (run.SemesterDays != run.Days)
                {
                    return "AF-7: only a semester bridges";
                }

                if (run.Next is StudiesStep)
                {
                    return "AF-7: a semester never bridges into studies (HFD 2014 ref. 11)";
                }

                if (run.Days > 35)
                {
                    return "AF-7: break longer than five weeks";
                }

                foreach (var year in Years(run.First, run.Last))
                {
                    breakDaysByYear[year] = breakDaysByYear.GetValueOrDefault(year) + DaysIn(year, run.First, run.Last);
                    if (breakDaysByYear[year] > 35)
                    {
                        return "AF-7: more than five weeks of breaks in " + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                return null;
            case StudiesStep studies when run.Next is StudiesStep:
                // STU-4: the break between terms, when studies go on (at most the term break).
                return nextStart <= studies.To!.Value.AddMonths(3).AddDays(1) ? null : "STU-4: break between terms too long";
            case StudiesStep:
                return "STU-4: after studies the next ground starts the next day";
            case ProgramStep or MilitaryServiceStep or WorkStep:
                // DL-4: after a programme, service or job, registering at AF by the first vardag.
                var end = run.First.AddDays(-1);
                return run.Next is AfRegistrationStep && nextStart <= FirstWorkday(end, lenient: true)
                    ? null
                    : "DL-4: register at AF by the first vardag after the ground ends";
            default:
                return "DL-4/PAR-2: the next ground starts the next day";
        }
    }

    private static IEnumerable<int> Years(DateOnly a, DateOnly b)
    {
        for (var y = a.Year; y <= b.Year; y++)
        {
            yield return y;
        }
    }

    private static int DaysIn(int year, DateOnly a, DateOnly b)
    {
        var from = Later(a, new DateOnly(year, 1, 1));
        var to = Earlier(b, new DateOnly(year, 12, 31));
        return to.DayNumber - from.DayNumber + 1;
    }

    private static DateOnly? NextNonSemesterStart(IReadOnlyList<NextStep> steps, int index)
    {
        for (var j = index + 1; j < steps.Count; j++)
        {
            if (steps[j] is not SemesterStep && steps[j].From > steps[index].From)
            {
                return steps[j].From;
            }
        }

        return null;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The first vardag after <paramref name="day"/>; lenient: the aftnar do not count as vardagar.</summary>
    public static DateOnly FirstWorkday(DateOnly day, bool lenient)
    {
        var d = day.AddDays(1);
        while (!IsWorkday(d, lenient))
        {
            d = d.AddDays(1);
        }

        return d;
    }

    public static bool IsWorkday(DateOnly d, bool lenient)
    {
        if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        var easter = Easter(d.Year);
        var midsummerEve = new DateOnly(d.Year, 6, 19);
        while (midsummerEve.DayOfWeek != DayOfWeek.Friday)
        {
            midsummerEve = midsummerEve.AddDays(1);
        }

        // Lag (1989:253) om allmänna helgdagar; alla helgons dag and midsommardagen fall on a Saturday, pingstdagen on a Sunday.
        DateOnly[] holidays =
        [
            new(d.Year, 1, 1), new(d.Year, 1, 6), easter.AddDays(-2), easter.AddDays(1), new(d.Year, 5, 1),
            easter.AddDays(39), new(d.Year, 6, 6), new(d.Year, 12, 25), new(d.Year, 12, 26),
        ];
        if (Array.IndexOf(holidays, d) >= 0)
        {
            return false;
        }

        return !lenient || (d != midsummerEve && d != new DateOnly(d.Year, 12, 24) && d != new DateOnly(d.Year, 12, 31));
    }

    /// <summary>Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(y, month, day);
    }
}
