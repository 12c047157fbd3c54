using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Questionnaire definitions as a content type: content/questionnaire/{id}.{language}.yml, checked by
/// <see cref="QuestionnaireDefinition.Parse"/>, published as <see cref="PublishedQuestionnaires"/>; a stored version
/// (the one a person answered) is read as its <see cref="QuestionnaireDefinition"/>.
/// </summary>
public sealed class QuestionnaireContent : ContentType
{
    public const string TypeName = "questionnaire";

    public override string Name => TypeName;

    public override string DisplayName => "Frågeformulär";

    public override string Folder => "questionnaire";

    public override string FilePattern => "*.yml";

    public override Type PublishedType => typeof(PublishedQuestionnaires);

    public override ContentFile Read(string fileName, string text)
    {
        var definition = QuestionnaireDefinition.Parse(fileName, text);
        return new ContentFile(
            TypeName, definition.Id, Languages.Get(definition.Language), PageMetadata.ForStructured(definition.Id, definition.Title), text, ContentFile.HashOf(text));
    }

    public override (string Path, string Text) Write(StoredContent content) => (Path.Combine(Folder, $"{content.Key}.{content.Language.Code}.yml"), content.Body);

    protected override string WrongIdentity(string key, Language language) => $"Fälten 'id' och 'language' måste vara {key} och {language.Code}.";

    public override object Build(IReadOnlyList<StoredContent> published) =>
        new PublishedQuestionnaires(published.Select(c => new PublishedQuestionnaire(c.Key, c.Language, c.VersionId, Parse(c))).ToList());

    public override object ParseVersion(StoredContent content) => Parse(content);

    private static QuestionnaireDefinition Parse(StoredContent content) => QuestionnaireDefinition.Parse($"version {content.VersionId}", content.Body);
}

public sealed record PublishedQuestionnaire(string Id, Language Language, Guid VersionId, QuestionnaireDefinition Definition);

/// <summary>The published questionnaire definitions, by id and language.</summary>
public sealed class PublishedQuestionnaires(IReadOnlyList<PublishedQuestionnaire> all)
{
    /// <summary>The published definition in the language, or the Swedish one when there is no translation.</summary>
    public PublishedQuestionnaire Get(string id, Language language) =>
        all.FirstOrDefault(q => q.Id == id && q.Language == language) ?? all.FirstOrDefault(q => q.Id == id && q.Language == Languages.Swedish)
        ?? throw new InvalidOperationException($"No published questionnaire '{id}'.");
}
