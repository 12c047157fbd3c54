using System.Text.RegularExpressions;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Texts;
using Portal.Web.Platform.Content;

namespace Portal.UnitTests.SgiCheckPages;

/// <summary>
/// Issue 21, lättläst: every verdict, deadline text and action the checker can give has an easy-to-read version
/// (content/sgi-koll/texts.lattlast.yml), with the same placeholders as the Swedish text.
/// </summary>
public sealed partial class LattlastTextsTests
{
    private static TextBundle Load(string language)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
        {
            folder = folder.Parent;
        }

        var file = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No Portal.sln above the test output."), "content", "sgi-koll", $"texts.{language}.yml");
        return StructuredTexts.Parse(file, File.ReadAllText(file));
    }

    [Fact]
    public void EveryTextCode_HasALattlastText_WithTheSwedishPlaceholders()
    {
        // Arrange
        var easy = Load("lattlast");
        var swedish = Load("sv");

        // Act
        var missing = TextCodes.All.Where(code => string.IsNullOrWhiteSpace(easy.Texts.GetValueOrDefault(code))).ToList();
        var otherPlaceholders = TextCodes.All.Where(code => easy.Texts.ContainsKey(code)
            && !Placeholders(easy.Texts[code]).SetEquals(Placeholders(swedish.Texts[code]))).ToList();

        // Assert
        Assert.Equal("lattlast", easy.Language);
        Assert.True(missing.Count == 0, "No lättläst text for: " + string.Join(", ", missing));
        Assert.True(otherPlaceholders.Count == 0, "Other placeholders than in Swedish: " + string.Join(", ", otherPlaceholders));
    }

    [Fact]
    public void EveryVerdictAndDeadlineText_HasALattlastText()
    {
        // Arrange
        var easy = Load("lattlast");
        var keys = KebabNames.All<Verdict>().Select(v => "verdict." + v)
            .Concat(["result.deadline", "result.deadline-passed", "result.days-left", "result.day-left", "result.today", "result.plan-after-deadline"]);

        // Act
        var missing = keys.Where(k => string.IsNullOrWhiteSpace(easy.Ui.GetValueOrDefault(k))).ToList();

        // Assert
        Assert.True(missing.Count == 0, "No lättläst text for: " + string.Join(", ", missing));
    }

    [Fact]
    public void LattlastTexts_AreShortSentences()
    {
        // Arrange
        var easy = Load("lattlast");

        // Act: sentences of more than 20 words (a date written out counts as four)
        var tooLong = easy.Texts.Concat(easy.Ui)
            .SelectMany(t => Sentence().Split(t.Value).Select(s => (t.Key, Sentence: s.Trim())))
            .Where(s => s.Sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 20)
            .Select(s => $"{s.Key}: {s.Sentence}")
            .ToList();

        // Assert
        Assert.True(tooLong.Count == 0, string.Join(Environment.NewLine, tooLong));
    }

    private static HashSet<string> Placeholders(string template) => [.. PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{([A-Za-z0-9]+)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex Sentence();
}
