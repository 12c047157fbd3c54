using Portal.TestSupport;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>Every page type of the pre-meeting questionnaire, in its normal and its error states, passes the Nu HTML Checker.</summary>
public sealed class QuestionnaireHtmlValidityTests : IDisposable
{
    private static readonly string[] Sections = ["motet", "situation", "planer", "halsa", "stod", "samtycke"];

    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EveryQuestionnairePage_PassesTheNuHtmlChecker()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var pages = new Dictionary<string, string>();
        var anonymous = new FormClient(_app.CreateBrowserLikeClient());
        pages["link"] = await HtmlAsync(anonymous, invitation.Link);
        var wrong = await anonymous.SubmitAsync(invitation.Link, ("Personnummer", "19121212-1213"));
        pages["link with wrong personnummer"] = await wrong.Content.ReadAsStringAsync();
        pages["link not valid"] = await HtmlAsync(anonymous, "/formular/lanken-fungerar-inte");
        var client = await _app.SignInAsync(invitation);

        // Act
        pages["start"] = await HtmlAsync(client, invitation.Form());
        foreach (var section in Sections)
        {
            pages["section " + section] = await HtmlAsync(client, invitation.Form("/steg/" + section));
        }

        var (_, motet) = await client.GetAsync(invitation.Form("/steg/motet"));
        var invalid = await client.SubmitAsync(motet, invitation.Form("/steg/motet"), ("kanal", "helikopter"));
        pages["section with errors"] = await invalid.Content.ReadAsStringAsync();
        await QuestionnaireJourneyTests.AnswerEverythingAsync(client, invitation);
        pages["check answers"] = await HtmlAsync(client, invitation.Form("/kontrollera"));
        pages["my answers"] = await HtmlAsync(client, invitation.Form("/mina-svar"));
        pages["read log"] = await HtmlAsync(client, invitation.Form("/lasningar"));
        pages["delete"] = await HtmlAsync(client, invitation.Form("/radera"));
        var (_, check) = await client.GetAsync(invitation.Form("/kontrollera"));
        await client.SubmitAsync(check, invitation.Form("/kontrollera"));
        pages["confirmation"] = await HtmlAsync(client, invitation.Form("/klart"));
        var errors = await HtmlChecker.ErrorsAsync(pages);

        // Assert
        Assert.Equal(16, pages.Count);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static async Task<string> HtmlAsync(FormClient client, string url)
    {
        var (response, _) = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} gave {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
