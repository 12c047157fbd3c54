using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.UnitTests.SgiCheck.Texts;

/// <summary>content/sgi-koll/texts.{language}.yml, read strictly (an unknown key is an error).</summary>
internal sealed class SgiTextsFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public string Language { get; set; } = "";

    public Dictionary<string, string> Texts { get; set; } = [];

    public Dictionary<string, Question> Questions { get; set; } = [];

    public Dictionary<string, string> Errors { get; set; } = [];

    public static SgiTextsFile Load(string language) => Yaml.Deserialize<SgiTextsFile>(File.ReadAllText(SgiTestFiles.TextsFile(language)));

    internal sealed class Question
    {
        public string Text { get; set; } = "";

        public string? Hint { get; set; }

        public Dictionary<string, string> Options { get; set; } = [];
    }
}
