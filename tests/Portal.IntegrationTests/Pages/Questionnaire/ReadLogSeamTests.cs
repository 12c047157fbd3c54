using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.IntegrationTests.Api;
using Portal.IntegrationTests.Pages.Staff;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>
/// The seam between the citizen's questionnaire, the handläggare's answers page and the case API: every read of the
/// answers on the staff side shows in the citizen's read log, by role and time, never by name.
/// </summary>
public sealed class ReadLogSeamTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task CitizenSubmits_HandlaggareOpens_CaseSystemReads_ReadLogShowsExactlyThoseTwoReads()
    {
        // Arrange: the case system books the meeting for Anna, the citizen opens the link and submits through the pages
        await _app.SeedStaffAsync();
        var caseSystem = _app.CreateBrowserLikeClient().WithToken(await _app.TokenAsync(StaffTestData.Anna.UserName));
        var created = await caseSystem.PostAsJsonAsync("/api/v1/meetings", new { type = "omstallningsmote", startsAt = _app.Clock.GetUtcNow().AddDays(6), channel = "video", personnummer = QuestionnaireTestData.Tolvan, name = "Tolvan Tolvansson" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var meetingId = body.GetProperty("id").GetGuid();
        var token = body.GetProperty("link").GetString()!.Split("/mote/")[1];
        var citizen = new FormClient(_app.CreateBrowserLikeClient());
        var identified = await citizen.SubmitAsync("/mote/" + token, ("Personnummer", QuestionnaireTestData.Tolvan));
        var invitationId = Guid.Parse(FormClient.Location(identified)!.Split('/')[2]);
        var invitation = new TestInvitation(meetingId, invitationId, token, QuestionnaireTestData.Tolvan);
        await QuestionnaireJourneyTests.AnswerEverythingAsync(citizen, invitation);
        var submitted = await citizen.SubmitAsync(invitation.Form("/kontrollera"));
        Assert.Equal(invitation.Form("/klart"), FormClient.Location(submitted));
        var (_, before) = await citizen.GetAsync(invitation.Form("/lasningar"));

        // Act: Anna opens the answers at 10.05 Swedish time, the case system reads them at 10.12 (within the citizen's session)
        _app.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero));
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);
        var (viewed, _) = await anna.GetAsync($"/handlaggare/moten/{meetingId}");
        _app.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 12, 0, TimeSpan.Zero));
        var read = await caseSystem.GetAsync($"/api/v1/meetings/{meetingId}/answers");
        var (logResponse, log) = await citizen.GetAsync(invitation.Form("/lasningar"));

        // Assert
        Assert.Contains("Ingen har läst dina svar än.", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, viewed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, logResponse.StatusCode);
        var rows = log.QuerySelectorAll("main table tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .ToList();
        Assert.Equal(
            [
                ["måndag 23 november 2026 kl. 10.12", "Försäkringskassans ärendesystem"],
                ["måndag 23 november 2026 kl. 10.05", "En handläggare på Försäkringskassan"],
            ],
            rows);
        Assert.Equal(["När", "Vem läste"], log.QuerySelectorAll("main table thead th").Select(h => h.TextContent.Trim()));
        var page = log.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Ingen har läst", page, StringComparison.Ordinal);
        foreach (var name in new[] { StaffTestData.Anna.DisplayName, StaffTestData.Anna.UserName, StaffTestData.Anna.Id, "Tolvan" })
        {
            Assert.DoesNotContain(name, page, StringComparison.OrdinalIgnoreCase);
        }
    }
}
