using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Questionnaire definitions read from the one content cache (<see cref="PublishedContent"/>): the published one per
/// language, and any stored version by its id.
/// </summary>
public sealed class QuestionnaireCatalog(PublishedContent content)
{
    public const string PreMeetingId = "formote";

    public sealed record Published(QuestionnaireDefinition Definition, Guid VersionId);

    /// <summary>The published definition in the language, or the Swedish one when there is no translation.</summary>
    public async Task<Published> PublishedAsync(string id, Language language, CancellationToken cancellationToken = default)
    {
        var published = (await content.GetAsync<PublishedQuestionnaires>(cancellationToken)).Get(id, language);
        return new Published(published.Definition, published.VersionId);
    }

    public async Task<QuestionnaireDefinition> ByVersionAsync(Guid versionId, CancellationToken cancellationToken = default) =>
        await content.VersionAsync<QuestionnaireDefinition>(versionId, cancellationToken);
}
