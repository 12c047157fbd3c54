using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

public static class QuestionnaireFile
{
    /// <summary>Validates a questionnaire definition file and turns it into a content version (the YAML is the body).</summary>
    public static ContentFile Parse(string fileName, string yaml)
    {
        var definition = QuestionnaireDefinition.Parse(fileName, yaml);
        var language = Languages.Get(definition.Language);
        return new ContentFile(
            ContentTypes.Questionnaire, definition.Id, language, definition.Id, definition.Title, "", "", 0, null,
            "Redaktionen för Omställningsportalen", [], yaml, GuidanceFile.Hash(yaml));
    }
}
