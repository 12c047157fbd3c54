using System.Text.Json;
using Portal.SgiCheck;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;

namespace Portal.UnitTests.SgiCheck;

/// <summary>Every public worked example (tests/Shared/Fixtures/sgi-scenarios.json), through the parser and the checker.</summary>
public sealed class ScenarioTests
{
    public static TheoryData<string> ScenarioIds()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Scenarios().EnumerateArray())
        {
            data.Add(scenario.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Fact]
    public void ScenariosFile_HasScenarios_AndTheCurrentRulesVersion()
    {
        // Arrange
        using var document = JsonDocument.Parse(File.ReadAllText(SgiTestFiles.ScenariosFile));

        // Assert
        Assert.True(document.RootElement.GetProperty("scenarios").GetArrayLength() >= 15);
        Assert.Equal(document.RootElement.GetProperty("rulesVersion").GetString(), Portal.SgiCheck.Rules.RuleCatalog.Current.VersionText);
    }

    [Theory]
    [MemberData(nameof(ScenarioIds))]
    public void Evaluate_Scenario_MatchesExpected(string id)
    {
        // Arrange
        var scenario = Scenarios().EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
        var answersJson = scenario.GetProperty("answers").GetRawText();
        var expected = scenario.GetProperty("expected");
        var parsed = AnswersParser.Parse(answersJson);
        Assert.True(parsed.IsValid, string.Join(", ", parsed.ErrorCodes.Select(e => $"{e.Key}: {e.Value}")));
        var asOf = parsed.Answers.AsOf!.Value;

        // Act
        var result = SgiChecker.Evaluate(parsed.Answers, asOf);

        // Assert
        var verdict = KebabNames.Of(result.Verdict);
        var acceptable = expected.GetProperty("acceptableVerdicts").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(acceptable.Contains(verdict), $"{id}: verdict {verdict}, expected one of {string.Join(", ", acceptable)}");

        var deadline = expected.GetProperty("deadline");
        Assert.Equal(deadline.ValueKind == JsonValueKind.Null ? null : deadline.GetString(), result.Deadline is { } d ? IsoDate.Format(d) : null);

        if (expected.TryGetProperty("windows", out var windows))
        {
            Assert.NotNull(result.Windows);
            Assert.Equal(Optional(windows, "firstWorkday"), Format(result.Windows.FirstWorkday));
            Assert.Equal(Optional(windows, "calendar25"), Format(result.Windows.Calendar25));
            Assert.Equal(Optional(windows, "workday25"), Format(result.Windows.Workday25));
        }
        else
        {
            Assert.Null(result.Windows);
        }

        foreach (var rule in expected.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!))
        {
            Assert.True(result.Rules.Contains(rule), $"{id}: rule {rule} missing from [{string.Join(", ", result.Rules)}]");
        }

        Assert.Equal("2026-11-22", result.RulesVersion);
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string? Format(DateOnly? date) => date is { } d ? IsoDate.Format(d) : null;

    private static JsonElement Scenarios()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SgiTestFiles.ScenariosFile));
        return document.RootElement.GetProperty("scenarios").Clone();
    }
}
