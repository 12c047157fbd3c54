using System.Globalization;
using System.Text.Json;

namespace Portal.Web.Features.Questionnaire;

/// <summary>Answers by question id. Choice answers hold option values; other types hold one string.</summary>
public sealed class QuestionnaireAnswers
{
    private readonly Dictionary<string, string[]> _values;

    public QuestionnaireAnswers()
        : this(new Dictionary<string, string[]>(StringComparer.Ordinal))
    {
    }

    private QuestionnaireAnswers(Dictionary<string, string[]> values) => _values = values;

    public IReadOnlyDictionary<string, string[]> Values => _values;

    public string? One(string questionId) => _values.TryGetValue(questionId, out var v) && v.Length > 0 ? v[0] : null;

    public IReadOnlyList<string> Many(string questionId) => _values.TryGetValue(questionId, out var v) ? v : [];

    public bool Has(string questionId) => _values.ContainsKey(questionId);

    public void Set(string questionId, IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToArray();
        if (list.Length == 0)
        {
            _values.Remove(questionId);
        }
        else
        {
            _values[questionId] = list;
        }
    }

    public void Remove(string questionId) => _values.Remove(questionId);

    public QuestionnaireAnswers Copy() => new(new Dictionary<string, string[]>(_values, StringComparer.Ordinal));

    public DateOnly? Date(string questionId) =>
        DateOnly.TryParseExact(One(questionId), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public decimal? Number(string questionId) =>
        decimal.TryParse(One(questionId), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public string ToJson() => JsonSerializer.Serialize(_values);

    public static QuestionnaireAnswers FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) is { } values
            ? new Dictionary<string, string[]>(values, StringComparer.Ordinal)
            : new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>True when a question's condition is met by these answers (or it has none).</summary>
    public bool IsVisible(Question question)
    {
        if (question.ShowIf is null)
        {
            return true;
        }

        var given = Many(question.ShowIf.Question);
        return question.ShowIf.Values.Any(given.Contains);
    }
}
