using System.Text.Json.Serialization;
using Portal.SgiCheck.Rules;

namespace Portal.SgiCheck.Model;

/// <summary>
/// The checker's result, exactly as in sgi-check-api.md. <see cref="SgiChecker.Evaluate(Answers, DateOnly)"/>
/// fills the codes; <see cref="Texts.ResultTexts.Render"/> fills <see cref="Summary"/>, the action texts and the
/// legal-basis notes from the content templates. The code properties are not part of the JSON.
/// </summary>
public sealed record Result
{
    [JsonPropertyName("verdict")]
    [JsonPropertyOrder(0)]
    public required Verdict Verdict { get; init; }

    /// <summary>The recommended act-by date, or null when no action has a deadline (always written).</summary>
    [JsonPropertyName("deadline")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateOnly? Deadline { get; init; }

    [JsonPropertyName("windows")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DeadlineWindows? Windows { get; init; }

    /// <summary>The rule ids that decided the verdict, the deadline or an action; the weakest first.</summary>
    [JsonPropertyName("rules")]
    [JsonPropertyOrder(3)]
    public required IReadOnlyList<string> Rules { get; init; }

    [JsonPropertyName("rulesVersion")]
    [JsonPropertyOrder(4)]
    public required string RulesVersion { get; init; }

    /// <summary>Plain-language summary; empty until rendered.</summary>
    [JsonPropertyName("summary")]
    [JsonPropertyOrder(5)]
    public string Summary { get; init; } = "";

    [JsonPropertyName("actions")]
    [JsonPropertyOrder(6)]
    public required IReadOnlyList<ResultAction> Actions { get; init; }

    [JsonPropertyName("legalBasis")]
    [JsonPropertyOrder(7)]
    public required IReadOnlyList<LegalBasisEntry> LegalBasis { get; init; }

    /// <summary>The text code of the summary, for example <c>summary.likely-protected</c>.</summary>
    [JsonIgnore]
    public string SummaryCode { get; init; } = "";

    /// <summary>Placeholder values for the summary; dates are ISO (YYYY-MM-DD) and formatted when rendered.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> SummaryParameters { get; init; } = EmptyParameters;

    /// <summary>Every rule evaluation behind the result, with its reason code (for case officers).</summary>
    [JsonIgnore]
    public IReadOnlyList<Evaluation> Evaluations { get; init; } = [];

    /// <summary>The date the check was made for.</summary>
    [JsonIgnore]
    public DateOnly AsOf { get; init; }

    /// <summary>
    /// The runs of days without a ground that the rules do not fully excuse, in date order (for case officers and the
    /// summary written for them). Not part of the JSON API.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<GapSpan> Gaps { get; init; } = [];

    /// <summary>True when the deadline lies before <see cref="AsOf"/>: it can no longer be met, only explained.</summary>
    [JsonIgnore]
    public bool DeadlinePassed => Deadline is { } due && due < AsOf;

    internal static readonly IReadOnlyDictionary<string, string> EmptyParameters = new Dictionary<string, string>();
}

/// <summary>
/// Days without a ground: <see cref="From"/> to <see cref="To"/> (null: still open on the day of the check).
/// <see cref="Verdict"/> is what the deciding rule (<see cref="RuleId"/>) said about it; <see cref="Planned"/> is true
/// when the ground that closes it is a registration that has not happened yet.
/// </summary>
public sealed record GapSpan(DateOnly From, DateOnly? To, int Days, string? RuleId, Verdict? Verdict, bool Planned);

/// <summary>Dates that explain the deadline, when they apply.</summary>
public sealed record DeadlineWindows
{
    /// <summary>The first vardag after the reference day.</summary>
    [JsonPropertyName("firstWorkday")]
    [JsonPropertyOrder(0)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? FirstWorkday { get; init; }

    /// <summary>The last day plus 25 calendar days.</summary>
    [JsonPropertyName("calendar25")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Calendar25 { get; init; }

    /// <summary>The 25th vardag after the last day.</summary>
    [JsonPropertyName("workday25")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Workday25 { get; init; }
}

/// <summary>Something the person should do, in order.</summary>
public sealed record ResultAction
{
    /// <summary>The action text; empty until rendered.</summary>
    [JsonPropertyName("text")]
    [JsonPropertyOrder(0)]
    public string Text { get; init; } = "";

    [JsonPropertyName("by")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateOnly? By { get; init; }

    [JsonPropertyName("url")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Url { get; init; }

    /// <summary>The text code, for example <c>action.register-af</c>.</summary>
    [JsonIgnore]
    public string Code { get; init; } = "";

    /// <summary>Which link the action points to (see <see cref="Texts.ActionLinks"/>), or null.</summary>
    [JsonIgnore]
    public string? LinkKey { get; init; }

    /// <summary>Placeholder values; <c>{by}</c> is always available from <see cref="By"/>.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = Result.EmptyParameters;
}

/// <summary>A legal or practice basis for the result.</summary>
public sealed record LegalBasisEntry
{
    [JsonPropertyName("ref")]
    [JsonPropertyOrder(0)]
    public required string Ref { get; init; }

    /// <summary>The note; empty until rendered.</summary>
    [JsonPropertyName("note")]
    [JsonPropertyOrder(1)]
    public string Note { get; init; } = "";

    /// <summary>The text code of the note, for example <c>legal.dl-1</c>.</summary>
    [JsonIgnore]
    public string NoteCode { get; init; } = "";

    [JsonIgnore]
    public string RuleId { get; init; } = "";
}
