using System.Net;
using AngleSharp.Html.Dom;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;

namespace Portal.IntegrationTests.Pages.Staff.AfMeetings;

/// <summary>
/// The AF handläggare's pages (issue 18): only the meetings they take part in, the answers only while the person's
/// consent is yes (read from the database on every view, also by a second instance), one audit event per read, shown
/// in the person's read log as "En handläggare på Arbetsförmedlingen"; FK's notes never; skyddade personuppgifter as in FK.
/// Who reaches which page (FK, AF taking part and not, editor, admin, follow-up, anonymous) is in <see cref="RoleMatrixTests"/>.
/// </summary>
public sealed class AfMeetingPagesTests : IDisposable
{
    private const string OwnWords = "Hur skriver jag in mig hos Arbetsförmedlingen?";

    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static string MainText(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task List_ShowsOnlyOwnMeetings_WithTimeChannelAndConsentState()
    {
        // Arrange
        var given = (await _app.CreateAfMeetingAsync(name: "Gun Givet")).MeetingId;
        await _app.SubmitWithConsentAsync(given, consent: true);
        var refused = (await _app.CreateAfMeetingAsync(name: "Nils Nej")).MeetingId;
        await _app.SubmitWithConsentAsync(refused, consent: false);
        var notMine = (await _app.CreateAfMeetingAsync(name: "Olle Annan", afCaseOfficerId: null)).MeetingId;
        var hanna = await _app.SignInAsStaffAsync(AfTestData.Hanna);

        // Act
        var (_, list) = await hanna.GetAsync("/af/moten");

        // Assert
        var rows = list.QuerySelectorAll("main tbody tr").ToList();
        Assert.Equal(new[] { given.ToString(), refused.ToString() }.Order(), rows.Select(r => r.GetAttribute("data-meeting")).Order());
        Assert.DoesNotContain(notMine.ToString(), list.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(["given", "refused"], rows.Select(r => r.GetAttribute("data-af-consent")).Order());
        var row = rows.Single(r => r.GetAttribute("data-meeting") == given.ToString()).TextContent;
        Assert.Contains("28 november 2026 kl. 10:00", row, StringComparison.Ordinal);
        Assert.Contains("video", row, StringComparison.Ordinal);
        Assert.Contains("ändrat 23 november 2026 kl. 10:00", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_Yes_WithdrawnDuringTheAfSession_OnASecondInstance_ThenGivenAgain()
    {
        // Arrange: the person says yes in the questionnaire; Hanna is signed in on the first instance
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        var hanna = await _app.SignInAsStaffAsync(AfTestData.Hanna);
        using var second = new PortalAppFactory(_app);
        var citizen = await second.SignInAsync(invitation);
        var consentPage = invitation.Form("/inbjudan/samtycke");

        // Act and assert: yes, the answers show
        var (_, withConsent) = await hanna.GetAsync($"/af/moten/{invitation.MeetingId}");
        Assert.Contains(OwnWords, MainText(withConsent), StringComparison.Ordinal);

        // The person withdraws on the second instance: the next view on the first shows no answers
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        second.Clock.Set(_app.Clock.GetUtcNow());
        var withdraw = await citizen.SubmitAsync(consentPage, ("Choice", "nej"));
        Assert.Equal(consentPage + "?klart=sparat", FormClient.Location(withdraw));
        var (withdrawnResponse, withdrawn) = await hanna.GetAsync($"/af/moten/{invitation.MeetingId}");
        Assert.Equal(HttpStatusCode.OK, withdrawnResponse.StatusCode);
        Assert.DoesNotContain(OwnWords, MainText(withdrawn), StringComparison.Ordinal);
        Assert.Equal("no-consent", withdrawn.QuerySelector("[data-answers-hidden]")!.GetAttribute("data-answers-hidden"));
        Assert.Contains("Personen har återkallat sitt samtycke.", MainText(withdrawn), StringComparison.Ordinal);
        Assert.Contains("Återkallat", withdrawn.QuerySelector("[data-af-consent]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ändrat 23 november 2026 kl. 10:05", withdrawn.QuerySelector("[data-af-consent]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("video", MainText(withdrawn), StringComparison.Ordinal);

        // Given again: the answers show again
        var give = await citizen.SubmitAsync(consentPage, ("Choice", "ja"));
        Assert.Equal(HttpStatusCode.Redirect, give.StatusCode);
        var (_, again) = await hanna.GetAsync($"/af/moten/{invitation.MeetingId}");
        Assert.Contains(OwnWords, MainText(again), StringComparison.Ordinal);

        // One read event per view with answers, none for the view without; every change audited from the page
        Assert.Equal(2, (await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAf)).Count);
        var changes = await _app.EventsAsync(invitation.MeetingId, AuditEventType.AfConsentChanged);
        Assert.Equal(["Questionnaire", "ConsentPage", "ConsentPage"], changes.Select(e => System.Text.Json.JsonDocument.Parse(e.PayloadJson).RootElement.GetProperty("Source").GetString()));
        Assert.Equal(AfConsent.Given, (await _app.MeetingAsync(invitation.MeetingId)).AfConsent);
    }

    [Fact]
    public async Task Consent_No_ShowsTheMeetingTimeAndChannelOnly_WithAnExplanation_AndWritesNoReadEvent()
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: false);
        var hanna = await _app.SignInAsStaffAsync(AfTestData.Hanna);

        // Act
        var (response, page) = await hanna.GetAsync($"/af/moten/{invitation.MeetingId}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Personen har inte sagt ja till att dela sina svar med Arbetsförmedlingen.", MainText(page), StringComparison.Ordinal);
        Assert.Contains("omställningsmöte", MainText(page), StringComparison.Ordinal);
        Assert.Contains("28 november 2026 kl. 10:00", MainText(page), StringComparison.Ordinal);
        Assert.DoesNotContain(OwnWords, MainText(page), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("h2"));
        Assert.Empty(await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAf));
    }

    [Fact]
    public async Task FkNotes_AreNeverShownToAf()
    {
        // Arrange: Anna writes a note on the answers page; the person consents
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);
        var note = await anna.PostToAsync($"/handlaggare/moten/{invitation.MeetingId}", $"/handlaggare/moten/{invitation.MeetingId}?handler=Note", ("Note", "Privat anteckning för FK"));
        var hanna = await _app.SignInAsStaffAsync(AfTestData.Hanna);

        // Act
        var (_, page) = await hanna.GetAsync($"/af/moten/{invitation.MeetingId}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Contains(OwnWords, MainText(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Privat anteckning", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("SGI-skyddskoll", MainText(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtectedIdentity_NoNameInTheList_AndNoAnswersWithoutThePermission()
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync(protectedIdentity: true, name: "Sara Skyddad");
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        var hanna = await _app.SignInAsStaffAsync(AfTestData.Hanna);

        // Act
        var (_, list) = await hanna.GetAsync("/af/moten");
        var (response, page) = await hanna.GetAsync($"/af/moten/{invitation.MeetingId}");

        // Assert
        Assert.Contains("Skyddade personuppgifter", MainText(list), StringComparison.Ordinal);
        Assert.DoesNotContain("Sara", list.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Svaren är skyddade", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Sara", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(OwnWords, page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(await _app.EventsAsync(invitation.MeetingId, AuditEventType.AnswersReadByAf));
    }

    [Fact]
    public async Task ReadLog_AfterFkAndAfReads_ShowsBothByRoleAndTime_NeverAName()
    {
        // Arrange: the person consents; Anna reads at 10.05, Hanna at 10.20 (Swedish time), both through the real pages
        var invitation = await _app.CreateAfMeetingAsync();
        await _app.SubmitWithConsentAsync(invitation.MeetingId, consent: true);
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);
        var hanna = await _app.SignInAsStaffAsync(AfTestData.Hanna);
        var citizen = await _app.SignInAsync(invitation);

        // Act
        _app.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await anna.Http.GetAsync($"/handlaggare/moten/{invitation.MeetingId}")).StatusCode);
        _app.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 20, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await hanna.Http.GetAsync($"/af/moten/{invitation.MeetingId}")).StatusCode);
        var (response, log) = await citizen.GetAsync(invitation.Form("/lasningar"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = log.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(
            [
                ["måndag 23 november 2026 kl. 10.20", "En handläggare på Arbetsförmedlingen"],
                ["måndag 23 november 2026 kl. 10.05", "En handläggare på Försäkringskassan"],
            ],
            rows);
        foreach (var name in new[] { AfTestData.Hanna.DisplayName, AfTestData.Hanna.UserName, AfTestData.Hanna.Id, StaffTestData.Anna.DisplayName })
        {
            Assert.DoesNotContain(name, MainText(log), StringComparison.OrdinalIgnoreCase);
        }
    }
}
