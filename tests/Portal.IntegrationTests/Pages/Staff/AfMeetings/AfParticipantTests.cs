using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Api;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;

namespace Portal.IntegrationTests.Pages.Staff.AfMeetings;

/// <summary>
/// Step one of issue 18: the FK handläggare names a handläggare from Arbetsförmedlingen on the meetings AF takes part in
/// (page and case API), never on a kontaktmöte; the questionnaire's answer sets the meeting's consent, with its time.
/// </summary>
public sealed class AfParticipantTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static (string, string)[] MeetingFields(string type, string? af) =>
    [
        ("Input.Type", type), ("Input.Date", "2026-11-30"), ("Input.Time", "10.00"), ("Input.Channel", MeetingChannels.Video),
        ("Input.Personnummer", "19121212-1212"), ("Input.Name", "Tolvan Tolvansson"), ("Input.AfCaseOfficer", af ?? ""),
    ];

    [Fact]
    public async Task CreatePage_ListsAfHandlaggare_AndStoresTheOneChosen_OnAnOmstallningsmote()
    {
        // Arrange
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);

        // Act
        var (_, form) = await anna.GetAsync("/handlaggare/moten/nytt");
        var created = await anna.SubmitAsync(form, "/handlaggare/moten/nytt", MeetingFields(MeetingTypes.Omstallningsmote, "hanna.af"));

        // Assert
        Assert.Equal(["", "hanna.af", "olle.af"], form.QuerySelectorAll("select#af option").Select(o => o.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var meeting = await _app.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync());
        Assert.Equal(DemoData.AfCaseOfficerId, meeting.AfCaseOfficerId);
        Assert.Equal(AfConsent.NotAnswered, meeting.AfConsent);
        var (_, answers) = await anna.GetAsync($"/handlaggare/moten/{meeting.Id}");
        Assert.Contains("Hanna Arbetsförmedlare", answers.QuerySelector("[data-af-consent]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("not-answered", answers.QuerySelector("[data-af-consent]")!.GetAttribute("data-af-consent"));
    }

    [Theory]
    [InlineData(MeetingTypes.Kontaktmote, "hanna.af", "Arbetsförmedlingen deltar inte i ett kontaktmöte.")]
    [InlineData(MeetingTypes.GemensamKartlaggning, "anna.handlaggare", "Det finns ingen handläggare på Arbetsförmedlingen med det användarnamnet.")]
    public async Task CreatePage_RefusesAnAfParticipant_WithASwedishError_AndCreatesNothing(string type, string af, string error)
    {
        // Arrange
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);

        // Act
        var response = await anna.SubmitAsync("/handlaggare/moten/nytt", MeetingFields(type, af));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("select#af")!.GetAttribute("aria-invalid"));
        Assert.False(await _app.WithDbAsync(db => db.Meetings.AnyAsync()));
    }

    [Fact]
    public async Task CaseApi_AcceptsAnAfParticipant_OnAGemensamKartlaggning_AndRefusesItOnAKontaktmote()
    {
        // Arrange
        await _app.SeedStaffAsync();
        var api = _app.CreateBrowserLikeClient().WithToken(await _app.TokenAsync(StaffTestData.Anna.UserName));
        object Body(string type, string af) => new { type, startsAt = _app.Clock.GetUtcNow().AddDays(6), channel = "telefon", personnummer = "19121212-1212", name = "Tolvan Tolvansson", afCaseOfficer = af };

        // Act
        var refused = await api.PostAsJsonAsync("/api/v1/meetings", Body(MeetingTypes.Kontaktmote, "hanna.af"));
        var unknown = await api.PostAsJsonAsync("/api/v1/meetings", Body(MeetingTypes.Omstallningsmote, "ingen.alls"));
        var created = await api.PostAsJsonAsync("/api/v1/meetings", Body(MeetingTypes.GemensamKartlaggning, "hanna.af"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Arbetsförmedlingen deltar inte i ett kontaktmöte.", problem.GetProperty("errors").GetProperty("afCaseOfficer")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("afCaseOfficer", out _));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(DemoData.AfCaseOfficerId, (await _app.MeetingAsync(id)).AfCaseOfficerId);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task QuestionnaireAnswer_SetsTheConsent_AChangedAnswerWithdrawsIt_AnUnchangedOneKeepsIt()
    {
        // Arrange
        var meeting = (await _app.CreateAfMeetingAsync()).MeetingId;

        // Act and assert: yes at 10.00
        await _app.SubmitWithConsentAsync(meeting, consent: true);
        var given = await _app.MeetingAsync(meeting);
        Assert.Equal(AfConsent.Given, given.AfConsent);
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime, given.AfConsentChangedUtc);

        // The same answer again an hour later: nothing changes
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await _app.SubmitAnswersAsync(meeting, new Dictionary<string, string[]> { ["egna-fragor"] = ["En fråga till"] });
        Assert.Equal(given.AfConsentChangedUtc, (await _app.MeetingAsync(meeting)).AfConsentChangedUtc);

        // No instead: withdrawn, then yes again
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await _app.SubmitWithConsentAsync(meeting, consent: false);
        var withdrawn = await _app.MeetingAsync(meeting);
        Assert.Equal(AfConsent.Withdrawn, withdrawn.AfConsent);
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime, withdrawn.AfConsentChangedUtc);
        await _app.SubmitWithConsentAsync(meeting, consent: true);
        Assert.Equal(AfConsent.Given, (await _app.MeetingAsync(meeting)).AfConsent);
        var events = await _app.EventsAsync(meeting, AuditEventType.AfConsentChanged);
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Contains("\"Source\":\"Questionnaire\"", e.PayloadJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuestionnaireNo_WithoutAnEarlierYes_IsRefusedNotWithdrawn()
    {
        // Arrange
        var meeting = (await _app.CreateAfMeetingAsync()).MeetingId;

        // Act
        await _app.SubmitWithConsentAsync(meeting, consent: false);

        // Assert
        Assert.Equal(AfConsent.Refused, (await _app.MeetingAsync(meeting)).AfConsent);
    }
}
