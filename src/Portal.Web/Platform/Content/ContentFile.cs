using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Content;

/// <summary>One file of the content/ baseline, ready to be stored as a version of a content item.</summary>
public sealed record ContentFile(
    string ContentType,
    string Key,
    Language Language,
    string Slug,
    string Title,
    string Summary,
    string Section,
    int Order,
    DateOnly? LastReviewed,
    string Owner,
    IReadOnlyList<string> Related,
    string Body,
    string SourceHash)
{
    public static ContentFile FromGuidance(GuidanceFile file) => new(
        ContentTypes.Guidance, file.Key, file.Language, file.Slug, file.Title, file.Summary, file.Section, file.Order,
        file.LastReviewed, file.Owner, file.Related, file.Body, file.SourceHash);
}
