using System.Net;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>Issue 15, item 10: the questionnaire's start page shows the change cut-off and retention from the settings.</summary>
public sealed class QuestionnaireIntroTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task StartPage_ShowsTheSettingsFigures_NotPlaceholders()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var (response, page) = await client.GetAsync(invitation.Form());

        // Assert: the defaults (Questionnaire:ChangeCutoffHours 24, RetentionDays 30) filled into the intro
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("fram till 24 timmar före mötet", main, StringComparison.Ordinal);
        Assert.Contains("30 dagar efter mötet", main, StringComparison.Ordinal);
        Assert.DoesNotContain("{andra-svar-timmar}", main, StringComparison.Ordinal);
        Assert.DoesNotContain("{radera-svar-dagar}", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishStartPage_ShowsTheSettingsFigures_NotPlaceholders()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var (response, page) = await client.GetAsync("/en" + invitation.Form());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("until 24 hours before the meeting", main, StringComparison.Ordinal);
        Assert.Contains("30 days after the meeting", main, StringComparison.Ordinal);
        Assert.DoesNotContain("{andra-svar-timmar}", main, StringComparison.Ordinal);
        Assert.DoesNotContain("{radera-svar-dagar}", main, StringComparison.Ordinal);
    }
}
