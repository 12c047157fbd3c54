using Portal.TestSupport;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Content;

namespace Portal.UnitTests.Questionnaires;

public sealed class QuestionnaireDefinitionTests
{
    private const string Minimal = """
        id: formote
        language: sv
        title: Förbered ditt möte
        intro: Text.
        sections:
          - id: motet
            title: Mötet
            questions:
              - id: tolk
                type: yes-no
                text: Behöver du tolk?
              - id: tolk-sprak
                type: short-text
                text: Vilket språk?
                showIf: { question: tolk, equals: ja }
        """;

    [Theory]
    [InlineData("formote.sv.yml")]
    [InlineData("formote.en.yml")]
    public void RealQuestionnaire_ParsesAndFeedsEverySgiField(string file)
    {
        // Act
        var definition = QuestionnaireDefinition.Parse(file, File.ReadAllText(Path.Combine(TestPaths.Content, "questionnaire", file)));

        // Assert
        Assert.Equal("formote", definition.Id);
        Assert.All(QuestionnaireDefinition.SgiFields.Keys, field => Assert.NotNull(definition.ForSgiField(field)));
        Assert.All(QuestionnaireDefinition.Flags, flag => Assert.NotEmpty(definition.WithFlag(flag)));
        Assert.Equal("yes-no", definition.FindQuestion("dela-med-af")!.Type);
        Assert.True(definition.FindQuestion("dela-med-af")!.Required);
    }

    [Fact]
    public void RealQuestionnaire_SwedishAndEnglishHaveTheSameStructure()
    {
        // Arrange
        QuestionnaireDefinition Load(string lang) => QuestionnaireDefinition.Parse(lang, File.ReadAllText(Path.Combine(TestPaths.Content, "questionnaire", $"formote.{lang}.yml")));
        static string Shape(QuestionnaireDefinition d) => string.Join("|", d.Sections.Select(s => s.Id + ":" + string.Join(",", s.Questions.Select(q =>
            $"{q.Id}/{q.Type}/{q.Required}/{q.Sgi}/{q.Flag}/{q.MaxLength}/{q.Min}/{q.Max}/{q.DateRange}/{q.AllowUnknown}/{q.ShowIf?.Question}={string.Join('+', q.ShowIf?.Values ?? [])}/{string.Join('+', q.Options.Select(o => o.Value))}"))));

        // Act & Assert
        Assert.Equal(Shape(Load("sv")), Shape(Load("en")));
    }

    [Fact]
    public void Parse_Minimal_ReadsConditions()
    {
        // Act
        var definition = QuestionnaireDefinition.Parse("test.yml", Minimal);

        // Assert
        var question = definition.FindQuestion("tolk-sprak")!;
        Assert.Equal("tolk", question.ShowIf!.Question);
        Assert.Equal(["ja"], question.ShowIf.Values);
    }

    [Theory]
    [InlineData("type: yes-no", "type: maybe", "'type' måste vara en av")]
    [InlineData("showIf: { question: tolk, equals: ja }", "showIf: { question: senare, equals: ja }", "inte är en tidigare fråga")]
    [InlineData("showIf: { question: tolk, equals: ja }", "showIf: { question: tolk, equals: kanske }", "showIf-värdet 'kanske' finns inte")]
    [InlineData("id: tolk-sprak", "id: tolk", "id används två gånger")]
    [InlineData("type: short-text", "type: short-text\n        maxLength: 5000", "'maxLength' gäller text")]
    [InlineData("type: short-text", "type: short-text\n        sgi: employment", "sgi: employment måste vara single-choice")]
    [InlineData("type: short-text", "type: short-text\n        flag: famous", "okänd flagga 'famous'")]
    [InlineData("title: Förbered ditt möte", "title: ''", "'title' saknas")]
    [InlineData("type: short-text", "type: short-text\n        unknownKey: 1", "inte giltig YAML")]
    public void Parse_BrokenDefinition_ExplainsWhatIsWrong(string original, string replacement, string expected)
    {
        // Arrange
        var yaml = Minimal.Replace(original, replacement, StringComparison.Ordinal);

        // Act
        var error = Assert.Throws<ContentFormatException>(() => QuestionnaireDefinition.Parse("content/questionnaire/x.yml", yaml));

        // Assert
        Assert.StartsWith("content/questionnaire/x.yml: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
