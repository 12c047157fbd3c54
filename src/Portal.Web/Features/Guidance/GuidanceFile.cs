using System.Globalization;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Web.Features.Guidance;

/// <summary>
/// The file format of a guidance page in content/: YAML front matter between two --- lines, then Markdown. Reads a
/// file into a <see cref="ContentFile"/> and writes a stored version back in the same form.
/// </summary>
public static partial class GuidanceFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer FrontMatterYaml = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.Preserve)
        .Build();

    /// <summary>Parses one file. Throws <see cref="ContentFormatException"/> naming the file and what is wrong.</summary>
    public static ContentFile Parse(string fileName, string text)
    {
        text = ContentFile.Normalize(text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new ContentFormatException(fileName, "filen måste börja med en rad med tre bindestreck (---) följd av front matter i YAML.");
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var endsAtEof = end < 0 && text.EndsWith("\n---", StringComparison.Ordinal);
        if (end < 0 && !endsAtEof)
        {
            throw new ContentFormatException(fileName, "front matter avslutas inte med en rad med tre bindestreck (---).");
        }

        var yaml = endsAtEof ? text[4..^4] : text[4..(end + 1)];
        var body = endsAtEof ? "" : text[(end + 5)..];

        FrontMatter matter;
        try
        {
            matter = Yaml.Deserialize<FrontMatter?>(yaml) ?? new FrontMatter();
        }
        catch (YamlException ex)
        {
            var what = ex.InnerException?.Message ?? ex.Message;
            throw new ContentFormatException(fileName, $"front matter är inte giltig YAML (rad {ex.Start.Line}): {what}");
        }

        var errors = new List<string>();
        string Required(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"fältet '{field}' saknas eller är tomt");
                return "";
            }

            return value.Trim();
        }

        var key = Required(matter.Key, "key");
        var slug = Required(matter.Slug, "slug");
        var title = Required(matter.Title, "title");
        var summary = Required(matter.Summary, "summary");
        var languageCode = Required(matter.Language, "language");
        var section = Required(matter.Section, "section");
        var owner = Required(matter.Owner, "owner");
        var reviewedText = Required(matter.LastReviewed, "lastReviewed");

        if (key.Length > 0 && !Slug.IsWellFormed(key))
        {
            errors.Add($"'key' får bara innehålla a–z, 0–9 och bindestreck (är '{key}')");
        }

        if (slug.Length > 0 && !Slug.IsWellFormed(slug))
        {
            errors.Add($"'slug' får bara innehålla a–z, 0–9 och bindestreck (är '{slug}')");
        }

        var language = Languages.Find(languageCode);
        if (languageCode.Length > 0 && language is null)
        {
            errors.Add($"'language' måste vara sv, en eller lattlast (är '{languageCode}')");
        }

        if (section.Length > 0 && !GuidanceContent.Sections.Contains(section))
        {
            errors.Add($"'section' måste vara en av {string.Join(", ", GuidanceContent.Sections)} (är '{section}')");
        }

        if (matter.Order is null)
        {
            errors.Add("fältet 'order' saknas");
        }

        var reviewed = default(DateOnly);
        if (reviewedText.Length > 0 &&
            !DateOnly.TryParseExact(reviewedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reviewed))
        {
            errors.Add($"'lastReviewed' måste vara ett datum som ÅÅÅÅ-MM-DD (är '{reviewedText}')");
        }

        var related = matter.Related ?? [];
        foreach (var relatedKey in related.Where(r => !Slug.IsWellFormed(r)))
        {
            errors.Add($"'related' innehåller ogiltig nyckel '{relatedKey}'");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add("sidan saknar text efter front matter");
        }

        if (errors.Count > 0)
        {
            throw new ContentFormatException(fileName, string.Join("; ", errors) + ".");
        }

        var metadata = new PageMetadata(slug, title, summary, section, matter.Order!.Value, reviewed, owner, related.Select(r => r!.Trim()).ToList());
        return new ContentFile(GuidanceContent.TypeName, key, language!, metadata, body.Trim() + "\n", ContentFile.Hash(text));
    }

    /// <summary>The file text of a stored page: front matter, a blank line, the Markdown.</summary>
    public static string Write(StoredContent page)
    {
        var m = page.Metadata;
        var matter = new FrontMatter
        {
            Key = page.Key,
            Slug = m.Slug,
            Title = m.Title,
            Summary = m.Summary,
            Language = page.Language.Code,
            Section = m.Section,
            Order = m.Order,
            LastReviewed = m.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Owner = m.Owner,
            Related = [.. m.Related],
        };
        return "---\n" + FrontMatterYaml.Serialize(matter).Replace("\r\n", "\n", StringComparison.Ordinal) + "---\n\n" + page.Body;
    }

    /// <summary>The front matter fields, in the order content/ files use.</summary>
    private sealed class FrontMatter
    {
        public string? Key { get; set; }
        public string? Slug { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Language { get; set; }
        public string? Section { get; set; }
        public int? Order { get; set; }
        public string? LastReviewed { get; set; }
        public string? Owner { get; set; }
        public List<string?>? Related { get; set; }
    }
}
