using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// A pre-meeting questionnaire as written in content/questionnaire/&lt;id&gt;.&lt;lang&gt;.yml: sections of questions
/// with types, conditions and limits. It is content, stored as versions; a response records the version it answered.
/// </summary>
public sealed partial class QuestionnaireDefinition
{
    public string Id { get; set; } = "";

    public string Language { get; set; } = "";

    public string Title { get; set; } = "";

    public string Intro { get; set; } = "";

    public string HealthNote { get; set; } = "";

    public List<QuestionnaireSection> Sections { get; set; } = [];

    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public QuestionnaireSection? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);

    /// <summary>The question whose answer feeds the SGI-skyddskoll's <paramref name="field"/>, if any.</summary>
    public Question? ForSgiField(string field) => Questions.FirstOrDefault(q => q.Sgi == field);

    public IEnumerable<Question> WithFlag(string flag) => Questions.Where(q => q.Flag == flag);

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Parses and validates a definition. Throws <see cref="ContentFormatException"/> listing every problem.</summary>
    public static QuestionnaireDefinition Parse(string fileName, string yaml)
    {
        QuestionnaireDefinition? definition;
        try
        {
            definition = Yaml.Deserialize<QuestionnaireDefinition?>(yaml);
        }
        catch (YamlException ex)
        {
            var what = ex.InnerException?.Message ?? ex.Message;
            throw new ContentFormatException(fileName, $"filen är inte giltig YAML (rad {ex.Start.Line}): {what}");
        }

        if (definition is null)
        {
            throw new ContentFormatException(fileName, "filen är tom.");
        }

        var problems = definition.Validate();
        if (problems.Count > 0)
        {
            throw new ContentFormatException(fileName, string.Join("; ", problems) + ".");
        }

        return definition;
    }

    /// <summary>Fields of the SGI-skyddskoll that questions may feed, and the option values the code understands.</summary>
    public static readonly IReadOnlyDictionary<string, string[]?> SgiFields = new Dictionary<string, string[]?>
    {
        ["situation"] = ["overvager-att-stoppa", "sjukpenning-ended", "sjukpenning-denied", "aktivitetsersattning-denied", "sjukersattning-denied", "har-sjukpenning", "vet-inte"],
        ["lastSjukpenningDay"] = null,
        ["decisionReceived"] = null,
        ["employment"] = ["employed", "unemployed", "own-business", "none"],
        ["hasSgi"] = ["yes", "no", "unknown"],
        ["sgiHoursPerWeek"] = null,
        ["afStatus"] = ["aktivt", "forhinder", "planerar", "nej", "vet-inte"],
        ["afFrom"] = null,
        ["afHours"] = null,
    };

    /// <summary>Flags the handläggare sees, raised by a question's answer.</summary>
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal)
    {
        "interpreter", "access-needs", "sanction", "wants-af-help", "other-actors", "own-questions", "consent-af",
    };

    private List<string> Validate()
    {
        var problems = new List<string>();
        if (!Slug.IsWellFormed(Id))
        {
            problems.Add("'id' saknas eller innehåller annat än a–z, 0–9 och bindestreck");
        }

        if (Platform.Localization.Languages.Find(Language) is null)
        {
            problems.Add("'language' måste vara sv, en eller lattlast");
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("'title' saknas");
        }

        if (string.IsNullOrWhiteSpace(Intro))
        {
            problems.Add("'intro' saknas");
        }

        if (Sections.Count == 0)
        {
            problems.Add("formuläret har inga avsnitt");
        }

        var seen = new Dictionary<string, Question>(StringComparer.Ordinal);
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in Sections)
        {
            var where = $"avsnittet '{section.Id}'";
            if (!Slug.IsWellFormed(section.Id) || !sectionIds.Add(section.Id))
            {
                problems.Add($"{where}: id saknas, är ogiltigt eller används två gånger");
            }

            if (string.IsNullOrWhiteSpace(section.Title))
            {
                problems.Add($"{where}: 'title' saknas");
            }

            if (section.Questions.Count == 0)
            {
                problems.Add($"{where}: har inga frågor");
            }

            foreach (var question in section.Questions)
            {
                problems.AddRange(question.Validate(seen).Select(p => $"frågan '{question.Id}': {p}"));
                if (Slug.IsWellFormed(question.Id) && !seen.TryAdd(question.Id, question))
                {
                    problems.Add($"frågan '{question.Id}': id används två gånger");
                }
            }
        }

        foreach (var group in seen.Values.Where(q => q.Sgi is not null).GroupBy(q => q.Sgi).Where(g => g.Count() > 1))
        {
            problems.Add($"flera frågor har sgi: {group.Key}");
        }

        return problems;
    }
}

public sealed class QuestionnaireSection
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Intro { get; set; }

    public List<Question> Questions { get; set; } = [];
}

public sealed class QuestionOption
{
    public string Value { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>In a multiple-choice question, this answer cannot be chosen together with any other (for example "Nej, ingen").</summary>
    public bool Exclusive { get; set; }
}

public sealed class ShowIf
{
    public string Question { get; set; } = "";

    [YamlMember(Alias = "equals")]
    public string? EqualsValue { get; set; }

    public List<string>? In { get; set; }

    public IEnumerable<string> Values => EqualsValue is not null ? [EqualsValue] : In ?? [];
}

public static class QuestionTypes
{
    public const string SingleChoice = "single-choice";
    public const string MultipleChoice = "multiple-choice";
    public const string ShortText = "short-text";
    public const string LongText = "long-text";
    public const string Date = "date";
    public const string Number = "number";
    public const string YesNo = "yes-no";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        SingleChoice, MultipleChoice, ShortText, LongText, Date, Number, YesNo,
    };
}

public sealed class Question
{
    public const int ShortTextDefault = 200;
    public const int LongTextDefault = 1000;
    public const int LongTextMax = 2000;

    public string Id { get; set; } = "";

    public string Type { get; set; } = "";

    public string Text { get; set; } = "";

    public string? Hint { get; set; }

    public bool Required { get; set; }

    public List<QuestionOption> Options { get; set; } = [];

    public bool AllowUnknown { get; set; }

    public ShowIf? ShowIf { get; set; }

    public int? MaxLength { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary>past, future or any (dates only).</summary>
    public string? DateRange { get; set; }

    public string? Sgi { get; set; }

    public string? Flag { get; set; }

    public bool IsChoice => Type is QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice or QuestionTypes.YesNo;

    public bool IsText => Type is QuestionTypes.ShortText or QuestionTypes.LongText;

    public int EffectiveMaxLength => MaxLength ?? (Type == QuestionTypes.LongText ? LongTextDefault : ShortTextDefault);

    /// <summary>The options shown: the written ones, or ja/nej (and vet-inte) for yes-no questions.</summary>
    public IReadOnlyList<QuestionOption> EffectiveOptions(Language language)
    {
        if (Type != QuestionTypes.YesNo)
        {
            return Options;
        }

        var english = language.Code == "en";
        List<QuestionOption> options =
        [
            new() { Value = "ja", Text = english ? "Yes" : "Ja" },
            new() { Value = "nej", Text = english ? "No" : "Nej" },
        ];
        if (AllowUnknown)
        {
            options.Add(new() { Value = "vet-inte", Text = english ? "Don't know" : "Vet inte" });
        }

        return options;
    }

    internal IEnumerable<string> Validate(IReadOnlyDictionary<string, Question> earlier)
    {
        if (!Slug.IsWellFormed(Id))
        {
            yield return "id saknas eller innehåller annat än a–z, 0–9 och bindestreck";
        }

        if (!QuestionTypes.All.Contains(Type))
        {
            yield return $"'type' måste vara en av {string.Join(", ", QuestionTypes.All)} (är '{Type}')";
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            yield return "'text' saknas";
        }

        var hasOptions = Type is QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice;
        if (hasOptions && Options.Count < 2)
        {
            yield return "ett val behöver minst två svarsalternativ";
        }

        if (!hasOptions && Options.Count > 0)
        {
            yield return "bara single-choice och multiple-choice kan ha 'options'";
        }

        if (Options.Any(o => !Slug.IsWellFormed(o.Value) || string.IsNullOrWhiteSpace(o.Text)))
        {
            yield return "varje svarsalternativ behöver ett 'value' (a–z, 0–9, bindestreck) och en 'text'";
        }

        if (Options.GroupBy(o => o.Value).Any(g => g.Count() > 1))
        {
            yield return "två svarsalternativ har samma 'value'";
        }

        if (Options.Any(o => o.Exclusive) && Type != QuestionTypes.MultipleChoice)
        {
            yield return "'exclusive' gäller bara svarsalternativ i multiple-choice";
        }

        if (AllowUnknown && Type != QuestionTypes.YesNo)
        {
            yield return "'allowUnknown' gäller bara yes-no";
        }

        if (MaxLength is not null && (!IsText || MaxLength < 1 || MaxLength > (Type == QuestionTypes.LongText ? LongTextMax : ShortTextDefault)))
        {
            yield return $"'maxLength' gäller text och får vara högst {ShortTextDefault} (short-text) eller {LongTextMax} (long-text)";
        }

        if ((Min is not null || Max is not null) && Type != QuestionTypes.Number)
        {
            yield return "'min' och 'max' gäller bara number";
        }

        if (Min is not null && Max is not null && Min > Max)
        {
            yield return "'min' är större än 'max'";
        }

        if (DateRange is not null && (Type != QuestionTypes.Date || DateRange is not ("past" or "future" or "any")))
        {
            yield return "'dateRange' gäller bara date och är past, future eller any";
        }

        if (Flag is not null && !QuestionnaireDefinition.Flags.Contains(Flag))
        {
            yield return $"okänd flagga '{Flag}'";
        }

        if (Sgi is not null)
        {
            if (!QuestionnaireDefinition.SgiFields.TryGetValue(Sgi, out var values))
            {
                yield return $"okänt sgi-fält '{Sgi}'";
            }
            else if (values is not null && (Type != QuestionTypes.SingleChoice || !Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal).SetEquals(values)))
            {
                yield return $"sgi: {Sgi} måste vara single-choice med värdena {string.Join(", ", values)}";
            }
        }

        if (ShowIf is not null)
        {
            if (!earlier.TryGetValue(ShowIf.Question, out var source))
            {
                yield return $"showIf pekar på '{ShowIf.Question}', som inte är en tidigare fråga";
            }
            else if ((ShowIf.EqualsValue is null) == (ShowIf.In is null || ShowIf.In.Count == 0))
            {
                yield return "showIf behöver antingen 'equals' eller 'in'";
            }
            else
            {
                var sourceValues = source.EffectiveOptions(Platform.Localization.Languages.Swedish).Select(o => o.Value)
                    .Concat(source.Type == QuestionTypes.YesNo ? ["vet-inte"] : []).ToHashSet(StringComparer.Ordinal);
                foreach (var value in ShowIf.Values.Where(v => !sourceValues.Contains(v)))
                {
                    yield return $"showIf-värdet '{value}' finns inte bland svaren på '{ShowIf.Question}'";
                }
            }
        }
    }
}
