using System.Net;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>After submitting, a changed answer is not sent until the person submits again: check answers says so.</summary>
public sealed class UnsentChangesTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ChangeAfterSubmit_CheckAnswersSaysTheChangesAreNotSent_AndQuestionsShowNoQuestionMarkColon()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await QuestionnaireJourneyTests.AnswerEverythingAsync(client, invitation);
        var (_, sentCheck) = await client.GetAsync(invitation.Form("/kontrollera"));
        await client.SubmitAsync(sentCheck, invitation.Form("/kontrollera"));

        // Act
        await client.SubmitAsync(invitation.Form("/steg/motet?tillbaka=kontrollera"), ("kanal", "telefon"), ("tolk", "nej"), ("shown", "kanal,tolk,tillganglighet,ta-med"));
        var (response, check) = await client.GetAsync(invitation.Form("/kontrollera"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(sentCheck.QuerySelector(".unsent-changes"));
        Assert.Contains("Du har ändringar som inte är skickade", check.QuerySelector(".unsent-changes")?.TextContent ?? "", StringComparison.Ordinal);
        var terms = check.QuerySelectorAll("dt.definition-list__term").ToList();
        Assert.NotEmpty(terms);
        Assert.All(terms.Where(t => t.TextContent.Trim().EndsWith('?')), t => Assert.Contains("definition-list__term--no-colon", t.ClassList));
    }
}
