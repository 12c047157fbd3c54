using System.Globalization;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;

namespace Portal.SgiCheck.Flows;

/// <summary>
/// The step-by-step journey of the SGI-skyddskoll: routing only. Each question's answer is a raw string under the
/// node id (as in the query string). The rules live in <see cref="SgiChecker"/>; this class only decides which
/// question comes next, checks single answers and turns a complete set of answers into <see cref="Answers"/>.
/// </summary>
public static class SgiCheckFlow
{
    /// <summary>The node ids.</summary>
    public static class Ids
    {
        public const string Situation = "situation";
        public const string LastDay = "lastday";
        public const string ReplyBy = "replyby";
        public const string Retro = "retro";
        public const string Decided = "decided";
        public const string Sgi = "sgi";
        public const string SgiHours = "sgihours";
        public const string Employment = "employment";
        public const string Age65 = "age65";
        public const string Next = "next";
        public const string AfFrom = "affrom";
        public const string AfStatus = "afstatus";
        public const string AfHours = "afhours";
        public const string WorkFrom = "workfrom";
        public const string WorkHours = "workhours";
        public const string FixedTerm = "fixedterm";
        public const string WorkTo = "workto";
        public const string WorkAf = "workaf";
        public const string StudyFrom = "studyfrom";
        public const string StudyStod = "studystod";
        public const string StudyExtent = "studyextent";
        public const string StudyPost = "studypost";
        public const string Born = "born";
        public const string StudyEnd = "studyend";
        public const string StudyTo = "studyto";
        public const string AfterStudy = "afterstudy";
        public const string ChildBorn = "childborn";
        public const string FpFrom = "fpfrom";
        public const string FpDays = "fpdays";
        public const string ProgFrom = "progfrom";
        public const string ProgPay = "progpay";
        public const string ProgEnd = "progend";
        public const string ProgTo = "progto";
        public const string AfterProg = "afterprog";
        public const string Sanction = "sanction";
        public const string SanReason = "sanreason";
        public const string SanInProg = "saninprog";
        public const string SanFrom = "sanfrom";
        public const string SanDays = "sandays";
        public const string Omprovning = "omprovning";
    }

    /// <summary>Raw values used by several questions.</summary>
    public static class Values
    {
        public const string Yes = "yes";
        public const string No = "no";
        public const string Unknown = "unknown";
        public const string Af = "af";
        public const string WorkSame = "work-same";
        public const string WorkNew = "work-new";
        public const string Studies = "studies";
        public const string Parental = "parental";
        public const string Program = "program";
        public const string Nothing = "nothing";
    }

    /// <summary>The first question.</summary>
    public const string StartId = Ids.Situation;

    /// <summary>The pseudo node id that marks the end of the journey in <see cref="Successors"/>.</summary>
    public const string EndId = "(end)";

    private static readonly string[] YesNoValues = [Values.Yes, Values.No];
    private static readonly string[] UnknownOnly = [Values.Unknown];

    private static readonly QuestionNode[] Nodes =
    [
        Choice(Ids.Situation, KebabNames.All<Situation>()),
        Date(Ids.LastDay),
        Date(Ids.ReplyBy),
        YesNo(Ids.Retro),
        Date(Ids.Decided),
        Choice(Ids.Sgi, [Values.Yes, Values.No, Values.Unknown]),
        new(Ids.SgiHours, QuestionKind.Number, UnknownOnly),
        Choice(Ids.Employment, KebabNames.All<Employment>()),
        YesNo(Ids.Age65),
        Choice(Ids.Next, [Values.Af, Values.WorkSame, Values.WorkNew, Values.Studies, Values.Parental, Values.Program, Values.Nothing]),
        Date(Ids.AfFrom),
        Choice(Ids.AfStatus, KebabNames.All<AfStatus>()),
        Number(Ids.AfHours),
        Date(Ids.WorkFrom),
        Number(Ids.WorkHours),
        YesNo(Ids.FixedTerm),
        Date(Ids.WorkTo),
        YesNo(Ids.WorkAf),
        Date(Ids.StudyFrom),
        Choice(Ids.StudyStod, [Values.Yes, Values.No, Values.Unknown]),
        Number(Ids.StudyExtent),
        YesNo(Ids.StudyPost),
        Date(Ids.Born),
        YesNo(Ids.StudyEnd),
        Date(Ids.StudyTo),
        YesNo(Ids.AfterStudy),
        Date(Ids.ChildBorn),
        Date(Ids.FpFrom),
        Number(Ids.FpDays),
        Date(Ids.ProgFrom),
        Choice(Ids.ProgPay, [.. KebabNames.All<ProgramPayment>(), Values.Unknown]),
        YesNo(Ids.ProgEnd),
        Date(Ids.ProgTo),
        YesNo(Ids.AfterProg),
        YesNo(Ids.Sanction),
        Choice(Ids.SanReason, KebabNames.All<SanctionReason>()),
        YesNo(Ids.SanInProg),
        Date(Ids.SanFrom),
        Number(Ids.SanDays),
        YesNo(Ids.Omprovning),
    ];

    private static readonly Dictionary<string, QuestionNode> ById = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);

    /// <summary>Every question, in the order they can be asked.</summary>
    public static IReadOnlyList<QuestionNode> All { get; } = Nodes;

    /// <summary>The nodes each node can lead to (<see cref="EndId"/> for the end); used by <see cref="FlowGraph"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Successors { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Ids.Situation] = [Ids.LastDay, Ids.ReplyBy, Ids.Decided],
        [Ids.ReplyBy] = [Ids.Sgi],
        [Ids.LastDay] = [Ids.Retro],
        [Ids.Retro] = [Ids.Decided, Ids.Sgi],
        [Ids.Decided] = [Ids.Sgi],
        [Ids.Sgi] = [Ids.SgiHours, Ids.Employment],
        [Ids.SgiHours] = [Ids.Employment],
        [Ids.Employment] = [Ids.Age65, Ids.Next, EndId],
        [Ids.Age65] = [Ids.Next, EndId],
        [Ids.Next] = [Ids.AfFrom, Ids.WorkFrom, Ids.StudyFrom, Ids.ChildBorn, Ids.ProgFrom, Ids.Omprovning, EndId],
        [Ids.AfFrom] = [Ids.AfStatus],
        [Ids.AfStatus] = [Ids.AfHours],
        [Ids.AfHours] = [Ids.Sanction],
        [Ids.WorkFrom] = [Ids.WorkHours],
        [Ids.WorkHours] = [Ids.FixedTerm, Ids.WorkAf, Ids.Omprovning, EndId],
        [Ids.FixedTerm] = [Ids.WorkTo, Ids.WorkAf, Ids.Omprovning, EndId],
        [Ids.WorkTo] = [Ids.WorkAf, Ids.Omprovning, EndId],
        [Ids.WorkAf] = [Ids.AfFrom, Ids.Omprovning],
        [Ids.StudyFrom] = [Ids.StudyStod],
        [Ids.StudyStod] = [Ids.StudyExtent],
        [Ids.StudyExtent] = [Ids.StudyPost, Ids.StudyEnd],
        [Ids.StudyPost] = [Ids.Born, Ids.StudyEnd],
        [Ids.Born] = [Ids.StudyEnd],
        [Ids.StudyEnd] = [Ids.StudyTo, Ids.Omprovning],
        [Ids.StudyTo] = [Ids.AfterStudy],
        [Ids.AfterStudy] = [Ids.AfFrom, Ids.Omprovning],
        [Ids.ChildBorn] = [Ids.FpFrom],
        [Ids.FpFrom] = [Ids.FpDays],
        [Ids.FpDays] = [Ids.Omprovning],
        [Ids.ProgFrom] = [Ids.ProgPay],
        [Ids.ProgPay] = [Ids.ProgEnd],
        [Ids.ProgEnd] = [Ids.ProgTo, Ids.Sanction],
        [Ids.ProgTo] = [Ids.AfterProg],
        [Ids.AfterProg] = [Ids.AfFrom, Ids.Sanction],
        [Ids.Sanction] = [Ids.SanReason, Ids.Omprovning],
        [Ids.SanReason] = [Ids.SanInProg],
        [Ids.SanInProg] = [Ids.SanFrom],
        [Ids.SanFrom] = [Ids.SanDays],
        [Ids.SanDays] = [Ids.Omprovning],
        [Ids.Omprovning] = [EndId],
    };

    /// <summary>The question with this id.</summary>
    /// <exception cref="KeyNotFoundException">There is no such question.</exception>
    public static QuestionNode Get(string id) =>
        id is not null && ById.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"There is no question '{id}'.");

    /// <summary>The first question on the path that has no valid answer yet, or null when the answers are complete.</summary>
    public static string? NextQuestion(IReadOnlyDictionary<string, string> answers) => Walk(answers, stopAt: null).Pending;

    /// <summary>
    /// The questions asked for these answers, in order (the answered ones; the pending question is not included).
    /// Answers to questions that are no longer on the path are ignored.
    /// </summary>
    public static IReadOnlyList<string> Path(IReadOnlyDictionary<string, string> answers) => Walk(answers, stopAt: null).Path;

    /// <summary>Checks one answer. Returns null when valid, otherwise an error code (under <c>errors:</c> in the texts files).</summary>
    /// <param name="nodeId">The question.</param>
    /// <param name="raw">The raw answer as typed or chosen.</param>
    /// <param name="answers">The other answers; only those on the path before this question are used.</param>
    /// <param name="today">The server's date in Europe/Stockholm.</param>
    public static string? Validate(string nodeId, string? raw, IReadOnlyDictionary<string, string> answers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var node = Get(nodeId);
        var prior = Walk(answers, stopAt: node.Id).Valid;
        return Check(node, raw, prior, today);
    }

    /// <summary>Builds the API answers from a complete set of journey answers.</summary>
    /// <exception cref="ArgumentException">The answers are not complete (<see cref="NextQuestion"/> is not null).</exception>
    public static Answers ToAnswers(IReadOnlyDictionary<string, string> answers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var walked = Walk(answers, stopAt: null);
        if (walked.Pending is { } pending)
        {
            throw new ArgumentException($"The answers are not complete; the next question is '{pending}'.", nameof(answers));
        }

        var a = walked.Valid;
        var situation = Enum<Situation>(a[Ids.Situation]);
        var hasSgi = Enum<SgiStatus>(a[Ids.Sgi]);
        DateOnly? birthDate = a.TryGetValue(Ids.Born, out var born)
            ? ParseDate(born)
            : a.GetValueOrDefault(Ids.Age65) == Values.Yes ? asOf.AddYears(-65) : null;

        return new Answers
        {
            AsOf = asOf,
            Situation = situation,
            LastSjukpenningDay = OptionalDate(a, Ids.LastDay),
            DecisionReceived = OptionalDate(a, Ids.Decided),
            HasSgi = hasSgi,
            SgiHoursPerWeek = a.TryGetValue(Ids.SgiHours, out var hours) && hours != Values.Unknown ? ParseNumber(hours) : null,
            BirthDate = birthDate,
            Employment = Enum<Employment>(a[Ids.Employment]),
            Next = situation == Situation.Kommunicering ? [] : BuildNext(a, hasSgi),
            ReplyBy = OptionalDate(a, Ids.ReplyBy),
            Sanctions = a.GetValueOrDefault(Ids.Sanction) == Values.Yes ? [BuildSanction(a)] : null,
            OmprovningRequested = a.TryGetValue(Ids.Omprovning, out var omprovning) ? omprovning == Values.Yes : null,
        };
    }

    // ---- routing ------------------------------------------------------------------------------------------------------

    /// <summary>The node after <paramref name="id"/>, given the valid answers so far; null at the end.</summary>
    internal static string? Route(string id, IReadOnlyDictionary<string, string> a)
    {
        var noSgi = a.GetValueOrDefault(Ids.Sgi) == Values.No;
        var kommunicering = a.GetValueOrDefault(Ids.Situation) == KebabNames.Of(Situation.Kommunicering);
        return id switch
        {
            Ids.Situation => a[Ids.Situation] == KebabNames.Of(Situation.SjukpenningEnded) ? Ids.LastDay
                : a[Ids.Situation] == KebabNames.Of(Situation.Kommunicering) ? Ids.ReplyBy : Ids.Decided,
            Ids.ReplyBy => Ids.Sgi,
            Ids.LastDay => Ids.Retro,
            Ids.Retro => a[Ids.Retro] == Values.Yes ? Ids.Decided : Ids.Sgi,
            Ids.Decided => Ids.Sgi,
            Ids.Sgi => noSgi ? Ids.Employment : Ids.SgiHours,
            Ids.SgiHours => Ids.Employment,
            Ids.Employment => kommunicering ? (noSgi ? null : Ids.Age65) : noSgi ? Ids.Next : Ids.Age65,
            Ids.Age65 => kommunicering ? null : Ids.Next,
            Ids.Next => AfterNext(a[Ids.Next], noSgi),
            Ids.AfFrom => Ids.AfStatus,
            Ids.AfStatus => Ids.AfHours,
            Ids.AfHours => Ids.Sanction,
            Ids.WorkFrom => Ids.WorkHours,
            Ids.WorkHours => a[Ids.Next] == Values.WorkNew ? Ids.FixedTerm : AfterWork(a, noSgi),
            Ids.FixedTerm => a[Ids.FixedTerm] == Values.Yes ? Ids.WorkTo : AfterWork(a, noSgi),
            Ids.WorkTo => AfterWork(a, noSgi),
            Ids.WorkAf => a[Ids.WorkAf] == Values.Yes ? Ids.AfFrom : Ids.Omprovning,
            Ids.StudyFrom => Ids.StudyStod,
            Ids.StudyStod => Ids.StudyExtent,
            Ids.StudyExtent => a[Ids.StudyStod] == Values.Yes ? Ids.StudyEnd : Ids.StudyPost,
            Ids.StudyPost => a[Ids.StudyPost] == Values.No && ParseNumber(a[Ids.StudyExtent]) >= 50 ? Ids.Born : Ids.StudyEnd,
            Ids.Born => Ids.StudyEnd,
            Ids.StudyEnd => a[Ids.StudyEnd] == Values.Yes ? Ids.StudyTo : Ids.Omprovning,
            Ids.StudyTo => Ids.AfterStudy,
            Ids.AfterStudy => a[Ids.AfterStudy] == Values.Yes ? Ids.AfFrom : Ids.Omprovning,
            Ids.ChildBorn => Ids.FpFrom,
            Ids.FpFrom => Ids.FpDays,
            Ids.FpDays => Ids.Omprovning,
            Ids.ProgFrom => Ids.ProgPay,
            Ids.ProgPay => Ids.ProgEnd,
            Ids.ProgEnd => a[Ids.ProgEnd] == Values.Yes ? Ids.ProgTo : Ids.Sanction,
            Ids.ProgTo => Ids.AfterProg,
            Ids.AfterProg => a[Ids.AfterProg] == Values.Yes ? Ids.AfFrom : Ids.Sanction,
            Ids.Sanction => a[Ids.Sanction] == Values.Yes ? Ids.SanReason : Ids.Omprovning,
            Ids.SanReason => Ids.SanInProg,
            Ids.SanInProg => Ids.SanFrom,
            Ids.SanFrom => Ids.SanDays,
            Ids.SanDays => Ids.Omprovning,
            _ => null,
        };
    }

    private static string? AfterNext(string next, bool noSgi)
    {
        if (noSgi)
        {
            return next is Values.WorkSame or Values.WorkNew ? Ids.WorkFrom : null;
        }

        return next switch
        {
            Values.Af => Ids.AfFrom,
            Values.WorkSame or Values.WorkNew => Ids.WorkFrom,
            Values.Studies => Ids.StudyFrom,
            Values.Parental => Ids.ChildBorn,
            Values.Program => Ids.ProgFrom,
            _ => Ids.Omprovning,
        };
    }

    private static string? AfterWork(IReadOnlyDictionary<string, string> a, bool noSgi)
    {
        if (noSgi)
        {
            return null;
        }

        var sgiHours = a.GetValueOrDefault(Ids.SgiHours) is { } raw && raw != Values.Unknown ? ParseNumber(raw) : 40;
        return ParseNumber(a[Ids.WorkHours]) < sgiHours ? Ids.WorkAf : Ids.Omprovning;
    }

    private readonly record struct Walked(List<string> Path, string? Pending, Dictionary<string, string> Valid);

    private static Walked Walk(IReadOnlyDictionary<string, string> answers, string? stopAt)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var valid = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<string>(16);
        string? id = StartId;
        for (var steps = 0; id is not null && steps <= Nodes.Length; steps++)
        {
            var node = ById[id];
            if (id == stopAt || !answers.TryGetValue(id, out var raw) || Check(node, raw, valid, today: null) is not null)
            {
                return new Walked(path, id, valid);
            }

            valid[id] = Normalize(node, raw);
            path.Add(id);
            id = Route(id, valid);
        }

        return new Walked(path, id, valid);
    }

    // ---- validation ---------------------------------------------------------------------------------------------------

    private static string? Check(QuestionNode node, string? raw, IReadOnlyDictionary<string, string> prior, DateOnly? today)
    {
        var value = raw?.Trim() ?? "";
        switch (node.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.YesNo:
                if (value.Length == 0)
                {
                    return ErrorCodes.ChoiceRequired;
                }

                return node.OptionValues.Contains(value, StringComparer.Ordinal) ? null : ErrorCodes.ChoiceInvalid;
            case QuestionKind.Date:
                if (value.Length == 0)
                {
                    return ErrorCodes.DateRequired;
                }

                return IsoDate.Validate(value, out var date) ?? CheckDate(node.Id, date, prior, today);
            default:
                if (value.Length == 0)
                {
                    return ErrorCodes.NumberRequired;
                }

                if (node.OptionValues.Contains(value, StringComparer.Ordinal))
                {
                    return null;
                }

                return TryParseNumber(value, out var number) ? CheckNumber(node.Id, number) : ErrorCodes.NumberFormat;
        }
    }

    // The facts that the API checks too are asked through AnswersValidator's checks, each mapped to its question here.
    private static string? CheckNumber(string id, double number) => id switch
    {
        Ids.SgiHours => AnswersValidator.SgiHours(number),
        Ids.AfHours or Ids.WorkHours => AnswersValidator.Hours(number),
        Ids.StudyExtent => AnswersValidator.Percent(number),
        Ids.FpDays => AnswersValidator.DaysPerWeek(number),
        _ when Math.Floor(number) != number => ErrorCodes.NumberWhole,
        _ => AnswersValidator.SanctionDays(number),
    };

    private static string? CheckDate(string id, DateOnly date, IReadOnlyDictionary<string, string> prior, DateOnly? today)
    {
        var lastDay = OptionalDate(prior, Ids.LastDay);
        switch (id)
        {
            case Ids.LastDay:
                return Horizon(date, today, pastYears: 10, futureDays: 366);
            case Ids.Decided:
                return AnswersValidator.DecisionAfterLastDay(date, lastDay)
                    ?? AnswersValidator.NotInFuture(date, today)
                    ?? Horizon(date, today, pastYears: 10, futureDays: 0);
            case Ids.ReplyBy:
                return Horizon(date, today, pastYears: 1, futureDays: 366);
            case Ids.Born:
                return AnswersValidator.NotInFuture(date, today) ?? Horizon(date, today, pastYears: 120, futureDays: 0);
            case Ids.SanFrom:
                return AnswersValidator.NotInFuture(date, today) ?? Horizon(date, today, pastYears: 10, futureDays: 0);
            case Ids.ChildBorn:
                return Horizon(date, today, pastYears: 20, futureDays: 300);
            case Ids.WorkTo:
                return EndOf(date, prior, Ids.WorkFrom) ?? Horizon(date, today, 10, 3660);
            case Ids.StudyTo:
                return EndOf(date, prior, Ids.StudyFrom) ?? Horizon(date, today, 10, 3660);
            case Ids.ProgTo:
                return EndOf(date, prior, Ids.ProgFrom) ?? Horizon(date, today, 10, 3660);
            case Ids.AfFrom:
                if (prior.GetValueOrDefault(Ids.AfterStudy) == Values.Yes)
                {
                    return OrderAfter(date, prior, Ids.StudyTo, ErrorCodes.DateNotAfterPreviousEnd, allowSameDay: false) ?? Horizon(date, today, 10, 732);
                }

                if (prior.GetValueOrDefault(Ids.AfterProg) == Values.Yes)
                {
                    return OrderAfter(date, prior, Ids.ProgTo, ErrorCodes.DateNotAfterPreviousEnd, allowSameDay: false) ?? Horizon(date, today, 10, 732);
                }

                return AfterBenefit(date, lastDay) ?? Horizon(date, today, 10, 732);
            default:
                return AfterBenefit(date, lastDay) ?? Horizon(date, today, 10, 732);
        }
    }

    private static string? AfterBenefit(DateOnly date, DateOnly? lastDay) =>
        lastDay is { } last && date <= last ? ErrorCodes.DateBeforeBenefitEnd : null;

    private static string? EndOf(DateOnly to, IReadOnlyDictionary<string, string> prior, string fromId) =>
        OptionalDate(prior, fromId) is { } from ? AnswersValidator.EndNotBeforeStart(from, to) : null;

    private static string? OrderAfter(DateOnly date, IReadOnlyDictionary<string, string> prior, string earlierId, string code, bool allowSameDay)
    {
        if (OptionalDate(prior, earlierId) is not { } earlier)
        {
            return null;
        }

        return date < earlier || (!allowSameDay && date == earlier) ? code : null;
    }

    private static string? Horizon(DateOnly date, DateOnly? today, int pastYears, int futureDays)
    {
        if (today is not { } now)
        {
            return null;
        }

        if (date < now.AddYears(-pastYears))
        {
            return ErrorCodes.DateTooFarPast;
        }

        return date > now.AddDays(futureDays) ? ErrorCodes.DateTooFarFuture : null;
    }

    private static string Normalize(QuestionNode node, string raw)
    {
        var value = raw.Trim();
        return node.Kind == QuestionKind.Number ? value.Replace(',', '.') : value;
    }

    private static bool TryParseNumber(string value, out double number)
    {
        number = 0;
        var normalized = value.Replace(',', '.');
        var seenPoint = false;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '-' && i == 0 && normalized.Length > 1)
            {
                continue;
            }

            if (c == '.' && !seenPoint && i > 0 && i < normalized.Length - 1)
            {
                seenPoint = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return normalized.Length <= 12
            && double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    // ---- building the answers -----------------------------------------------------------------------------------------

    private static List<NextStep> BuildNext(Dictionary<string, string> a, SgiStatus hasSgi)
    {
        var steps = new List<NextStep>(2);
        var next = a[Ids.Next];
        if (hasSgi == SgiStatus.No && next is not (Values.WorkSame or Values.WorkNew))
        {
            return steps;
        }

        switch (next)
        {
            case Values.Af:
                steps.Add(BuildAfRegistration(a));
                break;
            case Values.WorkSame or Values.WorkNew:
                steps.Add(new WorkStep
                {
                    From = ParseDate(a[Ids.WorkFrom]),
                    Employer = next == Values.WorkSame ? Employer.Same : Employer.New,
                    HoursPerWeek = ParseNumber(a[Ids.WorkHours]),
                    To = OptionalDate(a, Ids.WorkTo),
                });
                if (a.GetValueOrDefault(Ids.WorkAf) == Values.Yes)
                {
                    steps.Add(BuildAfRegistration(a));
                }

                break;
            case Values.Studies:
                steps.Add(new StudiesStep
                {
                    From = ParseDate(a[Ids.StudyFrom]),
                    Studiestod = a[Ids.StudyStod] == Values.Yes,
                    ExtentPercent = ParseNumber(a[Ids.StudyExtent]),
                    PostSecondary = a.GetValueOrDefault(Ids.StudyPost) == Values.Yes,
                    To = OptionalDate(a, Ids.StudyTo),
                });
                if (a.GetValueOrDefault(Ids.AfterStudy) == Values.Yes)
                {
                    steps.Add(BuildAfRegistration(a));
                }

                break;
            case Values.Parental:
                steps.Add(new ParentalLeaveStep
                {
                    From = ParseDate(a[Ids.FpFrom]),
                    ChildBirthDate = ParseDate(a[Ids.ChildBorn]),
                    ParentalBenefitDaysPerWeek = ParseNumber(a[Ids.FpDays]),
                });
                break;
            case Values.Program:
                var payment = a[Ids.ProgPay];
                steps.Add(new ProgramStep
                {
                    From = ParseDate(a[Ids.ProgFrom]),
                    Payment = payment == Values.Unknown ? ProgramPayment.None : Enum<ProgramPayment>(payment),
                    To = OptionalDate(a, Ids.ProgTo),
                });
                if (a.GetValueOrDefault(Ids.AfterProg) == Values.Yes)
                {
                    steps.Add(BuildAfRegistration(a));
                }

                break;
        }

        steps.Sort((x, y) => x.From.CompareTo(y.From));
        return steps;
    }

    private static AfRegistrationStep BuildAfRegistration(Dictionary<string, string> a) => new()
    {
        From = ParseDate(a[Ids.AfFrom]),
        Status = Enum<AfStatus>(a[Ids.AfStatus]),
        HoursPerWeek = ParseNumber(a[Ids.AfHours]),
    };

    private static Sanction BuildSanction(Dictionary<string, string> a) => new()
    {
        Reason = Enum<SanctionReason>(a[Ids.SanReason]),
        InProgram = a[Ids.SanInProg] == Values.Yes,
        From = ParseDate(a[Ids.SanFrom]),
        Days = (int)ParseNumber(a[Ids.SanDays]),
    };

    private static QuestionNode Choice(string id, IReadOnlyList<string> options) => new(id, QuestionKind.SingleChoice, options);

    private static QuestionNode YesNo(string id) => new(id, QuestionKind.YesNo, YesNoValues);

    private static QuestionNode Date(string id) => new(id, QuestionKind.Date, []);

    private static QuestionNode Number(string id) => new(id, QuestionKind.Number, []);

    private static T Enum<T>(string value)
        where T : struct, System.Enum =>
        KebabNames.TryParse<T>(value, out var parsed) ? parsed : throw new ArgumentException($"'{value}' is not a valid {typeof(T).Name}.", nameof(value));

    private static DateOnly ParseDate(string value) => IsoDate.Validate(value, out var date) is null
        ? date
        : throw new ArgumentException($"'{value}' is not a valid date.", nameof(value));

    private static DateOnly? OptionalDate(IReadOnlyDictionary<string, string> a, string id) =>
        a.TryGetValue(id, out var raw) && IsoDate.Validate(raw, out var date) is null ? date : null;

    private static double ParseNumber(string value) => double.Parse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
}
