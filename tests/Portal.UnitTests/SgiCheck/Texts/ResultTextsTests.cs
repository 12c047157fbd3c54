using System.Text.Json;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Texts;
using static Portal.UnitTests.SgiCheck.AnswersJson;

namespace Portal.UnitTests.SgiCheck.Texts;

public sealed class ResultTextsTests
{
    private static readonly string[] Languages = ["sv", "en"];

    [Fact]
    public void Render_FillsSummaryActionsAndNotes_InSwedish()
    {
        // Arrange
        var templates = SgiTextsFile.Load("sv").Texts;
        var result = Check(SgiCorpus.NothingYet);

        // Act
        var rendered = ResultTexts.Render(result, templates, "sv");

        // Assert
        Assert.Equal(
            "Din SGI är inte skyddad än. Skriv in dig hos Arbetsförmedlingen som aktivt arbetssökande senast lördag 14 mars 2026, eller se till att något annat skydd börjar då. Du kan skriva in dig på nätet alla dagar.",
            rendered.Summary);
        var register = rendered.Actions.Single(a => a.Code == TextCodes.RegisterAf);
        Assert.StartsWith("Skriv in dig hos Arbetsförmedlingen som aktivt arbetssökande senast lördag 14 mars 2026.", register.Text, StringComparison.Ordinal);
        Assert.Equal("https://arbetsformedlingen.se", register.Url);
        Assert.Equal("/skydda-din-sgi", rendered.Actions.Single(a => a.Code == TextCodes.ReadGuide).Url);
        Assert.All(rendered.LegalBasis, l => Assert.Equal(templates[l.NoteCode], l.Note));
        Assert.Equal("", result.Summary);
    }

    [Fact]
    public void Render_InEnglish_UsesEnglishDatesAndPages()
    {
        // Arrange
        var templates = SgiTextsFile.Load("en").Texts;
        var result = Check(SgiCorpus.NotProtected2025);

        // Act
        var rendered = ResultTexts.Render(result, templates, "en");

        // Assert
        Assert.StartsWith("From what you have told us", rendered.Summary, StringComparison.Ordinal);
        Assert.Contains("14,112 kronor a year (for 2025)", rendered.Actions.Single(a => a.Code == TextCodes.NewSgi).Text, StringComparison.Ordinal);
        Assert.Equal("/en/protect-your-sgi", rendered.Actions.Single(a => a.Code == TextCodes.ReadGuide).Url);
        Assert.Equal("/om-du-inte-haller-med", rendered.Actions.Single(a => a.Code == TextCodes.RequestOmprovning).Url);
    }

    [Fact]
    public void Render_ActionParameters_AreFormattedForTheLanguage()
    {
        var result = Check(Ended("2026-03-13", "2026-03-16", Af("2026-03-16", hours: "20"), sgiHours: "37.5"));

        var sv = ResultTexts.Render(result, SgiTextsFile.Load("sv").Texts, "sv");
        var en = ResultTexts.Render(result, SgiTextsFile.Load("en").Texts, "en");

        Assert.StartsWith("Din SGI bygger på 37,5 timmar i veckan, men du söker arbete 20 timmar.", sv.Actions.Single(a => a.Code == TextCodes.SeekSgiHours).Text, StringComparison.Ordinal);
        Assert.StartsWith("Your SGI is based on 37.5 hours a week", en.Actions.Single(a => a.Code == TextCodes.SeekSgiHours).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryResultOfTheCorpusAndTheFlow_LeavesNoPlaceholderAndNoCode()
    {
        // Arrange
        var languages = Languages.ToDictionary(l => l, l => SgiTextsFile.Load(l).Texts);
        var results = SgiCorpus.All.Select(c => Check(c.Json)).ToList();
        using var scenarios = JsonDocument.Parse(File.ReadAllText(SgiTestFiles.ScenariosFile));
        results.AddRange(scenarios.RootElement.GetProperty("scenarios").EnumerateArray()
            .Select(s => Check(s.GetProperty("answers").GetRawText())));

        foreach (var result in results)
        {
            // The engine only emits catalogued codes.
            Assert.Contains(result.SummaryCode, TextCodes.All);
            Assert.All(result.Actions, a => Assert.Contains(a.Code, TextCodes.All));
            Assert.All(result.LegalBasis, l => Assert.Contains(l.NoteCode, TextCodes.All));

            foreach (var (language, templates) in languages)
            {
                // Act
                var rendered = ResultTexts.Render(result, templates, language);

                // Assert
                Assert.DoesNotContain("{", rendered.Summary, StringComparison.Ordinal);
                Assert.NotEqual(result.SummaryCode, rendered.Summary);
                foreach (var action in rendered.Actions)
                {
                    Assert.DoesNotContain("{", action.Text, StringComparison.Ordinal);
                    Assert.NotEqual(action.Code, action.Text);
                }
            }
        }
    }

    [Fact]
    public void Render_MissingTemplate_ShowsTheCode()
    {
        var result = Check(SgiCorpus.OnTime);

        var rendered = ResultTexts.Render(result, new Dictionary<string, string>(), "sv");

        Assert.Equal(result.SummaryCode, rendered.Summary);
        Assert.All(rendered.Actions, a => Assert.Equal(a.Code, a.Text));
    }

    [Theory]
    [InlineData("2026-03-16", "sv", "måndag 16 mars 2026")]
    [InlineData("2026-03-14", "sv", "lördag 14 mars 2026")]
    [InlineData("2026-12-24", "sv", "torsdag 24 december 2026")]
    [InlineData("2026-03-16", "en", "Monday 16 March 2026")]
    [InlineData("2027-01-03", "en", "Sunday 3 January 2027")]
    [InlineData("2026-06-19", "lattlast", "fredag 19 juni 2026")]
    public void FormatDate_WritesTheDateOut(string date, string language, string expected)
    {
        Assert.Equal(expected, ResultTexts.FormatDate(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), language));
    }

    [Theory]
    [InlineData(14208, "sv", "14\u00A0208")]
    [InlineData(14208, "en", "14,208")]
    [InlineData(1000, "sv", "1000")]
    [InlineData(37.5, "sv", "37,5")]
    [InlineData(37.5, "en", "37.5")]
    [InlineData(40, "sv", "40")]
    [InlineData(1234567.25, "en", "1,234,567.25")]
    public void FormatNumber_UsesTheLanguagesSeparators(double value, string language, string expected)
    {
        Assert.Equal(expected, ResultTexts.FormatNumber(value, language));
    }

    [Fact]
    public void FlowValidate_RandomInput_OnlyReturnsKnownErrorCodes()
    {
        // Arrange
        var random = new Random(3);
        var samples = new[] { "", " ", "yes", "no", "unknown", "2026-02-30", "2026-03-16", "1899-01-01", "40", "-3", "200", "3,5", "abc", "2.5", "1e2", "sjukpenning-ended", "af" };
        var answers = new Dictionary<string, string>();
        var seen = new HashSet<string>();

        // Act
        for (var i = 0; i < 3000; i++)
        {
            var node = SgiCheckFlow.All[random.Next(SgiCheckFlow.All.Count)];
            var raw = samples[random.Next(samples.Length)];
            if (SgiCheckFlow.Validate(node.Id, raw, answers, new DateOnly(2026, 3, 20)) is { } code)
            {
                seen.Add(code);
            }
            else
            {
                answers[node.Id] = raw;
            }
        }

        // Assert
        Assert.All(seen, code => Assert.Contains(code, ErrorCodes.All));
        Assert.True(seen.Count >= 10, string.Join(", ", seen));
    }
}
