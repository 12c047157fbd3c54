using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Privacy;

namespace Portal.IntegrationTests.Pages.Questionnaire;

public sealed record TestInvitation(Guid MeetingId, Guid InvitationId, string Token, string Personnummer)
{
    public string Link => "/mote/" + Token;

    public string Form(string path = "") => $"/formular/{InvitationId}{path}";
}

public static class QuestionnaireTestData
{
    public const string Tolvan = "19121212-1212";
    public const string Maja = "19120211-2346";

    public static async Task<TestInvitation> CreateMeetingAsync(this PortalAppFactory app, string personnummer = Tolvan, TimeSpan? startsIn = null, string name = "Tolvan Tolvansson")
    {
        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<MeetingService>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (meeting, token) = await service.CreateAsync(
            new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, now + (startsIn ?? TimeSpan.FromDays(7)), MeetingChannels.Video, "test-handlaggare",
                Personnummer.Parse(personnummer, DateOnly.FromDateTime(now), out _)!, name),
            new ProcessContext("test", now));
        return new TestInvitation(meeting.Id, meeting.Invitation!.Id, token, personnummer);
    }

    /// <summary>Opens the link and confirms the personnummer; returns a client signed in as that citizen.</summary>
    public static async Task<FormClient> SignInAsync(this PortalAppFactory app, TestInvitation invitation, string? personnummer = null, FormClient? reuse = null)
    {
        var client = reuse ?? new FormClient(app.CreateBrowserLikeClient());
        var response = await client.SubmitAsync(invitation.Link, ("Personnummer", personnummer ?? invitation.Personnummer));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(invitation.Form("/inbjudan"), FormClient.Location(response));
        return client;
    }
}
