using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Parsing;

/// <summary>The outcome of parsing answers: the answers, or the errors keyed by JSON path.</summary>
public sealed class ParseResult
{
    internal ParseResult(Answers? answers, IReadOnlyDictionary<string, string> errorCodes)
    {
        Answers = answers;
        ErrorCodes = errorCodes;
        Errors = errorCodes.ToDictionary(e => e.Key, e => Parsing.ErrorCodes.SwedishMessage(e.Value), StringComparer.Ordinal);
    }

    /// <summary>The answers, when there were no errors.</summary>
    public Answers? Answers { get; }

    [MemberNotNullWhen(true, nameof(Answers))]
    public bool IsValid => Answers is not null;

    /// <summary>JSON path (for example <c>next[0].from</c>, or <c>$</c> for the whole body) → error code.</summary>
    public IReadOnlyDictionary<string, string> ErrorCodes { get; }

    /// <summary>JSON path → a plain Swedish message for the person.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }
}

/// <summary>
/// Reads answers JSON (sgi-check-api.md). Never throws: any input gives either valid answers or errors keyed by
/// JSON path, ready for an RFC 7807 <c>errors</c> member.
/// </summary>
public static class AnswersParser
{
    /// <summary>Larger bodies are refused without parsing.</summary>
    public const int MaxJsonLength = 256 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public static ParseResult Parse(string? json) => Parse(json, today: null);

    /// <param name="json">The request body.</param>
    /// <param name="today">The server's date; used, when the answers have no asOf, to refuse dates that cannot lie in the future.</param>
    public static ParseResult Parse(string? json, DateOnly? today)
    {
        if (string.IsNullOrWhiteSpace(json) || json.Length > MaxJsonLength)
        {
            return Fail("$", Parsing.ErrorCodes.JsonInvalid);
        }

        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Parse(document.RootElement, today);
        }
        catch (JsonException)
        {
            return Fail("$", Parsing.ErrorCodes.JsonInvalid);
        }
    }

    public static ParseResult Parse(JsonElement root) => Parse(root, today: null);

    public static ParseResult Parse(JsonElement root, DateOnly? today)
    {
        try
        {
            return Read(root, today);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException or JsonException or ArgumentException or FormatException)
        {
            return Fail("$", Parsing.ErrorCodes.JsonInvalid);
        }
    }

    private static ParseResult Fail(string path, string code) =>
        new(null, new Dictionary<string, string>(StringComparer.Ordinal) { [path] = code });

    private static ParseResult Read(JsonElement root, DateOnly? today)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail("$", Parsing.ErrorCodes.ObjectInvalid);
        }

        var r = new Reader();
        var asOf = r.Date(root, "asOf", "asOf", required: false);
        var situation = r.Choice<Situation>(root, "situation", "situation", required: true);
        var lastDay = r.Date(root, "lastSjukpenningDay", "lastSjukpenningDay", required: false);
        var decision = r.Date(root, "decisionReceived", "decisionReceived", required: false);
        var hasSgi = r.Choice<SgiStatus>(root, "hasSgi", "hasSgi", required: true);
        var sgiHours = r.Number(root, "sgiHoursPerWeek", "sgiHoursPerWeek", required: false);
        var birthDate = r.Date(root, "birthDate", "birthDate", required: false);
        var employment = r.Choice<Employment>(root, "employment", "employment", required: true);
        var next = r.List(root, "next", required: true, ReadStep);
        var sanctions = r.List(root, "sanctions", required: false, ReadSanction);
        var omprovning = r.Bool(root, "omprovningRequested", "omprovningRequested", required: false);
        var replyBy = r.Date(root, "replyBy", "replyBy", required: false);

        if (r.HasErrors || situation is null || hasSgi is null || employment is null || next is null)
        {
            return new ParseResult(null, r.Errors);
        }

        var answers = new Answers
        {
            AsOf = asOf,
            Situation = situation.Value,
            LastSjukpenningDay = lastDay,
            DecisionReceived = decision,
            HasSgi = hasSgi.Value,
            SgiHoursPerWeek = sgiHours,
            BirthDate = birthDate,
            Employment = employment.Value,
            Next = next,
            Sanctions = sanctions,
            OmprovningRequested = omprovning,
            ReplyBy = replyBy,
        };

        var problems = AnswersValidator.Validate(answers, today);
        return problems.Count > 0 ? new ParseResult(null, problems) : new ParseResult(answers, r.Errors);
    }

    private static NextStep? ReadStep(Reader r, JsonElement element, string path)
    {
        var kind = r.Choice<NextKind>(element, "kind", path + ".kind", required: true);
        var from = r.Date(element, "from", path + ".from", required: true);
        if (kind is null)
        {
            return null;
        }

        NextStep? step = kind.Value switch
        {
            NextKind.AfRegistration => ReadAfRegistration(r, element, path),
            NextKind.Work => ReadWork(r, element, path),
            NextKind.Studies => ReadStudies(r, element, path),
            NextKind.Program => r.Choice<ProgramPayment>(element, "payment", path + ".payment", required: true) is { } payment
                ? new ProgramStep { From = default, Payment = payment, To = r.Date(element, "to", path + ".to", required: false) }
                : null,
            NextKind.ParentalLeave => ReadParentalLeave(r, element, path),
            NextKind.PregnancyLeave => r.Date(element, "expectedBirthDate", path + ".expectedBirthDate", required: true) is { } expected
                ? new PregnancyLeaveStep { From = default, ExpectedBirthDate = expected }
                : null,
            NextKind.MilitaryService => new MilitaryServiceStep { From = default, To = r.Date(element, "to", path + ".to", required: false) },
            NextKind.Semester => r.Date(element, "to", path + ".to", required: true) is { } semesterEnd
                ? new SemesterStep { From = default, To = semesterEnd }
                : null,
            NextKind.Abroad => ReadAbroad(r, element, path),
            _ => r.Date(element, "to", path + ".to", required: true) is { } severanceEnd
                ? new SeverancePayStep { From = default, To = severanceEnd }
                : null,
        };

        return step is null || from is null ? null : step with { From = from.Value };
    }

    private static AfRegistrationStep? ReadAfRegistration(Reader r, JsonElement element, string path)
    {
        var status = r.Choice<AfStatus>(element, "status", path + ".status", required: true);
        var hours = r.Number(element, "hoursPerWeek", path + ".hoursPerWeek", required: true);
        var registered = r.Bool(element, "registered", path + ".registered", required: false);
        return status is null || hours is null
            ? null
            : new AfRegistrationStep { From = default, Status = status.Value, HoursPerWeek = hours.Value, Registered = registered };
    }

    private static WorkStep? ReadWork(Reader r, JsonElement element, string path)
    {
        var employer = r.Choice<Employer>(element, "employer", path + ".employer", required: true);
        var hours = r.Number(element, "hoursPerWeek", path + ".hoursPerWeek", required: true);
        var to = r.Date(element, "to", path + ".to", required: false);
        return employer is null || hours is null ? null : new WorkStep { From = default, Employer = employer.Value, HoursPerWeek = hours.Value, To = to };
    }

    private static StudiesStep? ReadStudies(Reader r, JsonElement element, string path)
    {
        var support = r.Bool(element, "studiestod", path + ".studiestod", required: true);
        var extent = r.Number(element, "extentPercent", path + ".extentPercent", required: true);
        var postSecondary = r.Bool(element, "postSecondary", path + ".postSecondary", required: true);
        var to = r.Date(element, "to", path + ".to", required: false);
        return support is null || extent is null || postSecondary is null
            ? null
            : new StudiesStep { From = default, Studiestod = support.Value, ExtentPercent = extent.Value, PostSecondary = postSecondary.Value, To = to };
    }

    private static ParentalLeaveStep? ReadParentalLeave(Reader r, JsonElement element, string path)
    {
        var child = r.Date(element, "childBirthDate", path + ".childBirthDate", required: true);
        var days = r.Number(element, "parentalBenefitDaysPerWeek", path + ".parentalBenefitDaysPerWeek", required: true);
        return child is null || days is null ? null : new ParentalLeaveStep { From = default, ChildBirthDate = child.Value, ParentalBenefitDaysPerWeek = days.Value };
    }

    private static AbroadStep? ReadAbroad(Reader r, JsonElement element, string path)
    {
        var moving = r.Bool(element, "moving", path + ".moving", required: true);
        var to = r.Date(element, "to", path + ".to", required: false);
        var foreign = r.Bool(element, "registeredWithForeignEmploymentService", path + ".registeredWithForeignEmploymentService", required: false);
        return moving is null ? null : new AbroadStep { From = default, Moving = moving.Value, To = to, RegisteredWithForeignEmploymentService = foreign ?? false };
    }

    private static Sanction? ReadSanction(Reader r, JsonElement element, string path)
    {
        var reason = r.Choice<SanctionReason>(element, "reason", path + ".reason", required: true);
        var inProgram = r.Bool(element, "inProgram", path + ".inProgram", required: true);
        var from = r.Date(element, "from", path + ".from", required: true);
        var days = r.WholeNumber(element, "days", path + ".days", required: false);
        return reason is null || inProgram is null || from is null
            ? null
            : new Sanction { Reason = reason.Value, InProgram = inProgram.Value, From = from.Value, Days = days ?? 0 };
    }

    private sealed class Reader
    {
        private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

        public bool HasErrors => _errors.Count > 0;

        public IReadOnlyDictionary<string, string> Errors => _errors;

        public void Error(string path, string code) => _errors.TryAdd(path, code);

        public DateOnly? Date(JsonElement owner, string name, string path, bool required)
        {
            if (!Find(owner, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Error(path, Parsing.ErrorCodes.DateFormat);
                return null;
            }

            if (IsoDate.Validate(value.GetString(), out var date) is { } code)
            {
                Error(path, code);
                return null;
            }

            return date;
        }

        public T? Choice<T>(JsonElement owner, string name, string path, bool required)
            where T : struct, Enum
        {
            if (!Find(owner, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && KebabNames.TryParse<T>(value.GetString(), out var parsed))
            {
                return parsed;
            }

            Error(path, Parsing.ErrorCodes.ChoiceInvalid);
            return null;
        }

        public double? Number(JsonElement owner, string name, string path, bool required)
        {
            if (!Find(owner, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number)
            {
                Error(path, Parsing.ErrorCodes.NumberFormat);
                return null;
            }

            if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                return double.MaxValue;
            }

            return number;
        }

        public int? WholeNumber(JsonElement owner, string name, string path, bool required)
        {
            if (!Find(owner, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number)
            {
                Error(path, Parsing.ErrorCodes.NumberFormat);
                return null;
            }

            if (value.TryGetInt32(out var whole))
            {
                return whole;
            }

            if (value.TryGetDouble(out var number) && double.IsFinite(number) && Math.Floor(number) != number)
            {
                Error(path, Parsing.ErrorCodes.NumberWhole);
                return null;
            }

            return int.MaxValue;
        }

        public bool? Bool(JsonElement owner, string name, string path, bool required)
        {
            if (!Find(owner, name, path, required, out var value))
            {
                return null;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    Error(path, Parsing.ErrorCodes.BoolInvalid);
                    return null;
            }
        }

        public List<T>? List<T>(JsonElement owner, string name, bool required, Func<Reader, JsonElement, string, T?> readItem)
            where T : class
        {
            if (!Find(owner, name, name, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Error(name, Parsing.ErrorCodes.ListInvalid);
                return null;
            }

            var count = value.GetArrayLength();
            if (count > AnswersValidator.MaxListLength)
            {
                Error(name, Parsing.ErrorCodes.ListTooLong);
                return null;
            }

            var items = new List<T>(count);
            var index = 0;
            foreach (var element in value.EnumerateArray())
            {
                var path = $"{name}[{index}]";
                index++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    Error(path, Parsing.ErrorCodes.ObjectInvalid);
                    continue;
                }

                if (readItem(this, element, path) is { } item)
                {
                    items.Add(item);
                }
            }

            return items;
        }

        private bool Find(JsonElement owner, string name, string path, bool required, out JsonElement value)
        {
            if (owner.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            {
                return true;
            }

            if (required)
            {
                Error(path, Parsing.ErrorCodes.Required);
            }

            return false;
        }
    }
}
