using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.Staff;
using Portal.IntegrationTests.Pages.Staff.AfMeetings;
using Portal.Web.Features.CaseSystems;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// Issue 18: the API for Arbetsförmedlingen's case system (/api/v1/af/meetings, scope meetings.af.read). It gives what
/// the AF pages give: the meetings the acting AF handläggare takes part in, and the answers only while the person's
/// consent is yes (also when withdrawn on a second instance), each read one audit event in the same transaction, shown
/// in the person's read log as Arbetsförmedlingen's; no FK notes or SGI assessment; skyddade personuppgifter as on the pages.
/// </summary>
public sealed class AfCaseApiTests : IDisposable
{
    private const string OwnWords = "Hur skriver jag in mig hos Arbetsförmedlingen?";

    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private Task<HttpClient> HannaAsync(PortalAppFactory? app = null) => (app ?? _app).CaseApiClientAsync(AfTestData.Hanna.UserName, ApiPolicies.AfReadScope);

    private string ListUrl()
    {
        var now = _app.Clock.GetUtcNow();
        return $"/api/v1/af/meetings?from={Uri.EscapeDataString(now.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(now.AddDays(30).ToString("O"))}";
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string Raw, string? MediaType)> GetAsync(HttpClient api, string url)
    {
        using var response = await api.GetAsync(url);
        var raw = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(raw).RootElement.Clone(), raw, response.Content.Headers.ContentType?.MediaType);
    }

    private static IEnumerable<string> AnswerTexts(JsonElement body) =>
        body.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("answers").EnumerateArray()).Select(a => a.GetProperty("answer").GetString()!);

    [Fact]
    public async Task List_GivesOnlyTheMeetingsTheAfHandlaggareTakesPartIn_WithConsentAndWhetherAnswersAreShared_AndNoFkData()
    {
        // Arrange
        var given = (await _app.CreateAfMeetingAsync(name: "Gun Givet")).MeetingId;
        await _app.SubmitWithConsentAsync(given, consent: true);
        var refused = (await _app.CreateAfMeetingAsync(name: "Nils Nej")).MeetingId;
        await _app.SubmitWithConsentAsync(refused, consent: false);
        var notSent = (await _app.CreateAfMeetingAsync(name: "Inga Inget")).MeetingId;
        var otherOfficer = (await _app.CreateAfMeetingAsync(name: "Olle Annan", afCaseOfficerId: "someone-else-at-af")).MeetingId;
        var fkOnly = (await _app.CreateAfMeetingAsync(name: "Fia Fk", afCaseOfficerId: null)).MeetingId;
        using var api = await HannaAsync();

        // Act
        var (status, list, raw, _) = await GetAsync(api, ListUrl());

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        var items = list.EnumerateArray().ToDictionary(m => m.GetProperty("id").GetGuid());
        Assert.Equal(new[] { given, refused, notSent }.Order(), items.Keys.Order());
        Assert.DoesNotContain(otherOfficer.ToString(), raw, StringComparison.Ordinal);
        Assert.DoesNotContain(fkOnly.ToString(), raw, StringComparison.Ordinal);
        Assert.Equal(("given", true), (items[given].GetProperty("consent").GetString(), items[given].GetProperty("answersShared").GetBoolean()));
        Assert.Equal(("refused", false), (items[refused].GetProperty("consent").GetString(), items[refused].GetProperty("answersShared").GetBoolean()));
        Assert.Equal(("not-answered", false), (items[notSent].GetProperty("consent").GetString(), items[notSent].GetProperty("answersShared").GetBoolean()));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), items[given].GetProperty("consentChangedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, items[notSent].GetProperty("consentChangedAt").ValueKind);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), items[given].GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(("omstallningsmote", "video", "Gun Givet"), (items[given].GetProperty("type").GetString(), items[given].GetProperty("channel").GetString(), items[given].GetProperty("name").GetString()));
        Assert.Equal(
            ["answersShared", "cancelled", "channel", "consent", "consentChangedAt", "id", "name", "protectedIdentity", "startsAt", "type"],
            items[given].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Answers_ConsentYes_WithdrawnOnASecondInstance_ThenGivenAgain_OneReadEventPerRead()
    {
        // Arrange: the person says yes in the questionnaire; AF's case system reads from the first instance
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        using var api = await HannaAsync();
        using var second = new PortalAppFactory(_app);
        var citizen = await second.SignInAsync(invitation);
        var consentPage = invitation.Form("/inbjudan/samtycke");
        var url = $"/api/v1/af/meetings/{invitation.MeetingId}/answers";

        // Act and assert: yes, the answers come
        var (yesStatus, yes, _, _) = await GetAsync(api, url);
        Assert.Equal(HttpStatusCode.OK, yesStatus);
        Assert.Contains(OwnWords, AnswerTexts(yes));
        Assert.Equal(("given", 1), (yes.GetProperty("consent").GetString(), yes.GetProperty("submission").GetInt32()));

        // The person withdraws on the second instance: the next read on the first is refused, with the state
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        second.Clock.Set(_app.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync(consentPage, ("Choice", "nej"))).StatusCode);
        var (withdrawnStatus, withdrawn, withdrawnRaw, mediaType) = await GetAsync(api, url);
        Assert.Equal(HttpStatusCode.Forbidden, withdrawnStatus);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal("Personen har återkallat sitt samtycke", withdrawn.GetProperty("title").GetString());
        Assert.Equal("withdrawn", withdrawn.GetProperty("consent").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero), withdrawn.GetProperty("consentChangedAt").GetDateTimeOffset());
        Assert.DoesNotContain(OwnWords, withdrawnRaw, StringComparison.Ordinal);
        var (_, listWithdrawn, _, _) = await GetAsync(api, ListUrl());
        Assert.Equal(("withdrawn", false), (listWithdrawn[0].GetProperty("consent").GetString(), listWithdrawn[0].GetProperty("answersShared").GetBoolean()));

        // Given again: the answers come again
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync(consentPage, ("Choice", "ja"))).StatusCode);
        var (againStatus, again, _, _) = await GetAsync(api, url);
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Contains(OwnWords, AnswerTexts(again));

        // One read event per read with answers, none for the refused one, none as the page's event
        Assert.Equal(2, (await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAfCaseSystem)).Count);
        Assert.Empty(await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAf));
    }

    [Theory]
    [InlineData(false, "refused", "Personen har inte sagt ja till att dela svaren")]
    [InlineData(null, "not-answered", "Personen har inte sagt ja till att dela svaren")]
    public async Task Answers_WithoutConsent_Are403WithTheConsentState_AndNoReadEvent(bool? consent, string state, string title)
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync();
        if (consent is { } yes)
        {
            await _app.SubmitWithConsentAsync(invitation.MeetingId, yes);
        }

        using var api = await HannaAsync();

        // Act
        var (status, problem, raw, mediaType) = await GetAsync(api, $"/api/v1/af/meetings/{invitation.MeetingId}/answers");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(state, problem.GetProperty("consent").GetString());
        Assert.Contains("Arbetsförmedlingen", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(OwnWords, raw, StringComparison.Ordinal);
        Assert.Empty(await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAfCaseSystem));
    }

    [Fact]
    public async Task Answers_OfAnotherAfOfficersMeeting_OrAnFkOnlyMeeting_Are404_AndReadNothing()
    {
        // Arrange: both with consent and answers
        var other = (await _app.CreateAfMeetingAsync(afCaseOfficerId: "someone-else-at-af")).MeetingId;
        await _app.SubmitWithConsentAsync(other, consent: true);
        var fkOnly = (await _app.CreateAfMeetingAsync(afCaseOfficerId: null)).MeetingId;
        await _app.SubmitWithConsentAsync(fkOnly, consent: true);
        using var api = await HannaAsync();

        foreach (var id in new[] { other, fkOnly, Guid.NewGuid() })
        {
            // Act
            var (status, problem, raw, _) = await GetAsync(api, $"/api/v1/af/meetings/{id}/answers");

            // Assert
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("Mötet finns inte", problem.GetProperty("title").GetString());
            Assert.DoesNotContain(OwnWords, raw, StringComparison.Ordinal);
            Assert.Empty(await _app.EventsAsync(id, AuditEventType.AnswersReadByAfCaseSystem));
        }
    }

    [Theory]
    [InlineData("/api/v1/af/meetings?from=igar&to=idag", "Tidsintervallet behöver rättas")]
    [InlineData("/api/v1/af/meetings?from=2026-11-01T00:00:00Z", "Tidsintervallet behöver rättas")]
    [InlineData("/api/v1/af/meetings", "Tidsintervallet behöver rättas")]
    [InlineData("/api/v1/af/meetings?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", "Tidsintervallet behöver rättas")]
    [InlineData("/api/v1/af/meetings?from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z", "Tidsintervallet behöver rättas")]
    [InlineData("/api/v1/af/meetings?from=2026-13-45T99:00:00Z&to=2026-12-01T00:00:00Z", "Tidsintervallet behöver rättas")]
    [InlineData("/api/v1/af/meetings/inte-ett-guid/answers", "Mötets id behöver rättas")]
    [InlineData("/api/v1/af/meetings/3f2504e0-4f89-11d3-9a0c/answers", "Mötets id behöver rättas")]
    public async Task BadInput_GetsA400ProblemInSwedish_NeverA500(string url, string title)
    {
        // Arrange
        using var api = await HannaAsync();

        // Act
        var (status, problem, _, mediaType) = await GetAsync(api, url);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task ProtectedIdentity_NoNameInTheList_AndAnswers403WithoutThePermission_AndNoReadEvent()
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync(protectedIdentity: true, name: "Sara Skyddad");
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        using var api = await HannaAsync();

        // Act
        var (_, list, listRaw, _) = await GetAsync(api, ListUrl());
        var (status, problem, raw, _) = await GetAsync(api, $"/api/v1/af/meetings/{invitation.MeetingId}/answers");

        // Assert
        var item = Assert.Single(list.EnumerateArray());
        Assert.True(item.GetProperty("protectedIdentity").GetBoolean());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("name").ValueKind);
        Assert.False(item.GetProperty("answersShared").GetBoolean());
        Assert.DoesNotContain("Sara", listRaw, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Svaren är skyddade", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("Sara", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(OwnWords, raw, StringComparison.Ordinal);
        Assert.Empty(await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAfCaseSystem));
    }

    [Fact]
    public async Task FkNotesAndTheSgiAssessment_AreNeverInTheAnswers()
    {
        // Arrange: Anna writes a private note on the answers page; the person consents
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);
        var note = await anna.PostToAsync($"/handlaggare/moten/{invitation.MeetingId}", $"/handlaggare/moten/{invitation.MeetingId}?handler=Note", ("Note", "Privat anteckning för FK"));
        using var api = await HannaAsync();

        // Act
        var (status, body, raw, _) = await GetAsync(api, $"/api/v1/af/meetings/{invitation.MeetingId}/answers");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(OwnWords, AnswerTexts(body));
        Assert.DoesNotContain("Privat anteckning", raw, StringComparison.Ordinal);
        Assert.Equal(
            ["channel", "consent", "consentChangedAt", "meetingId", "name", "sections", "startsAt", "submission", "submittedAt", "type"],
            body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AReadThroughTheApi_ShowsInThePersonsReadLog_AsAHandlaggarePaArbetsformedlingen()
    {
        // Arrange: the person consents; AF's case system reads at 10.20 Swedish time
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        var citizen = await _app.SignInAsync(invitation);
        _app.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 20, 0, TimeSpan.Zero));
        using var api = await HannaAsync();

        // Act
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/af/meetings/{invitation.MeetingId}/answers")).StatusCode);
        var (response, log) = await citizen.GetAsync(invitation.Form("/lasningar"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = log.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([["måndag 23 november 2026 kl. 10.20", "En handläggare på Arbetsförmedlingen"]], rows);
        foreach (var name in new[] { AfTestData.Hanna.DisplayName, AfTestData.Hanna.UserName, "Testsystem" })
        {
            Assert.DoesNotContain(name, log.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheReadEvent_IsWrittenInTheTransactionThatReadsTheConsent()
    {
        // Arrange
        var commands = new CommandRecorder();
        using var app = new PortalAppFactory();
        app.Interceptors.Add(commands);
        var invitation = await app.CreateAfMeetingAsync();
        await app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        using var api = await HannaAsync(app);

        // Act
        commands.Clear();
        using var response = await api.GetAsync($"/api/v1/af/meetings/{invitation.MeetingId}/answers");
        var seen = commands.Seen;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var consentRead = seen.First(c => c.Text.Contains("FROM \"Meetings\"", StringComparison.Ordinal));
        var eventWrite = Assert.Single(seen, c => c.Text.Contains("INSERT INTO \"AuditEvents\"", StringComparison.Ordinal));
        Assert.NotNull(consentRead.Transaction);
        Assert.Same(consentRead.Transaction, eventWrite.Transaction);
        Assert.Single(await app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAfCaseSystem));
    }

    [Fact]
    public async Task AnAccountThatLostTheAfRole_Gets403_OnEveryEndpoint()
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        using var api = await HannaAsync();
        var url = $"/api/v1/af/meetings/{invitation.MeetingId}/answers";
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(url)).StatusCode);

        // Act: an Administratör takes the role away; the token is still valid
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var hanna = (await users.FindByNameAsync(AfTestData.Hanna.UserName))!;
            Assert.True((await users.RemoveFromRoleAsync(hanna, StaffRoles.AfHandlaggare)).Succeeded);
        }

        var (answersStatus, answers, _, _) = await GetAsync(api, url);
        var (listStatus, _, _, _) = await GetAsync(api, ListUrl());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, answersStatus);
        Assert.Equal("Behörighet saknas", answers.GetProperty("title").GetString());
        Assert.Contains("handläggare på Arbetsförmedlingen", answers.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, listStatus);
        Assert.Single(await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAfCaseSystem));
    }

    [Fact]
    public async Task TheDemoAfCaseSystem_GetsATokenWithTheReadmeSecret_ListsAndReadsTheDemoJointMeeting()
    {
        // Arrange: Development, with the demo data; the demo person of the gemensam kartläggning sends answers with yes
        using var app = new PortalAppFactory { EnvironmentName = "Development" };
        var ali = await app.WithDbAsync(db => db.Meetings.Where(m => m.IsDemo && m.AfCaseOfficerId == AfTestData.Hanna.Id).Select(m => m.Id).SingleAsync());
        await app.SubmitWithConsentAsync(ali, consent: true);

        // Act: as the README's curl does, over http on a development machine
        using var http = app.CreateBrowserLikeClient();
        using var tokenResponse = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = CaseSystemsSetup.DemoAfClientId,
            ["client_secret"] = CaseSystemsSetup.DemoAfSecret,
        }));
        var token = await TestTokens.AccessTokenOf(tokenResponse);
        using var api = app.CreateBrowserLikeClient().WithToken(token);
        var now = app.Clock.GetUtcNow();
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/af/meetings?from={Uri.EscapeDataString(now.ToString("O"))}&to={Uri.EscapeDataString(now.AddDays(90).ToString("O"))}");
        var (status, answers, _, _) = await GetAsync(api, $"/api/v1/af/meetings/{ali}/answers");
        using var fkEndpoint = await api.GetAsync($"/api/v1/meetings/{ali}/answers");

        // Assert
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal((ali, "gemensam-kartlaggning", true), (item.GetProperty("id").GetGuid(), item.GetProperty("type").GetString(), item.GetProperty("answersShared").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(OwnWords, AnswerTexts(answers));
        Assert.Equal(HttpStatusCode.Forbidden, fkEndpoint.StatusCode);
        using var scope = app.Services.CreateScope();
        var system = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CaseSystems.SingleAsync(s => s.ClientId == CaseSystemsSetup.DemoAfClientId);
        Assert.Equal(("Demo-ärendesystem för Arbetsförmedlingen", AfTestData.Hanna.Id, ApiPolicies.AfReadScope), (system.Name, system.ActsForUserId, system.Scopes));
    }
}
