using Portal.TestSupport;
using Portal.Web.Features.Questionnaire;

namespace Portal.UnitTests.Questionnaires;

/// <summary>Issue 15, item 10: the intro's change cut-off and retention figures come from the settings, and it says whether answers can weigh in FK's decision.</summary>
public sealed class QuestionnaireIntroTests
{
    private static QuestionnaireDefinition Swedish() =>
        QuestionnaireDefinition.Parse("formote.sv.yml", File.ReadAllText(Path.Combine(TestPaths.Content, "questionnaire", "formote.sv.yml")));

    [Fact]
    public void FillIn_PutsTheConfiguredFiguresInPlaceOfThePlaceholders()
    {
        // Arrange
        var options = new QuestionnaireOptions { ChangeCutoffHours = 48, RetentionDays = 60 };

        // Act
        var text = options.FillIn($"Ändra fram till {QuestionnaireOptions.ChangeCutoffHoursPlaceholder} timmar. Raderas {QuestionnaireOptions.RetentionDaysPlaceholder} dagar efter.");

        // Assert
        Assert.Equal("Ändra fram till 48 timmar. Raderas 60 dagar efter.", text);
    }

    [Fact]
    public void SwedishIntro_TakesBothFiguresFromTheSettings_AndTypesNeither()
    {
        // Arrange
        var intro = Swedish().Intro;
        var options = new QuestionnaireOptions { ChangeCutoffHours = 36, RetentionDays = 45 };

        // Act
        var filled = options.FillIn(intro);

        // Assert
        Assert.DoesNotContain("24 timmar", intro, StringComparison.Ordinal);
        Assert.DoesNotContain("30 dagar", intro, StringComparison.Ordinal);
        Assert.Contains("36 timmar före mötet", filled, StringComparison.Ordinal);
        Assert.Contains("45 dagar efter mötet", filled, StringComparison.Ordinal);
        Assert.DoesNotContain("{", filled, StringComparison.Ordinal);
    }

    [Fact]
    public void SwedishIntro_SaysPlainlyThatAnswersCanBeWeighedInTheDecision()
    {
        // Act
        var intro = Swedish().Intro;

        // Assert
        Assert.Contains("din akt hos Försäkringskassan", intro, StringComparison.Ordinal);
        Assert.Contains("väga in det när de beslutar", intro, StringComparison.Ordinal);
        Assert.DoesNotContain("Inget beslut fattas automatiskt", intro, StringComparison.Ordinal);
    }
}
