using Portal.Web.Localization;

namespace Portal.Web.Questionnaires;

/// <summary>Runs the SGI-skyddskoll on the answers a person gave in the questionnaire.</summary>
public sealed class SgiFromQuestionnaire
{
    public sealed record Summary(string Verdict, DateOnly? Deadline, string Text, string MessageKind);

    public Summary? Evaluate(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc) => null;

    public Task<Summary?> SummarizeAsync(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc, Language language, CancellationToken cancellationToken) =>
        Task.FromResult(Evaluate(definition, answers, nowUtc));
}
