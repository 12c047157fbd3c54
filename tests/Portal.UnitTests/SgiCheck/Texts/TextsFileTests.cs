using System.Text.RegularExpressions;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Texts;

namespace Portal.UnitTests.SgiCheck.Texts;

/// <summary>Every code the engine can emit and every error code exists, in both languages, with known placeholders.</summary>
public sealed partial class TextsFileTests
{
    private static readonly HashSet<string> KnownPlaceholders =
        ["by", "deadline", "sgiHours", "hoursSought", "restHours", "sgiFloor", "floorYear", "registered"];

    public static TheoryData<string> Languages => new() { "sv", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void TextsFile_DeclaresItsLanguage(string language)
    {
        Assert.Equal(language, SgiTextsFile.Load(language).Language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TextsFile_HasEveryTextCode_AndNoOthers(string language)
    {
        var file = SgiTextsFile.Load(language);

        Assert.DoesNotContain(TextCodes.All, code => string.IsNullOrWhiteSpace(file.Texts.GetValueOrDefault(code)));
        Assert.Empty(file.Texts.Keys.Except(TextCodes.All));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TextsFile_HasEveryErrorCode_AndNoOthers(string language)
    {
        var file = SgiTextsFile.Load(language);

        Assert.DoesNotContain(ErrorCodes.All, code => string.IsNullOrWhiteSpace(file.Errors.GetValueOrDefault(code)));
        Assert.Empty(file.Errors.Keys.Except(ErrorCodes.All));
    }

    [Fact]
    public void SwedishErrors_AreTheMessagesTheApiReturns()
    {
        var file = SgiTextsFile.Load("sv");

        foreach (var (code, message) in ErrorCodes.Swedish)
        {
            Assert.Equal(message, file.Errors[code]);
        }

        Assert.Equal("Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-16.", file.Errors[ErrorCodes.DateInvalid]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TextsFile_HasEveryQuestion_WithALabelForEveryOption(string language)
    {
        var file = SgiTextsFile.Load(language);

        Assert.Equal(SgiCheckFlow.All.Select(n => n.Id).Order(StringComparer.Ordinal), file.Questions.Keys.Order(StringComparer.Ordinal));
        foreach (var node in SgiCheckFlow.All)
        {
            var question = file.Questions[node.Id];
            Assert.False(string.IsNullOrWhiteSpace(question.Text), node.Id);
            Assert.Equal(node.OptionValues.Order(StringComparer.Ordinal), question.Options.Keys.Order(StringComparer.Ordinal));
            Assert.All(question.Options.Values, label => Assert.False(string.IsNullOrWhiteSpace(label), node.Id));
        }
    }

    [Fact]
    public void Templates_UseOnlyKnownPlaceholders_TheSameInBothLanguages()
    {
        var sv = SgiTextsFile.Load("sv");
        var en = SgiTextsFile.Load("en");

        foreach (var code in TextCodes.All)
        {
            var svPlaceholders = Placeholders(sv.Texts[code]);
            Assert.Empty(svPlaceholders.Except(KnownPlaceholders));
            Assert.Equal(svPlaceholders.Order(StringComparer.Ordinal), Placeholders(en.Texts[code]).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void LikelyProtectedTexts_SayItIsPractice_AndAskForConfirmation()
    {
        var sv = SgiTextsFile.Load("sv");
        var en = SgiTextsFile.Load("en");

        foreach (var code in TextCodes.Summaries.Where(c => c.StartsWith(TextCodes.SummaryLikelyProtected, StringComparison.Ordinal)))
        {
            Assert.Contains("lagen", sv.Texts[code], StringComparison.Ordinal);
            Assert.Contains("bekräfta", sv.Texts[code], StringComparison.Ordinal);
            Assert.Contains("law", en.Texts[code], StringComparison.Ordinal);
            Assert.Contains("confirm", en.Texts[code], StringComparison.Ordinal);
        }

        Assert.Contains("Försäkringskassan", sv.Texts[TextCodes.SummaryAtRisk], StringComparison.Ordinal);
    }

    private static HashSet<string> Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{([A-Za-z0-9]+)\}")]
    private static partial Regex PlaceholderPattern();
}

/// <summary>The pages' own texts (<c>ui:</c>): every key the SGI-skyddskoll pages use exists in both languages.</summary>
public sealed partial class UiTextsTests
{
    private static readonly string PagesFolder = Path.Combine(SgiTestFiles.RepositoryRoot, "src", "Portal.Web", "Features", "SgiCheck");

    private static IEnumerable<string> UsedKeys()
    {
        var literal = Directory.EnumerateFiles(PagesFolder, "*.cs*")
            .SelectMany(f => UiCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));
        var verdicts = Portal.SgiCheck.Model.KebabNames.All<Portal.SgiCheck.Model.Verdict>().Select(v => "verdict." + v);
        var kinds = Enum.GetValues<Portal.SgiCheck.Model.Verdict>().Select(Portal.Web.Features.SgiCheck.ResultModel.MessageKind).Distinct().Select(k => "prefix." + k);
        var links = new[] { ActionLinks.Arbetsformedlingen, ActionLinks.ProtectSgi, ActionLinks.RegisterGuide, ActionLinks.Omprovning, ActionLinks.Contact }.Select(k => "link." + k);
        return literal.Concat(verdicts).Concat(kinds).Concat(links).Distinct();
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void EveryUiKeyThePagesUse_Exists(string language)
    {
        // Arrange
        var ui = SgiTextsFile.Load(language).Ui;

        // Act
        var missing = UsedKeys().Where(k => string.IsNullOrWhiteSpace(ui.GetValueOrDefault(k))).ToList();

        // Assert
        Assert.True(UsedKeys().Count() > 40, "Expected the pages to use many ui texts.");
        Assert.Empty(missing);
    }

    [Fact]
    public void UiTexts_HaveTheSameKeysInBothLanguages()
    {
        Assert.Equal(SgiTextsFile.Load("sv").Ui.Keys.Order(StringComparer.Ordinal), SgiTextsFile.Load("en").Ui.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void VerdictBoxes_AreNeverFriendlierThanTheVerdict()
    {
        Assert.Equal("success", Portal.Web.Features.SgiCheck.ResultModel.MessageKind(Portal.SgiCheck.Model.Verdict.Protected));
        Assert.All(
            Enum.GetValues<Portal.SgiCheck.Model.Verdict>().Where(v => v != Portal.SgiCheck.Model.Verdict.Protected),
            v => Assert.NotEqual("success", Portal.Web.Features.SgiCheck.ResultModel.MessageKind(v)));
        Assert.Equal("error", Portal.Web.Features.SgiCheck.ResultModel.MessageKind(Portal.SgiCheck.Model.Verdict.NotProtected));
    }

    [GeneratedRegex("""Ui\("([a-z0-9.\-]+)"[,)]""")]
    private static partial Regex UiCall();
}
