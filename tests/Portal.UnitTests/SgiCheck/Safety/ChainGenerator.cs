using Portal.SgiCheck.Model;

namespace Portal.UnitTests.SgiCheck.Safety;

/// <summary>
/// Random chains of grounds after a benefit ends, 2025–2030: random lengths, gaps (often none, sometimes over a weekend
/// or a holiday, sometimes weeks), semesters (also across New Year), studies, programmes, parental and pregnancy leave,
/// service, work, AF registrations (a few with förhinder or fewer hours), decisions that came late, and a check date
/// that lies before some of the steps (plans) or after all of them.
/// </summary>
internal sealed class ChainGenerator(int seed)
{
    private static readonly DateOnly First = new(2025, 1, 1);
    private static readonly DateOnly Last = new(2030, 6, 30);
    private readonly Random _random = new(seed);

    public Answers Next()
    {
        var situation = Pick(70, 20, 10) switch
        {
            0 => Situation.SjukpenningEnded,
            1 => Situation.SjukpenningDenied,
            _ => Situation.SjukersattningDenied,
        };
        var reference = First.AddDays(_random.Next(Last.DayNumber - First.DayNumber));
        DateOnly? lastDay = situation == Situation.SjukpenningEnded ? reference : null;
        DateOnly? decision = situation == Situation.SjukpenningEnded
            ? (Chance(15) ? reference.AddDays(_random.Next(-10, 70)) : null)
            : reference;
        var employment = Chance(80) ? Employment.Unemployed : Employment.Employed;

        var steps = new List<NextStep>();
        var cursor = reference.AddDays(1);
        var count = _random.Next(1, 5);
        NextStep? previous = null;
        for (var i = 0; i < count; i++)
        {
            cursor = cursor.AddDays(Gap());

            // No semester straight after open-ended leave or work: whether that is a break or still leave is not clear-cut.
            var semesterFits = previous is null or AfRegistrationStep or StudiesStep or ProgramStep or MilitaryServiceStep or WorkStep { To: not null };
            if (semesterFits && Chance(25))
            {
                var to = cursor.AddDays(Chance(30) ? _random.Next(20, 60) : _random.Next(0, 20));
                steps.Add(new SemesterStep { From = cursor, To = to });
                cursor = to.AddDays(1);
                if (Chance(30))
                {
                    cursor = cursor.AddDays(_random.Next(1, 10));
                }
            }

            var (step, end) = Ground(cursor, i == 0, employment);
            steps.Add(step);
            previous = step;
            cursor = end.AddDays(1);

            // A semester while registered at AF (the job seeker of AF-7), sometimes over New Year.
            if (step is AfRegistrationStep && Chance(30))
            {
                var from = Chance(30) ? new DateOnly(cursor.Year, 12, _random.Next(1, 28)) : cursor.AddDays(_random.Next(1, 60));
                from = from <= step.From ? step.From.AddDays(1) : from;
                var to = from.AddDays(Chance(40) ? _random.Next(20, 60) : _random.Next(0, 20));
                steps.Add(new SemesterStep { From = from, To = to });
                cursor = to.AddDays(1 + _random.Next(0, 60));
            }
        }

        // Often the person registers at AF when the last ground ends (the next day, or after a weekend or a gap).
        if (previous?.Until is { } until && Chance(50))
        {
            steps.Add(new AfRegistrationStep { From = until.AddDays(Chance(60) ? 1 : _random.Next(2, 6)), Status = AfStatus.Aktivt, HoursPerWeek = 40 });
        }

        var lastFrom = steps.Max(s => s.From);
        var start = reference.AddDays(1);
        var asOf = Chance(65)
            ? lastFrom.AddDays(_random.Next(0, 120))
            : start.AddDays(_random.Next(0, Math.Max(1, lastFrom.DayNumber - start.DayNumber + 1)));
        if (decision is { } d && d > asOf)
        {
            asOf = d;
        }

        return new Answers
        {
            AsOf = asOf,
            Situation = situation,
            LastSjukpenningDay = lastDay,
            DecisionReceived = decision,
            HasSgi = SgiStatus.Yes,
            SgiHoursPerWeek = 40,
            Employment = employment,
            Next = steps,
        };
    }

    private int Gap() => Pick(45, 20, 15, 20) switch
    {
        0 => 0,
        1 => _random.Next(1, 4),
        2 => _random.Next(4, 21),
        _ => _random.Next(21, 61),
    };

    /// <summary>A ground from <paramref name="from"/>, and the day the generator treats as its end.</summary>
    private (NextStep Step, DateOnly End) Ground(DateOnly from, bool first, Employment employment)
    {
        var length = _random.Next(10, 300);
        var end = from.AddDays(length);
        switch (Pick(35, 20, 15, 10, 6, 5, first ? 9 : 0))
        {
            case 0:
                return (new AfRegistrationStep
                {
                    From = from,
                    Status = Chance(92) ? AfStatus.Aktivt : AfStatus.Forhinder,
                    HoursPerWeek = Chance(90) ? 40 : 20,
                }, end);
            case 1:
                return (new StudiesStep { From = from, Studiestod = true, ExtentPercent = 100, PostSecondary = true, To = end }, end);
            case 2:
                return (new ProgramStep { From = from, Payment = ProgramPayment.Aktivitetsstod, To = end }, end);
            case 3:
                var child = Chance(50) ? from : from.AddDays(-_random.Next(0, 200));
                return (new ParentalLeaveStep
                {
                    From = from,
                    ChildBirthDate = child,
                    ParentalBenefitDaysPerWeek = Pick(50, 30, 20) switch { 0 => 0, 1 => 5, _ => 3 },
                }, end);
            case 4:
                return (new PregnancyLeaveStep { From = from, ExpectedBirthDate = from.AddDays(_random.Next(10, 200)) }, end);
            case 5:
                return (new MilitaryServiceStep { From = from, To = end }, end);
            default:
                return (new WorkStep { From = from, Employer = employment == Employment.Employed ? Employer.Same : Employer.New, HoursPerWeek = 40, To = Chance(50) ? end : null }, end);
        }
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private int Pick(params int[] weights)
    {
        var roll = _random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
