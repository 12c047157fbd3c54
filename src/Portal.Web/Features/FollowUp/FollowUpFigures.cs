using System.Globalization;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.FollowUp;

/// <summary>
/// The follow-up figures, counted from the facts stored when things happened (<see cref="FollowUpFact"/>: the meeting
/// created, the invitation opened, the questionnaire started and submitted with its anonymous facts, the answer to the
/// invitation with the decline reason's code and the days to the first answer, whether AF takes part, the consent to
/// share with AF as it stands and whether it was ever withdrawn), so they survive the retention deletion
/// of the answers and never read personal data. Meetings are counted in the month (or quarter) they were created; the
/// other figures follow those meetings. The answer counts as it stands now (a person who first declined and then
/// comes counts as coming).
///
/// Small-number protection over the whole table, so that no combination of filters, and no subtraction between
/// published cells, reveals fewer than <see cref="MinimumCell"/> people: a count below it is shown as "&lt; 5"; and a
/// cell is suppressed too when a difference it allows (a total minus its visible parts, or a figure minus the one it
/// is a subset of) would be between 1 and 4. A fact from answers is hidden too when fewer than five people in its cell
/// lack it (so no 0 % or 100 % in a small group gives away everyone's answer). Published counts are rounded to a multiple
/// of five, so the difference between two readings (5, then 6) does not single out the one new submission. Shares are
/// computed only from visible, rounded cells.
/// </summary>
public sealed class FollowUpFigures
{
    public const int MinimumCell = 5;

    public const string All = "alla";

    public static readonly IReadOnlyList<string> Sexes = [All, "kvinna", "man"];

    private static readonly string[] SexParts = ["kvinna", "man", "okant"];

    public static readonly IReadOnlyList<string> Types = [All, .. MeetingTypes.All];

    /// <summary>The measures, each with the measure it is a subset of (null for meetings created).</summary>
    public static readonly IReadOnlyList<(string Key, string Name, string? SubsetOf)> Measures =
    [
        ("created", "Möten skapade (inbjudna)", null),
        ("opened", "Inbjudan öppnad", "created"),
        ("started", "Formulär påbörjat", "opened"),
        ("submitted", "Formulär inskickat", "started"),
        ("before", "Inskickat före mötet", "submitted"),
        ("sgi-risk", "SGI i fara eller inte skyddad", "submitted"),
        ("wants-af", "Vill ha hjälp att skriva in sig hos AF", "submitted"),
        ("interpreter", "Behöver tolk", "submitted"),
        ("consent", "Samtycker till att dela med AF (formulärets första svar)", "submitted"),
        ("answered", "Svarat på inbjudan", "created"),
        ("not-answered", "Inte svarat på inbjudan", "created"),
        ("coming", "Svar: kommer", "answered"),
        ("other-time", "Svar: vill ha en annan tid", "answered"),
        ("declined", "Svar: vill inte ha mötet", "answered"),
        .. DeclineReasons.All.Select(r => (ReasonMeasure(r), "Skäl: " + DeclineReasons.StaffName(r).ToLowerInvariant(), (string?)"declined")),
        (ReasonMeasure(null), "Skäl: inget angivet", "declined"),
        ("af", "Arbetsförmedlingen deltar i mötet", "created"),
        ("af-consent", "AF deltar: samtycke till att dela svaren just nu", "af"),
        ("af-withdrawn", "AF deltar: samtycket återkallat minst en gång", "af"),
    ];

    /// <summary>The measure of one decline reason ("skal-for-sjuk"), or of declining without one ("skal-inget").</summary>
    public static string ReasonMeasure(string? reason) => "skal-" + (reason ?? "inget");

    /// <summary>The measures a share is taken of: the invited, the submitted, the answered, the declined, or the meetings with AF taking part.</summary>
    private static string? ShareBase(string measure) => measure switch
    {
        "created" => null,
        "opened" or "started" or "submitted" or "before" or "answered" or "not-answered" or "af" => "created",
        "af-consent" or "af-withdrawn" => "af",
        "coming" or "other-time" or "declined" => "answered",
        _ when measure.StartsWith("skal-", StringComparison.Ordinal) => "declined",
        _ => "submitted",
    };

    private readonly Dictionary<(string Period, string Type, string Sex, string Measure), int> _counts = new();
    private readonly HashSet<(string Period, string Type, string Sex, string Measure)> _hidden = [];
    private readonly Dictionary<(string Period, string Type, string Sex), int> _daysToAnswer = new();

    public IReadOnlyList<string> Months { get; private set; } = [];

    public IReadOnlyList<string> Quarters { get; private set; } = [];

    /// <summary>The figures over every meeting, live or deleted: a GROUP BY over <see cref="FollowUpFact"/>.</summary>
    public static async Task<FollowUpFigures> LoadAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        FromGroups(await FollowUpFacts.LoadAsync(db, cancellationToken));

    /// <summary>
    /// How many meetings of one month, type and legal sex reached each measure (the facts from answers among those who
    /// submitted), how many answered the invitation and how, each decline reason (<see cref="DeclineReasons.All"/> in
    /// order, then none given), and the sum of the days from invitation to first answer over those who answered.
    /// </summary>
    public sealed record Group(
        string Month, string Type, string Sex, int Created, int Opened, int Started, int Submitted, int Before, int SgiRisk, int WantsAf, int Interpreter, int Consent,
        int Answered = 0, int Coming = 0, int OtherTime = 0, int Declined = 0,
        int BackAtEmployer = 0, int HasSupport = 0, int TooIll = 0, int NoUse = 0, int NoTime = 0, int OtherReason = 0, int NoReason = 0,
        int DaysToAnswer = 0, int Af = 0, int AfConsent = 0, int AfWithdrawn = 0);

    public sealed record Facts(bool BeforeMeeting, bool SgiRisk, bool WantsAf, bool Interpreter, bool Consent);

    /// <summary>
    /// One meeting's facts; Answer is the invitation answer as it stands (InvitationAnswers) or null when not answered;
    /// Af, AfConsent and AfWithdrawn: AF takes part, the consent to share with AF is yes now, it was ever withdrawn.
    /// </summary>
    public sealed record Meeting(
        DateOnly CreatedOn, string Type, string Sex, bool Opened, bool Started, Facts? Submitted, string? Answer = null, string? DeclineReason = null, int DaysToAnswer = 0,
        bool Af = false, bool AfConsent = false, bool AfWithdrawn = false);

    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string QuarterOf(DateOnly date) => $"{date.Year}-K{((date.Month - 1) / 3) + 1}";

    public static FollowUpFigures From(IReadOnlyList<Meeting> meetings) => FromGroups(meetings.Select(meeting =>
    {
        var opened = meeting.Opened || meeting.Started || meeting.Submitted is not null;
        var started = meeting.Started || meeting.Submitted is not null;
        int One(bool fact) => fact ? 1 : 0;
        var f = meeting.Submitted;
        var declined = meeting.Answer == InvitationAnswers.Declined;
        int Reason(string? reason) => One(declined && meeting.DeclineReason == reason);
        return new Group(MonthOf(meeting.CreatedOn), meeting.Type, meeting.Sex, 1, One(opened), One(started), One(f is not null),
            One(f?.BeforeMeeting == true), One(f?.SgiRisk == true), One(f?.WantsAf == true), One(f?.Interpreter == true), One(f?.Consent == true),
            One(meeting.Answer is not null), One(meeting.Answer == InvitationAnswers.Coming), One(meeting.Answer == InvitationAnswers.OtherTime), One(declined),
            Reason(DeclineReasons.BackAtEmployer), Reason(DeclineReasons.HasSupport), Reason(DeclineReasons.TooIll), Reason(DeclineReasons.NoUse),
            Reason(DeclineReasons.NoTime), Reason(DeclineReasons.Other), Reason(null),
            meeting.Answer is null ? 0 : meeting.DaysToAnswer,
            One(meeting.Af), One(meeting.Af && meeting.AfConsent), One(meeting.Af && meeting.AfWithdrawn));
    }).ToList());

    public static FollowUpFigures FromGroups(IReadOnlyList<Group> groups)
    {
        var figures = new FollowUpFigures
        {
            Months = groups.Select(g => g.Month).Distinct().Order(StringComparer.Ordinal).ToList(),
            Quarters = groups.Select(g => QuarterOf(g.Month)).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
        foreach (var group in groups)
        {
            (string Measure, int Count)[] counts =
            [
                ("created", group.Created), ("opened", group.Opened), ("started", group.Started), ("submitted", group.Submitted), ("before", group.Before),
                ("sgi-risk", group.SgiRisk), ("wants-af", group.WantsAf), ("interpreter", group.Interpreter), ("consent", group.Consent),
                ("answered", group.Answered), ("not-answered", group.Created - group.Answered), ("coming", group.Coming), ("other-time", group.OtherTime),
                ("declined", group.Declined), (ReasonMeasure(DeclineReasons.BackAtEmployer), group.BackAtEmployer), (ReasonMeasure(DeclineReasons.HasSupport), group.HasSupport),
                (ReasonMeasure(DeclineReasons.TooIll), group.TooIll), (ReasonMeasure(DeclineReasons.NoUse), group.NoUse), (ReasonMeasure(DeclineReasons.NoTime), group.NoTime),
                (ReasonMeasure(DeclineReasons.Other), group.OtherReason), (ReasonMeasure(null), group.NoReason),
                ("af", group.Af), ("af-consent", group.AfConsent), ("af-withdrawn", group.AfWithdrawn),
            ];
            var sex = group.Sex is "kvinna" or "man" ? group.Sex : "okant";
            foreach (var period in new[] { group.Month, QuarterOf(group.Month) })
            {
                foreach (var type in new[] { All, group.Type })
                {
                    foreach (var s in new[] { All, sex })
                    {
                        foreach (var (measure, count) in counts.Where(c => c.Count > 0))
                        {
                            var key = (period, type, s, measure);
                            figures._counts[key] = figures._counts.GetValueOrDefault(key) + count;
                        }

                        figures._daysToAnswer[(period, type, s)] = figures._daysToAnswer.GetValueOrDefault((period, type, s)) + group.DaysToAnswer;
                    }
                }
            }
        }

        figures.Suppress();
        return figures;
    }

    private static string QuarterOf(string month) => QuarterOf(DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The raw count (only for tests and the suppression itself).</summary>
    internal int Raw(string period, string type, string sex, string measure) => _counts.GetValueOrDefault((period, type, sex, measure));

    /// <summary>Published counts are rounded to a multiple of this, so one new submission between two readings cannot be told apart.</summary>
    public const int Rounding = 5;

    /// <summary>
    /// The facts about the person's own choices (from the answers, and the consent to AF as it stands): a figure of them is
    /// also suppressed when the people in its share base without the fact are fewer than <see cref="MinimumCell"/>, none
    /// included (a 100 % cell tells the fact of everyone in it).
    /// </summary>
    public static readonly IReadOnlySet<string> AnswerFacts = new HashSet<string>(StringComparer.Ordinal) { "sgi-risk", "wants-af", "interpreter", "consent", "af-consent", "af-withdrawn" };

    /// <summary>The published count (rounded to <see cref="Rounding"/>), or null when it is suppressed.</summary>
    public int? Count(string period, string type, string sex, string measure) =>
        _hidden.Contains((period, type, sex, measure)) ? null : RoundToPublish(Raw(period, type, sex, measure));

    /// <summary>Half-way values round up: 7 and 8 become 5 and 10.</summary>
    public static int RoundToPublish(int count) => (int)Math.Round(count / (double)Rounding, MidpointRounding.AwayFromZero) * Rounding;

    /// <summary>
    /// The share of the measure's base (the invited for the questionnaire's first steps and for answering the invitation,
    /// the submitted for the facts from answers, the answered for each answer, the declined for each reason, the meetings
    /// with AF taking part for the consent to AF), or null.
    /// </summary>
    public double? Share(string period, string type, string sex, string measure)
    {
        var baseMeasure = ShareBase(measure);
        return baseMeasure is not null && Count(period, type, sex, measure) is { } count && Count(period, type, sex, baseMeasure) is { } total && total > 0
            ? (double)count / total
            : null;
    }

    /// <summary>
    /// The mean number of days from the invitation to the first answer among those who answered, or null when the
    /// number who answered is not published (so the mean never describes fewer than <see cref="MinimumCell"/> people).
    /// </summary>
    public double? MeanDaysToAnswer(string period, string type, string sex) =>
        Count(period, type, sex, "answered") is not null && Raw(period, type, sex, "answered") is > 0 and var answered
            ? _daysToAnswer.GetValueOrDefault((period, type, sex)) / (double)answered
            : null;

    public static string DaysText(double? days) => days is { } d ? d.ToString("0.0", CultureInfo.GetCultureInfo("sv-SE")) : "–";

    public static string Cell(int? count) => count is { } c ? c.ToString(CultureInfo.InvariantCulture) : "< 5";

    public static string ShareText(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.GetCultureInfo("sv-SE")) + " %" : "–";

    public IEnumerable<string> QuarterMonths(string quarter)
    {
        var year = int.Parse(quarter[..4], CultureInfo.InvariantCulture);
        var q = quarter[^1] - '0';
        return Enumerable.Range(((q - 1) * 3) + 1, 3).Select(m => $"{year}-{m:00}");
    }

    private IEnumerable<string> AllPeriods => Months.Concat(Quarters);

    private bool Hide((string, string, string, string) key) => _hidden.Add(key);

    private void Suppress()
    {
        foreach (var period in AllPeriods)
        {
            foreach (var type in Types)
            {
                foreach (var sex in Sexes.Append("okant"))
                {
                    foreach (var (measure, _, _) in Measures)
                    {
                        // The unknown-sex column is never published; everything under the minimum is hidden.
                        if (sex == "okant" || Raw(period, type, sex, measure) < MinimumCell
                            || (AnswerFacts.Contains(measure) && Raw(period, type, sex, ShareBase(measure)!) - Raw(period, type, sex, measure) < MinimumCell))
                        {
                            _hidden.Add((period, type, sex, measure));
                        }
                    }
                }
            }
        }

        // Secondary suppression until nothing changes: every difference a reader can take must be 0 or at least 5.
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (parent, children) in Relations())
            {
                if (_hidden.Contains(parent))
                {
                    continue;
                }

                var visible = children.Where(c => !_hidden.Contains(c)).ToList();
                var remainder = Raw(parent) - visible.Sum(Raw);
                if (remainder is > 0 and < MinimumCell && visible.Count > 0)
                {
                    changed |= Hide(visible.MinBy(Raw));
                }
            }

            foreach (var (subset, superset) in Subsets())
            {
                if (!_hidden.Contains(subset) && !_hidden.Contains(superset) && Raw(superset) - Raw(subset) is > 0 and < MinimumCell)
                {
                    changed |= Hide(subset);
                }
            }
        }
    }

    private int Raw((string Period, string Type, string Sex, string Measure) key) => _counts.GetValueOrDefault(key);

    /// <summary>The measures that split another into parts: the invited into answered and not, the answered by answer, the declined by reason.</summary>
    private static readonly (string Whole, string[] Parts)[] Partitions =
    [
        ("created", ["answered", "not-answered"]),
        ("answered", ["coming", "other-time", "declined"]),
        ("declined", [.. DeclineReasons.All.Select(r => ReasonMeasure(r)), ReasonMeasure(null)]),
    ];

    /// <summary>Totals that are sums of parts: all sexes, all types, a quarter of its months, a measure of its parts.</summary>
    internal IEnumerable<((string, string, string, string) Parent, List<(string, string, string, string)> Children)> Relations()
    {
        foreach (var period in AllPeriods)
        {
            foreach (var type in Types)
            {
                foreach (var (measure, _, _) in Measures)
                {
                    yield return ((period, type, All, measure), SexParts.Select(s => (period, type, s, measure)).ToList());
                }
            }

            foreach (var sex in Sexes.Append("okant"))
            {
                foreach (var (measure, _, _) in Measures)
                {
                    yield return ((period, All, sex, measure), MeetingTypes.All.Select(t => (period, t, sex, measure)).ToList());
                }
            }
        }

        foreach (var quarter in Quarters)
        {
            foreach (var type in Types)
            {
                foreach (var sex in Sexes.Append("okant"))
                {
                    foreach (var (measure, _, _) in Measures)
                    {
                        yield return ((quarter, type, sex, measure), QuarterMonths(quarter).Select(m => (m, type, sex, measure)).ToList());
                    }
                }
            }
        }

        foreach (var period in AllPeriods)
        {
            foreach (var type in Types)
            {
                foreach (var sex in Sexes.Append("okant"))
                {
                    foreach (var (whole, parts) in Partitions)
                    {
                        yield return ((period, type, sex, whole), parts.Select(p => (period, type, sex, p)).ToList());
                    }
                }
            }
        }
    }

    /// <summary>Figures that count a subset of the people in another figure of the same cell, transitively.</summary>
    internal IEnumerable<((string, string, string, string) Subset, (string, string, string, string) Superset)> Subsets()
    {
        string? Parent(string measure) => Measures.Single(m => m.Key == measure).SubsetOf;
        foreach (var period in AllPeriods)
        {
            foreach (var type in Types)
            {
                foreach (var sex in Sexes.Append("okant"))
                {
                    foreach (var (measure, _, _) in Measures)
                    {
                        for (var ancestor = Parent(measure); ancestor is not null; ancestor = Parent(ancestor))
                        {
                            yield return ((period, type, sex, measure), (period, type, sex, ancestor));
                        }
                    }
                }
            }
        }
    }
}
