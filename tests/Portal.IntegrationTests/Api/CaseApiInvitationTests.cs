using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.Staff;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Privacy;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// Issue 17 in the case-system API: times offered through the API are the ones people pick on their own pages, and
/// the meeting list and the times list tell the answer, the reason and the booked time.
/// </summary>
public sealed class CaseApiInvitationTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<HttpClient> ClientAsync(DemoStaff.Account account, string scope = "meetings.read meetings.write")
    {
        await _app.SeedStaffAsync();
        return _app.CreateBrowserLikeClient().WithToken(await _app.TokenAsync(account.UserName, scope));
    }

    private async Task<TestInvitation> MeetingForAnnaAsync(string personnummer)
    {
        using var scope = _app.Services.CreateScope();
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var (meeting, token) = await scope.ServiceProvider.GetRequiredService<MeetingService>().CreateAsync(
            new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, now + TimeSpan.FromDays(5), MeetingChannels.Video, StaffTestData.Anna.Id,
                Personnummer.Parse(personnummer, DateOnly.FromDateTime(now), out _)!, "Test Person"),
            new ProcessContext("test", now));
        return new TestInvitation(meeting.Id, meeting.Invitation!.Id, token, personnummer);
    }

    private static string Range(DateTimeOffset from, DateTimeOffset to) =>
        $"from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}&to={Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture))}";

    [Fact]
    public async Task OfferedTimes_ArePickedOnThePersonsPage_AndTheListsTellTheAnswers()
    {
        // Arrange: Anna offers two times of her own (and once more, to see a repeat skipped) and one for the team
        var anna = await ClientAsync(StaffTestData.Anna);
        var bo = await ClientAsync(StaffTestData.Bo);
        var now = _app.Clock.GetUtcNow();
        var first = new DateTimeOffset(now.UtcDateTime.Date.AddDays(9).AddHours(8), TimeSpan.Zero);
        var second = first.AddHours(1);
        var team = first.AddHours(2);
        var offered = await anna.PostAsJsonAsync("/api/v1/times", new { owner = "self", startsAt = new[] { first, second } });
        var repeated = await anna.PostAsJsonAsync("/api/v1/times", new { owner = "self", startsAt = new[] { first } });
        var forTeam = await anna.PostAsJsonAsync("/api/v1/times", new { owner = "team", startsAt = new[] { team } });
        var coming = await MeetingForAnnaAsync(QuestionnaireTestData.Tolvan);
        var declining = await MeetingForAnnaAsync(QuestionnaireTestData.Maja);

        // Act: one person picks the first time on their own page, another declines as too ill
        var citizen = await _app.SignInAsync(coming);
        var (_, other) = await citizen.GetAsync(coming.Form("/inbjudan/annan-tid"));
        var firstId = (await anna.GetFromJsonAsync<JsonElement>("/api/v1/times?" + Range(first, first.AddHours(3))))
            .EnumerateArray().Single(t => t.GetProperty("startsAt").GetDateTimeOffset() == first).GetProperty("id").GetString()!;
        await InvitationAnswerTests.PostAsync(citizen, other, coming.Form("/inbjudan/annan-tid?handler=Book"), ("TimeId", firstId));
        var decliner = await _app.SignInAsync(declining);
        var (_, invitation) = await decliner.GetAsync(declining.Form("/inbjudan"));
        await InvitationAnswerTests.PostAsync(decliner, invitation, declining.Form("/inbjudan/tacka-nej"), ("Reason", DeclineReasons.TooIll));
        var annaTimes = await anna.GetFromJsonAsync<JsonElement>("/api/v1/times?" + Range(first, first.AddHours(3)));
        var boTimes = await bo.GetFromJsonAsync<JsonElement>("/api/v1/times?" + Range(first, first.AddHours(3)));
        var list = await anna.GetFromJsonAsync<JsonElement>("/api/v1/meetings?" + Range(now, now.AddDays(30)));

        // Assert: the offers
        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        Assert.Equal(2, (await offered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Equal(0, (await repeated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Equal(1, (await forTeam.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Contains(other.QuerySelectorAll("input[name=TimeId]"), i => i.GetAttribute("value") == firstId);

        // Assert: the times list, Anna's own with the booking, and Bo sees only the team's
        var times = annaTimes.EnumerateArray().ToDictionary(t => t.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(3, times.Count);
        Assert.True(times[first].GetProperty("booked").GetBoolean());
        Assert.Equal(coming.MeetingId, times[first].GetProperty("meetingId").GetGuid());
        Assert.False(times[second].GetProperty("booked").GetBoolean());
        Assert.Equal("team", times[team].GetProperty("owner").GetString());
        Assert.Equal(new[] { team }, boTimes.EnumerateArray().Select(t => t.GetProperty("startsAt").GetDateTimeOffset()).ToArray());

        // Assert: the meeting list
        var meetings = list.EnumerateArray().ToDictionary(m => m.GetProperty("id").GetGuid());
        var booked = meetings[coming.MeetingId];
        Assert.Equal(InvitationAnswers.OtherTime, booked.GetProperty("invitationAnswer").GetString());
        Assert.True(booked.GetProperty("bookedOfferedTime").GetBoolean());
        Assert.Equal(first, booked.GetProperty("startsAt").GetDateTimeOffset());
        var declined = meetings[declining.MeetingId];
        Assert.Equal(InvitationAnswers.Declined, declined.GetProperty("invitationAnswer").GetString());
        Assert.Equal(DeclineReasons.TooIll, declined.GetProperty("declineReason").GetString());
        Assert.False(declined.GetProperty("bookedOfferedTime").GetBoolean());
    }

    [Fact]
    public async Task OfferTimes_WithBadInput_OrOnlyTheReadScope_IsRefused_NamingTheFields()
    {
        // Arrange
        var writer = await ClientAsync(StaffTestData.Anna);
        var reader = await ClientAsync(StaffTestData.Anna, scope: "meetings.read");
        var past = _app.Clock.GetUtcNow().AddHours(-1);

        // Act
        var empty = await writer.PostAsJsonAsync("/api/v1/times", new { owner = "everyone", startsAt = Array.Empty<DateTimeOffset>() });
        var inThePast = await writer.PostAsJsonAsync("/api/v1/times", new { owner = "self", startsAt = new[] { past } });
        using var notJson = new StringContent("{", System.Text.Encoding.UTF8, "application/json");
        var broken = await writer.PostAsync("/api/v1/times", notJson);
        var readOnly = await reader.PostAsJsonAsync("/api/v1/times", new { owner = "self", startsAt = new[] { past.AddDays(2) } });
        var badRange = await writer.GetAsync("/api/v1/times?from=igår");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("owner", out _));
        Assert.True(errors.TryGetProperty("startsAt", out _));
        Assert.Equal(HttpStatusCode.BadRequest, inThePast.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRange.StatusCode);
        Assert.Equal("application/problem+json", badRange.Content.Headers.ContentType?.MediaType);
    }
}
