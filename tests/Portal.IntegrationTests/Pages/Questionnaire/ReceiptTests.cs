using System.Net;
using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>The confirmation (/formular/{id}/klart) shows the person's own SGI-skyddskoll result as the checker's result page does.</summary>
public sealed class ReceiptTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Receipt_ShowsTheSgiDeadlineWithDaysLeft_TheActions_AndTheCalendarFile()
    {
        // Arrange: sjukpenning ends on 30 November, not registered at Arbetsförmedlingen (today is 23 November 2026)
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await QuestionnaireJourneyTests.AnswerEverythingAsync(client, invitation);
        var (_, situation) = await client.GetAsync(invitation.Form("/steg/situation"));
        var saved = await client.SubmitAsync(situation, invitation.Form("/steg/situation"),
            ("beslut", "sjukpenning-ended"), ("sista-dag", "2026-11-30"), ("beslutsdatum", "2026-11-10"), ("sysselsattning", "unemployed"),
            ("har-sgi", "yes"), ("sgi-timmar", "40"), ("af-inskriven", "nej"), ("sanktion", "nej"),
            ("shown", "beslut,sista-dag,beslutsdatum,sysselsattning,har-sgi,sgi-timmar,af-inskriven,sanktion"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await client.SubmitAsync(invitation.Form("/kontrollera"));

        // Act
        var (response, done) = await client.GetAsync(invitation.Form("/klart"));
        var calendarLink = done.QuerySelector("a[href*='handler=ics']");
        var calendar = calendarLink is null ? null : await client.Http.GetAsync(calendarLink.GetAttribute("href"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = done.QuerySelector(".sgi-verdict");
        Assert.NotNull(verdict);
        Assert.False(string.IsNullOrWhiteSpace(verdict.QuerySelector(".message-box__heading")?.TextContent));
        var deadline = done.QuerySelector(".sgi-deadline")?.TextContent ?? "";
        var match = Regex.Match(deadline, @"Gör nästa steg senast \w+ (\d+) (\w+) 2026\.\s+Det är (\d+) dagar kvar\.");
        Assert.True(match.Success, "No deadline with days left on the receipt: " + done.QuerySelector("main")!.TextContent);
        Assert.NotEmpty(done.QuerySelectorAll("ol.sgi-actions > li"));
        Assert.NotNull(calendar);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        var ics = await calendar.Content.ReadAsStringAsync();
        var deadlineDay = new DateOnly(2026, match.Groups[2].Value == "november" ? 11 : 12, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"DTSTART;VALUE=DATE:{deadlineDay:yyyyMMdd}", ics, StringComparison.Ordinal);
        Assert.Equal(deadlineDay.DayNumber - new DateOnly(2026, 11, 23).DayNumber, int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Receipt_WithAPassedDeadline_SaysItInTheCheckersWords_AndOffersNoCalendarFile()
    {
        // Arrange: sjukpenning ended on 10 November, not registered at Arbetsförmedlingen (today is 23 November 2026)
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await QuestionnaireJourneyTests.AnswerEverythingAsync(client, invitation);
        var (_, situation) = await client.GetAsync(invitation.Form("/steg/situation"));
        var saved = await client.SubmitAsync(situation, invitation.Form("/steg/situation"),
            ("beslut", "sjukpenning-ended"), ("sista-dag", "2026-11-10"), ("beslutsdatum", "2026-11-02"), ("sysselsattning", "unemployed"),
            ("har-sgi", "yes"), ("sgi-timmar", "40"), ("af-inskriven", "nej"), ("sanktion", "nej"),
            ("shown", "beslut,sista-dag,beslutsdatum,sysselsattning,har-sgi,sgi-timmar,af-inskriven,sanktion"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await client.SubmitAsync(invitation.Form("/kontrollera"));

        // Act
        var (response, done) = await client.GetAsync(invitation.Form("/klart"));

        // Assert: the checker's sentence for a passed day, no text key shown as it is, no calendar file for the past
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = done.QuerySelector(".sgi-deadline")?.TextContent ?? "";
        Assert.Contains("Sista dagen för nästa steg var", deadline, StringComparison.Ordinal);
        Assert.DoesNotContain("result.", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector("a[href*='handler=ics']"));
    }
}
