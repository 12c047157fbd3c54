using Portal.Web.Features.Guidance;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Content;

namespace Portal.IntegrationTests.Content;

/// <summary>The content types the app registers, for tests that build the importer by hand.</summary>
public static class ContentTestTypes
{
    public static ContentTypeRegistry Registry { get; } =
        new([new GuidanceContent(new MarkdownRenderer()), new SgiTextsContent(), new QuestionnaireContent()]);
}
