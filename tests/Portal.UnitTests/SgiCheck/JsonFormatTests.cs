using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.SgiCheck.Model;
using static Portal.UnitTests.SgiCheck.AnswersJson;

namespace Portal.UnitTests.SgiCheck;

/// <summary>The result and answers serialise exactly as sgi-check-api.md documents.</summary>
public sealed class JsonFormatTests
{
    [Fact]
    public void Result_Serialises_WithTheDocumentedNamesAndOrder()
    {
        // Arrange
        var result = Check(SgiCorpus.OnTime);

        // Act
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result, SgiCheckJson.Options));
        var root = json.RootElement;

        // Assert
        Assert.Equal(
            ["verdict", "deadline", "windows", "rules", "rulesVersion", "summary", "actions", "legalBasis"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("protected", root.GetProperty("verdict").GetString());
        Assert.Equal("2026-03-14", root.GetProperty("deadline").GetString());
        Assert.Equal(
            ["firstWorkday", "calendar25", "workday25"],
            root.GetProperty("windows").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-04-21", root.GetProperty("windows").GetProperty("workday25").GetString());
        Assert.Equal("2026-11-22", root.GetProperty("rulesVersion").GetString());
        var action = root.GetProperty("actions")[0];
        Assert.Equal(["text", "by", "url"], action.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ref", "note"], root.GetProperty("legalBasis")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Result_WithoutDeadline_WritesNullDeadline_LeavesWindowsOut_AndWritesNullByAndUrl()
    {
        // Arrange
        var result = Check(SgiCorpus.ProgrammeNoPayment);

        // Act: also without the options, the attributes decide.
        var text = JsonSerializer.Serialize(result);
        using var json = JsonDocument.Parse(text);

        // Assert
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("deadline").ValueKind);
        Assert.False(json.RootElement.TryGetProperty("windows", out _));
        var withoutDate = json.RootElement.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("by").ValueKind == JsonValueKind.Null);
        Assert.True(withoutDate.TryGetProperty("url", out _));
        Assert.DoesNotContain("Code", text, StringComparison.Ordinal);
        Assert.DoesNotContain("summaryCode", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Verdict.Protected, "protected")]
    [InlineData(Verdict.LikelyProtected, "likely-protected")]
    [InlineData(Verdict.PartlyProtected, "partly-protected")]
    [InlineData(Verdict.AtRisk, "at-risk")]
    [InlineData(Verdict.NotProtected, "not-protected")]
    [InlineData(Verdict.NoSgi, "no-sgi")]
    [InlineData(Verdict.NewSgi, "new-sgi")]
    public void Verdict_SerialisesKebabCase(Verdict verdict, string expected)
    {
        Assert.Equal($"\"{expected}\"", JsonSerializer.Serialize(verdict, SgiCheckJson.Options));
        Assert.Equal($"\"{expected}\"", JsonSerializer.Serialize(verdict));
    }

    [Fact]
    public void Answers_RoundTrip_ThroughTheParser_GiveTheSameJson()
    {
        foreach (var (name, json) in SgiCorpus.All)
        {
            // Act
            var answers = Parse(json);
            var written = JsonSerializer.Serialize(answers, SgiCheckJson.Options);

            // Assert
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"{name}: {written}");
        }
    }

    [Fact]
    public void Answers_Deserialise_WithTheOptions_EvenWhenKindIsNotFirst()
    {
        var json = """{"situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","employment":"unemployed","next":[{"from":"2026-03-16","status":"forhinder","hoursPerWeek":40,"kind":"af-registration"}]}""";

        var answers = JsonSerializer.Deserialize<Answers>(json, SgiCheckJson.Options)!;

        var step = Assert.IsType<AfRegistrationStep>(Assert.Single(answers.Next));
        Assert.Equal(AfStatus.Forhinder, step.Status);
        Assert.Null(answers.AsOf);
    }

    [Fact]
    public void Answers_LeaveOutOptionalFields()
    {
        var answers = Parse(SgiCorpus.NothingYet) with { SgiHoursPerWeek = null };

        var text = JsonSerializer.Serialize(answers, SgiCheckJson.Options);

        Assert.Equal(
            """{"asOf":"2026-03-13","situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","employment":"unemployed","next":[]}""",
            text);
    }
}
