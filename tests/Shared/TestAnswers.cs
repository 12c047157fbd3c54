using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.TestSupport;

/// <summary>Saves and submits a person's answers through the real questionnaire service (as the check-answers page does).</summary>
public static class TestAnswers
{
    public static async Task SubmitAsync(IServiceProvider root, Guid meetingId, DateTime nowUtc, IReadOnlyDictionary<string, string[]> values)
    {
        using var scope = root.CreateScope();
        var services = scope.ServiceProvider;
        var catalog = services.GetRequiredService<QuestionnaireCatalog>();
        var published = await catalog.PublishedAsync(QuestionnaireCatalog.PreMeetingId, Languages.Swedish);
        var questionnaires = services.GetRequiredService<QuestionnaireService>();
        var response = await questionnaires.FindAsync(meetingId);
        var answers = questionnaires.Answers(response);
        foreach (var (id, value) in values)
        {
            answers.Set(id, value);
        }

        var context = new ProcessContext("citizen:test", nowUtc);
        await questionnaires.SaveAsync(meetingId, response?.Revision ?? 0, answers, published.VersionId, context);
        var stored = await services.GetRequiredService<PortalDbContext>().Meetings.FindAsync(meetingId);
        var facts = services.GetRequiredService<QuestionnaireStatistics>().For(stored!, await catalog.ByVersionAsync(published.VersionId), answers, nowUtc);
        await questionnaires.SubmitAsync((await questionnaires.FindAsync(meetingId))!, facts, context);
    }
}
