using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Privacy;

namespace Portal.IntegrationTests.Pages.Staff;

/// <summary>Meetings owned by a given handläggare, with submitted answers, made through the real services.</summary>
public static class StaffMeetingData
{
    public static async Task<Guid> CreateMeetingForAsync(this PortalAppFactory app, string caseOfficerId, bool protectedIdentity = false, bool submit = true, string name = "Tolvan Tolvansson", TimeSpan? startsIn = null)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (meeting, _) = await services.GetRequiredService<MeetingService>().CreateAsync(
            new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, now + (startsIn ?? TimeSpan.FromDays(3)), MeetingChannels.Video, caseOfficerId,
                Personnummer.Parse("19121212-1212", DateOnly.FromDateTime(now), out _)!, name, protectedIdentity),
            new ProcessContext("test", now));
        if (submit)
        {
            await app.SubmitAnswersAsync(meeting.Id, new Dictionary<string, string[]>
            {
                ["kanal"] = ["telefon"],
                ["tolk"] = ["ja"],
                ["tolk-sprak"] = ["persiska"],
                ["beslut"] = ["sjukpenning-ended"],
                ["sista-dag"] = ["2026-11-30"],
                ["beslutsdatum"] = ["2026-11-20"],
                ["sysselsattning"] = ["unemployed"],
                ["har-sgi"] = ["yes"],
                ["hjalp-af"] = ["ja"],
                ["egna-fragor"] = ["Vad händer med min SGI?"],
                ["dela-med-af"] = ["ja"],
            });
        }

        return meeting.Id;
    }

    public static Task SubmitAnswersAsync(this PortalAppFactory app, Guid meetingId, IReadOnlyDictionary<string, string[]> values) =>
        Portal.TestSupport.TestAnswers.SubmitAsync(app.Services, meetingId, app.Clock.GetUtcNow().UtcDateTime, values);
}
