using Portal.Web.Platform.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Texts that belong to code-driven features (the SGI-skyddskoll's questions, results and error messages), kept as
/// YAML in content/ so editors can reword them without a deploy. Routing and rules stay in code.
/// </summary>
public sealed class TextBundle
{
    public string Language { get; set; } = "";

    /// <summary>Result texts: code → template with {placeholders}.</summary>
    public Dictionary<string, string> Texts { get; set; } = [];

    /// <summary>Question texts by node id.</summary>
    public Dictionary<string, QuestionText> Questions { get; set; } = [];

    /// <summary>Validation messages by error code.</summary>
    public Dictionary<string, string> Errors { get; set; } = [];

    /// <summary>The pages' own texts (headings, buttons, labels) by key.</summary>
    public Dictionary<string, string> Ui { get; set; } = [];
}

public sealed class QuestionText
{
    public string Text { get; set; } = "";

    public string? Hint { get; set; }

    public Dictionary<string, string> Options { get; set; } = [];
}

public static class StructuredTexts
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static TextBundle Parse(string fileName, string yaml)
    {
        TextBundle? bundle;
        try
        {
            bundle = Yaml.Deserialize<TextBundle?>(yaml);
        }
        catch (YamlException ex)
        {
            var what = ex.InnerException?.Message ?? ex.Message;
            throw new ContentFormatException(fileName, $"filen är inte giltig YAML (rad {ex.Start.Line}): {what}");
        }

        if (bundle is null || Languages.Find(bundle.Language) is null)
        {
            throw new ContentFormatException(fileName, "fältet 'language' saknas eller är inte sv, en eller lattlast.");
        }

        var empty = bundle.Texts.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"texts.{t.Key}")
            .Concat(bundle.Errors.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"errors.{t.Key}"))
            .Concat(bundle.Ui.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"ui.{t.Key}"))
            .Concat(bundle.Questions.Where(q => string.IsNullOrWhiteSpace(q.Value.Text)).Select(q => $"questions.{q.Key}.text"))
            .ToList();
        if (empty.Count > 0)
        {
            throw new ContentFormatException(fileName, "tom text i " + string.Join(", ", empty) + ".");
        }

        return bundle;
    }
}
