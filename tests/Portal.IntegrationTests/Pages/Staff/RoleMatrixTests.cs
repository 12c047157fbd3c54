using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Api;
using Portal.IntegrationTests.Pages.Staff.AfMeetings;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Staff;

/// <summary>
/// Every staff page and API endpoint, for anonymous and each role (the AF handläggare both taking part in the meeting
/// and not), signed in through the real sign-in.
/// </summary>
[Collection(PortalAppGroup.Name)]
public sealed class RoleMatrixTests(PortalAppFactory factory)
{
    private const string SignIn = "302 /personal/logga-in";
    private const string Denied = "302 /personal/ingen-behorighet";

    // Columns: anonymous, Handläggare (FK), AF handläggare taking part (hanna.af), AF handläggare not taking part
    // (olle.af), Redaktör, Administratör, Uppföljning. {meeting} is Anna's omställningsmöte with Hanna taking part and
    // the person's consent to share with AF.
    public static TheoryData<string, string, string, string, string, string, string, string> Pages => new()
    {
        { "/personal", SignIn, "200", "200", "200", "200", "200", "200" },
        { "/handlaggare/moten", SignIn, "200", Denied, Denied, Denied, Denied, Denied },
        { "/handlaggare/moten?visa=idag&status=submitted&sortera=status", SignIn, "200", Denied, Denied, Denied, Denied, Denied },
        { "/handlaggare/moten/nytt", SignIn, "200", Denied, Denied, Denied, Denied, Denied },
        { "/handlaggare/moten/{meeting}", SignIn, "200", Denied, Denied, Denied, Denied, Denied },
        { "/handlaggare/moten/{meeting}/utskrift", SignIn, "200", Denied, Denied, Denied, Denied, Denied },
        { "/af/moten", SignIn, Denied, "200", "200", Denied, Denied, Denied },
        { "/af/moten/{meeting}", SignIn, Denied, "200", "404", Denied, Denied, Denied },
        { "/admin/konton", SignIn, Denied, Denied, Denied, Denied, "200", Denied },
        { "/admin/konton/demo-ny", SignIn, Denied, Denied, Denied, Denied, "200", Denied },
        { "/admin/granskningslogg", SignIn, Denied, Denied, Denied, Denied, "200", Denied },
        { "/admin/granskningslogg?type=AnswersViewed&from=2026-01-01&to=2026-12-31", SignIn, Denied, Denied, Denied, Denied, "200", Denied },
        { "/personal/logga-in", "200", "200", "200", "200", "200", "200", "200" },
        { "/personal/tvastegsverifiering", SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn },
        { "/personal/konfigurera-tvastegsverifiering", SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn },
        { "/personal/ingen-behorighet", "403", "403", "403", "403", "403", "403", "403" },
        { "/uppfoljning", SignIn, Denied, Denied, Denied, Denied, "200", "200" },
        { "/uppfoljning?period=kvartal&typ=kontaktmote", SignIn, Denied, Denied, Denied, Denied, "200", "200" },
        { "/uppfoljning?handler=Csv", SignIn, Denied, Denied, Denied, Denied, "200", "200" },
        { "/uppfoljning?handler=Json", SignIn, Denied, Denied, Denied, Denied, "200", "200" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task StaffPage_GivesTheExpectedStatus_ForEachRole(string url, string anonymous, string caseOfficer, string afTakingPart, string afNotTakingPart, string editor, string admin, string followUp)
    {
        // Arrange
        var meeting = (await factory.CreateAfMeetingAsync()).MeetingId;
        await factory.SubmitWithConsentAsync(meeting, consent: true);
        url = url.Replace("{meeting}", meeting.ToString(), StringComparison.Ordinal);
        var expected = new[] { anonymous, caseOfficer, afTakingPart, afNotTakingPart, editor, admin, followUp };
        var accounts = new[] { null, StaffTestData.Anna, AfTestData.Hanna, AfTestData.Olle, StaffTestData.Editor, StaffTestData.Admin, StaffTestData.FollowUp };

        // Act
        var actual = new List<string>();
        foreach (var account in accounts)
        {
            var client = account is null ? new FormClient(factory.CreateBrowserLikeClient()) : await factory.SignInAsStaffAsync(account);
            var response = await client.Http.GetAsync(url);
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : null;
            actual.Add(response.StatusCode == HttpStatusCode.Redirect ? $"302 {location}" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Assert: and only the AF handläggare taking part read the answers, once, audited
        Assert.Equal(expected, actual);
        var afReads = await factory.EventsAsync(meeting, AuditEventType.AnswersReadByAf);
        Assert.Equal(afTakingPart == "200" && url.StartsWith("/af/moten/", StringComparison.Ordinal) ? ["staff:" + AfTestData.Hanna.Id] : Array.Empty<string>(), afReads.Select(e => e.Actor));
    }

    // Columns: anonymous (no token), Handläggare, Redaktör, Administratör, Uppföljning, Handläggare på Arbetsförmedlingen
    // taking part in the meeting, and not taking part (the meeting's AF participant is someone else). Each account's case
    // system has every scope (meetings.read, meetings.write, meetings.af.read), so the account's role decides. The
    // meeting is Anna's omställningsmöte, with answers and consent to share with AF.
    public static TheoryData<string, string, string, string, string, string, string, string, string> Endpoints => new()
    {
        { "GET", "/api/v1/meetings?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z", "401", "200", "403", "403", "403", "403", "403" },
        { "GET", "/api/v1/meetings/{meeting}/answers", "401", "200", "403", "403", "403", "403", "403" },
        { "POST", "/api/v1/meetings", "401", "400", "403", "403", "403", "403", "403" },
        { "DELETE", "/api/v1/meetings/{meeting}", "401", "204", "403", "403", "403", "403", "403" },
        { "GET", "/api/v1/af/meetings?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z", "401", "403", "403", "403", "403", "200", "200" },
        { "GET", "/api/v1/af/meetings/{meeting}/answers", "401", "403", "403", "403", "403", "200", "404" },
        { "GET", "/openapi/case-api.json", "200", "200", "200", "200", "200", "200", "200" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ApiEndpoint_GivesTheExpectedStatus_ForEachRole(string method, string url, string anonymous, string caseOfficer, string editor, string admin, string followUp, string afTakingPart, string afNotTakingPart)
    {
        // Arrange
        await factory.SeedStaffAsync();
        var hanna = AfMeetings.AfTestData.Hanna;
        var expected = new[] { anonymous, editor, admin, followUp, afTakingPart, afNotTakingPart, caseOfficer };
        var columns = new (DemoStaff.Account? Account, string AfParticipant)[]
        {
            (null, hanna.Id), (StaffTestData.Editor, hanna.Id), (StaffTestData.Admin, hanna.Id), (StaffTestData.FollowUp, hanna.Id),
            (hanna, hanna.Id), (hanna, "someone-else-at-af"), (StaffTestData.Anna, hanna.Id),
        };

        // Act
        var actual = new List<string>();
        foreach (var (account, afParticipant) in columns)
        {
            var meeting = (await AfMeetings.AfTestData.CreateAfMeetingAsync(factory, afCaseOfficerId: afParticipant)).MeetingId;
            await AfMeetings.AfTestData.SubmitWithConsentAsync(factory, meeting, consent: true);
            using var client = factory.CreateBrowserLikeClient();
            if (account is not null)
            {
                client.WithToken(await factory.TokenAsync(account.UserName, TestTokens.EveryScope));
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{meeting}", meeting.ToString(), StringComparison.Ordinal));
            if (method == "POST")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request);
            actual.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task HandlaggareB_CanNeverSeeOrChange_AsMeetings_ByPage()
    {
        // Arrange
        var ids = new[] { await factory.CreateMeetingForAsync("demo-handlaggare"), await factory.CreateMeetingForAsync("demo-handlaggare", submit: false), await factory.CreateMeetingForAsync("demo-handlaggare", protectedIdentity: true) };
        var bo = await factory.SignInAsStaffAsync(StaffTestData.Bo);

        // Act and assert
        var (_, list) = await bo.GetAsync("/handlaggare/moten?visa=kommande");
        foreach (var id in ids)
        {
            Assert.DoesNotContain(id.ToString(), list.Body!.InnerHtml, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await bo.Http.GetAsync($"/handlaggare/moten/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await bo.Http.GetAsync($"/handlaggare/moten/{id}/utskrift")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await bo.PostToAsync("/handlaggare/moten/nytt", $"/handlaggare/moten/{id}?handler=Note", ("Note", "intrång"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await bo.PostToAsync("/handlaggare/moten/nytt", $"/handlaggare/moten/{id}?handler=MarkRead", ("submission", "1"))).StatusCode);
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.MeetingNotes.AnyAsync(n => ids.Contains(n.MeetingId)));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor == "staff:demo-handlaggare-2" && e.EventType == AuditEventType.AnswersViewed.Name));
    }
}
