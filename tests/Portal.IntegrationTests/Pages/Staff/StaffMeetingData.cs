using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
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

    public static async Task SubmitAnswersAsync(this PortalAppFactory app, Guid meetingId, IReadOnlyDictionary<string, string[]> values)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var published = await services.GetRequiredService<QuestionnaireCatalog>().PublishedAsync(QuestionnaireCatalog.PreMeetingId, Portal.Web.Platform.Localization.Languages.Swedish);
        var questionnaires = services.GetRequiredService<QuestionnaireService>();
        var response = await questionnaires.FindAsync(meetingId);
        var answers = questionnaires.Answers(response);
        foreach (var (id, value) in values)
        {
            answers.Set(id, value);
        }

        var context = new ProcessContext("citizen:test", now);
        await questionnaires.SaveAsync(meetingId, response?.Revision ?? 0, answers, published.VersionId, context);
        var stored = await services.GetRequiredService<Portal.Web.Platform.Data.PortalDbContext>().Meetings.FindAsync(meetingId);
        var facts = services.GetRequiredService<QuestionnaireStatistics>().For(stored!, await services.GetRequiredService<QuestionnaireCatalog>().ByVersionAsync(published.VersionId), answers, now);
        await questionnaires.SubmitAsync((await questionnaires.FindAsync(meetingId))!, facts, context);
    }
}
