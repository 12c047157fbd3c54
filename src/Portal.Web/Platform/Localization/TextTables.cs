using System.Collections.Concurrent;
using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Web.Platform.Localization;

/// <summary>
/// The one mechanism for the fixed texts of the pages (layout, error pages, the questionnaire's pages and messages):
/// a text table is a class of string properties (<see cref="UiText"/>, for example) whose values are in YAML files
/// named after it, one per language, in a Texts folder beside it (<c>UiText.sv.yml</c>, <c>UiText.en.yml</c>, …),
/// embedded in the app. Swedish is complete; English is complete where it exists; a lättläst file holds only the
/// texts it words differently and is laid over the Swedish one; a language without a file gets the Swedish texts.
/// A table with a missing or empty text fails when it is first read (and in the unit tests), never on a page.
/// The wording editors change without a deploy is content instead (<c>content/</c>).
/// </summary>
public static class TextTables
{
    private const string ResourcePrefix = "Portal.Web.Texts.";

    private static readonly ConcurrentDictionary<(Type Table, string Language), object> Loaded = new();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer MergedYaml = new SerializerBuilder().Build();

    /// <summary>The table's texts in the language.</summary>
    public static T Get<T>(Language language)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(language);
        return (T)Loaded.GetOrAdd((typeof(T), language.Code), key => Load<T>(key.Language));
    }

    private static T Load<T>(string language)
        where T : class
    {
        var name = typeof(T).Name;
        var swedish = Read(name, Languages.Swedish.Code) ?? throw new InvalidOperationException($"The text table {name} has no Swedish file.");
        var own = language == Languages.Swedish.Code ? null : Read(name, language);
        Dictionary<object, object?> texts;
        if (own is null)
        {
            texts = swedish;
        }
        else if (language == Languages.EasySwedish.Code)
        {
            texts = Over(swedish, own);
        }
        else
        {
            texts = own;
        }

        var table = Yaml.Deserialize<T>(MergedYaml.Serialize(texts));
        var empty = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetValue(table) is null or string { Length: 0 } || p.GetValue(table) is string text && string.IsNullOrWhiteSpace(text))
            .Select(p => p.Name)
            .ToList();
        return empty.Count == 0 ? table : throw new InvalidOperationException($"The text table {name} ({language}) lacks: {string.Join(", ", empty)}.");
    }

    private static Dictionary<object, object?>? Read(string table, string language)
    {
        using var stream = typeof(TextTables).Assembly.GetManifestResourceStream($"{ResourcePrefix}{table}.{language}.yml");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Yaml.Deserialize<Dictionary<object, object?>>(reader);
    }

    /// <summary>The texts of <paramref name="top"/> where it has them (nested maps key by key), the others from <paramref name="bottom"/>.</summary>
    private static Dictionary<object, object?> Over(Dictionary<object, object?> bottom, Dictionary<object, object?> top)
    {
        var merged = new Dictionary<object, object?>(bottom);
        foreach (var (key, value) in top)
        {
            merged[key] = value is Dictionary<object, object?> inner && bottom.GetValueOrDefault(key) is Dictionary<object, object?> under
                ? Over(under, inner)
                : value;
        }

        return merged;
    }
}
