using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.SgiCheck.Model;

/// <summary>
/// JSON settings for the SGI check API. The model types carry their own attributes (names, enum strings, which
/// nulls are written), so these options mainly fix the rest: camelCase, kebab-case enums, no indentation.
/// Read untrusted input with <see cref="Parsing.AnswersParser"/>, not with <see cref="JsonSerializer"/>.
/// </summary>
public static class SgiCheckJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            AllowOutOfOrderMetadataProperties = true,
            MaxDepth = 32,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
