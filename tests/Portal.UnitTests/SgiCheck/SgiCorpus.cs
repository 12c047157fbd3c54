using static Portal.UnitTests.SgiCheck.AnswersJson;

namespace Portal.UnitTests.SgiCheck;

/// <summary>Answers that exercise the composer's branches; reused by the behaviour, coverage and text tests.</summary>
internal static class SgiCorpus
{
    public static readonly string OnTime = Ended("2026-03-13", "2026-03-16", Af("2026-03-16"));
    public static readonly string Christmas = Ended("2026-12-23", "2026-12-28", Af("2026-12-28"));
    public static readonly string Retroactive = Ended("2026-03-13", "2026-03-20", Af("2026-03-20"), extra: ""","decisionReceived":"2026-03-19" """);
    public static readonly string Aged66 = Ended("2026-03-13", "2026-03-16", Af("2026-03-16"), extra: ""","birthDate":"1960-05-01" """);
    public static readonly string TurningSixtyFiveNextMonth = Ended("2026-03-13", "2026-03-16", Af("2026-03-16"), extra: ""","birthDate":"1961-04-10" """);
    public static readonly string Forhinder = Ended("2026-08-14", "2026-08-17", Af("2026-08-17", status: "forhinder"));
    public static readonly string ProgrammeOtherSanction = Ended("2026-03-01", "2026-04-20", Program("2026-03-02"), extra: Sanction("other", true, "2026-04-15", 5));
    public static readonly string ProgrammeDeclinedJob = Ended("2026-03-01", "2026-04-20", Program("2026-03-02"), extra: Sanction("declined-job", true, "2026-04-15", 5));
    public static readonly string ProgrammeNoPayment = Ended("2026-03-01", "2026-04-20", Program("2026-03-02", payment: "none"));
    public static readonly string JobEndsThenLate = Ended("2026-03-13", "2026-10-20", Work("2026-03-16", "new", "40", to: "2026-09-30") + "," + Af("2026-10-20"));
    public static readonly string JobEndsThenTooLate = Ended("2026-03-13", "2027-01-05", Work("2026-03-16", "new", "40", to: "2026-09-30") + "," + Af("2027-01-05"));
    public static readonly string PregnantUnemployed = Ended("2026-03-13", "2026-03-16", Pregnancy("2026-03-16", "2026-07-01"));
    public static readonly string PregnantEmployed = Ended("2026-03-13", "2026-03-16", Pregnancy("2026-03-14", "2026-07-01"), employment: "employed");
    public static readonly string PregnantTooEarly = Ended("2026-03-13", "2026-03-16", Pregnancy("2026-03-14", "2027-03-01"), employment: "employed");
    public static readonly string PregnantAfterStudies = Ended("2026-03-13", "2026-06-08", Studies("2026-03-14", true, "100", true, to: "2026-06-05") + "," + Pregnancy("2026-06-06", "2026-09-01"));
    public static readonly string MovingAbroadEu = Ended("2026-03-13", "2026-05-01", Af("2026-03-16") + "," + Abroad("2026-05-01", true, true));
    public static readonly string MovingAbroad = Ended("2026-03-13", "2026-05-01", Af("2026-03-16") + "," + Abroad("2026-05-01", true, false));
    public static readonly string TripAbroad = Ended("2026-03-13", "2026-07-01", Af("2026-03-16") + "," + Abroad("2026-07-01", false, false, to: "2026-07-14"));
    public static readonly string OwnBusinessStudies = Ended("2026-08-28", "2026-08-31", Studies("2026-08-29", true, "100", true), employment: "own-business");
    public static readonly string WindowAndSemester = Ended("2026-03-13", "2026-07-01", Af("2026-04-02") + "," + Semester("2026-07-01", "2026-07-20"));
    public static readonly string EmployedWithinWindow = Ended("2026-03-13", "2026-04-02", Af("2026-04-02"), employment: "employed");
    public static readonly string NothingYet = Ended("2026-03-13", "2026-03-13", "");
    public static readonly string NothingYetLate = Ended("2026-03-13", "2026-03-20", "");
    public static readonly string NothingYetTooLate = Ended("2026-03-13", "2026-04-22", "");
    public static readonly string NotProtected2025 = Ended("2025-03-14", "2025-05-30", Af("2025-05-30"));
    public static readonly string StudiesWithSupport = Ended("2026-08-28", "2026-08-31", Studies("2026-08-29", true, "100", true));
    public static readonly string SanctionOutsideProgramme = Ended("2026-03-13", "2026-04-20", Af("2026-03-16"), extra: Sanction("too-few-applications", false, "2026-04-15", 10));
    public static readonly string SemesterAfterStudies = Ended("2026-03-13", "2026-06-22", Studies("2026-03-16", true, "100", true, to: "2026-06-05") + "," + Semester("2026-06-06", "2026-06-20") + "," + Af("2026-06-22"));
    public static readonly string WeekendAfterStudies = Ended("2026-03-13", "2026-06-08", Studies("2026-03-16", true, "100", true, to: "2026-06-05") + "," + Af("2026-06-08"));
    public static readonly string NextDayAfterStudies = Ended("2026-03-13", "2026-06-06", Studies("2026-03-14", true, "100", true, to: "2026-06-05") + "," + Af("2026-06-06"));
    public static readonly string StudiesWithoutSupport2018Spring = Ended("2018-03-09", "2018-03-12", Studies("2018-03-10", false, "50", true));
    public static readonly string StudiesWithoutSupport2018Autumn = Ended("2018-08-10", "2018-08-13", Studies("2018-08-11", false, "50", true));
    public static readonly string EmployedPartTimeStudies = Ended("2026-08-28", "2026-08-31", Studies("2026-08-29", false, "25", false), employment: "employed");
    public static readonly string ParentalFullBenefit = Ended("2025-09-09", "2026-09-10", Parental("2025-09-10", "2025-09-10", "5"));
    public static readonly string ParentalNoBenefit = Ended("2025-09-09", "2026-09-10", Parental("2025-09-10", "2025-09-10", "0"));
    public static readonly string ProgrammeEndsLater = Ended("2026-05-31", "2026-11-22", Program("2026-06-01", to: "2026-12-18"));
    public static readonly string UnknownSgiDenied = Denied("sjukpenning-denied", "2026-03-10", "2026-03-11", Af("2026-03-11"), hasSgi: "unknown");
    public static readonly string BackPartTimeWithAf = Ended("2026-01-30", "2026-02-02", Work("2026-02-02", "same", "20") + "," + Af("2026-02-02", hours: "20"), employment: "employed");
    public static readonly string BackPartTime = Ended("2026-01-30", "2026-02-02", Work("2026-02-02", "same", "20"), employment: "employed");
    public static readonly string NewJobAfterGap = Ended("2026-03-13", "2026-05-04", Work("2026-05-04", "new", "40"));
    public static readonly string NewJobFewerHoursSeekingRest = Ended("2026-03-13", "2026-03-16", Work("2026-03-16", "new", "30") + "," + Af("2026-03-16", hours: "10"));
    public static readonly string ShortNewJob = Ended("2026-03-13", "2026-03-16", Work("2026-03-16", "new", "40", to: "2026-05-31"));
    public static readonly string SeveranceThenAf = Ended("2026-03-13", "2026-05-13", Severance("2026-03-14", "2026-05-12") + "," + Af("2026-05-13"));
    public static readonly string SeveranceWithAf = Ended("2026-03-13", "2026-03-16", Af("2026-03-14") + "," + Severance("2026-03-14", "2026-05-12"));
    public static readonly string Omprovning = Ended("2026-03-13", "2026-03-16", Af("2026-03-16"), extra: ""","omprovningRequested":true""");
    public static readonly string EmployedNothingYet = Ended("2026-03-13", "2026-03-14", "", employment: "employed");
    public static readonly string StudiesEndSoon = Ended("2026-05-29", "2026-06-01", Studies("2026-05-30", true, "100", true, to: "2026-06-05"));
    public static readonly string MilitaryThenAf = Ended("2026-06-30", "2026-11-02", Military("2026-07-01", to: "2026-10-30") + "," + Af("2026-11-02"));
    public static readonly string SjukersattningNextDay = Denied("sjukersattning-denied", "2026-02-16", "2026-02-17", Af("2026-02-17"));
    public static readonly string SjukersattningLater = Denied("sjukersattning-denied", "2026-02-16", "2026-02-20", Af("2026-02-20"));
    public static readonly string AktivitetsersattningNoSgiShortJob = Denied("aktivitetsersattning-denied", "2026-02-16", "2026-02-16", Work("2026-03-01", "new", "40", to: "2026-05-31"), hasSgi: "no", employment: "none");
    public static readonly string AfterReviewDate = Ended("2027-05-28", "2027-06-01", Af("2027-06-01"));
    public static readonly string PartTimeSgiUnknown = Ended("2026-03-13", "2026-03-16", Af("2026-03-16", hours: "30")).Replace("\"sgiHoursPerWeek\":40,", "", StringComparison.Ordinal);
    public static readonly string DeniedLate = Denied("sjukpenning-denied", "2026-03-10", "2026-03-20", Af("2026-03-20"));
    public static readonly string ParentalBeforeBirth = Ended("2026-03-13", "2026-03-16", Parental("2026-03-16", "2026-04-10", "5"));
    public static readonly string ReturnAfterMidsummer = Ended("2026-06-18", "2026-06-22", Work("2026-06-22", "same", "40"), employment: "employed");
    public static readonly string TwoBreaksWithinFiveWeeks = Ended("2026-03-13", "2026-08-01", Af("2026-03-16") + "," + Semester("2026-06-01", "2026-06-14") + "," + Semester("2026-07-01", "2026-07-14"));
    public static readonly string LongBreakBetweenTerms = Ended("2026-03-13", "2026-10-01", Studies("2026-03-16", true, "100", true, to: "2026-05-31") + "," + Studies("2026-09-14", true, "100", true));

    public static IReadOnlyList<(string Name, string Json)> All { get; } =
        [.. typeof(SgiCorpus).GetFields().Where(f => f.FieldType == typeof(string)).Select(f => (f.Name, (string)f.GetValue(null)!))];
}
