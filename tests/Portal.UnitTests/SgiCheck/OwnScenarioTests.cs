using System.Text.Json;
using Portal.SgiCheck;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Rules;

namespace Portal.UnitTests.SgiCheck;

/// <summary>
/// The project's own scenarios (tests/Shared/Fixtures/sgi-own-scenarios.json), at least three per rule id, each with
/// the source of its expected answer. They stand beside the public worked examples that <see cref="ScenarioTests"/> runs.
/// </summary>
public sealed class OwnScenarioTests
{
    public static TheoryData<string> ScenarioIds()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Scenarios())
        {
            data.Add(scenario.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Fact]
    public void EveryRuleId_HasAtLeastThreeScenarios_EachWithASource()
    {
        // Arrange
        var scenarios = Scenarios();
        var byRule = scenarios.GroupBy(s => s.GetProperty("rule").GetString()!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // Assert
        Assert.All(RuleCatalog.All, rule => Assert.True(byRule.GetValueOrDefault(rule.Id) >= 3, $"{rule.Id}: {byRule.GetValueOrDefault(rule.Id)} scenarios"));
        Assert.All(scenarios, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("source").GetString())));
        Assert.Equal(scenarios.Count, scenarios.Select(s => s.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(ScenarioIds))]
    public void Evaluate_OwnScenario_MatchesTheRules(string id)
    {
        // Arrange
        var scenario = Scenarios().Single(s => s.GetProperty("id").GetString() == id);
        var expected = scenario.GetProperty("expected");
        var parsed = AnswersParser.Parse(scenario.GetProperty("answers").GetRawText());
        Assert.True(parsed.IsValid, string.Join(", ", parsed.ErrorCodes.Select(e => $"{e.Key}: {e.Value}")));

        // Act
        var result = SgiChecker.Evaluate(parsed.Answers, parsed.Answers.AsOf!.Value);

        // Assert
        var verdict = KebabNames.Of(result.Verdict);
        var acceptable = expected.GetProperty("acceptableVerdicts").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(acceptable.Contains(verdict), $"{id}: verdict {verdict}, expected one of {string.Join(", ", acceptable)} [{string.Join(",", result.Rules)}]");
        if (expected.TryGetProperty("deadline", out var deadline))
        {
            Assert.Equal(deadline.ValueKind == JsonValueKind.Null ? null : deadline.GetString(), result.Deadline is { } d ? IsoDate.Format(d) : null);
        }

        foreach (var rule in expected.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!))
        {
            Assert.True(result.Rules.Contains(rule), $"{id}: rule {rule} missing from [{string.Join(", ", result.Rules)}]");
        }

        if (expected.TryGetProperty("absentRules", out var absent))
        {
            foreach (var rule in absent.EnumerateArray().Select(r => r.GetString()!))
            {
                Assert.DoesNotContain(rule, result.Rules);
            }
        }
    }

    private static List<JsonElement> Scenarios()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SgiTestFiles.OwnScenariosFile));
        return document.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.Clone()).ToList();
    }
}
