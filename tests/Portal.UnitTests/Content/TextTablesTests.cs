using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Localization;

namespace Portal.UnitTests.Content;

/// <summary>Every text table reads in every language, with no text missing, and lättläst falls back to Swedish.</summary>
public sealed class TextTablesTests
{
    public static TheoryData<string> LanguageCodes() => new(Languages.All.Select(l => l.Code));

    [Theory]
    [MemberData(nameof(LanguageCodes))]
    public void EveryTable_ReadsInEveryLanguage(string code)
    {
        // Arrange
        var language = Languages.Get(code);

        // Act
        var ui = UiText.For(language);
        var journey = QuestionnaireJourneyText.For(language);
        var messages = QuestionnaireText.For(language);
        var invitation = InvitationText.For(language);

        // Assert: a table with a missing text throws when read; these are some of each
        Assert.NotEmpty(ui.ServiceName);
        Assert.NotEmpty(ui.FooterSlugs.Privacy);
        Assert.Equal(6, ui.Sections.Count);
        Assert.NotEmpty(journey.IdentifyTitle);
        Assert.NotEmpty(messages.Required);
        Assert.NotEmpty(invitation.Title);
        Assert.NotEmpty(invitation.Checklist);
    }

    [Fact]
    public void EasySwedish_HasItsOwnWordsAndTheSwedishRest()
    {
        // Act
        var swedish = UiText.For(Languages.Swedish);
        var easy = UiText.For(Languages.EasySwedish);

        // Assert
        Assert.Equal("Lättläst", easy.HomeCrumb);
        Assert.Equal("Skriv ett ord som du vill söka efter.", easy.SearchEmpty);
        Assert.Equal(swedish.SkipLink, easy.SkipLink);
        Assert.Equal(swedish.Sections, easy.Sections);
        Assert.Equal("Svara på frågan.", QuestionnaireText.For(Languages.EasySwedish).Required);
        Assert.Equal("Answer the question.", QuestionnaireText.For(Languages.English).Required);
        Assert.Equal("Kolla om din SGI är skyddad", easy.SgiCheckButton);
    }
}
