namespace Portal.Web.Platform.Content;

/// <summary>
/// A piece of content in one language (a guidance page, the SGI-skyddskoll texts, a questionnaire).
/// Its text lives in <see cref="ContentVersion"/> rows: one row per version, never updated after publishing.
/// </summary>
public sealed class ContentItem
{
    /// <summary>The audit events' subject type for content items.</summary>
    public const string SubjectType = "ContentItem";

    public Guid Id { get; set; }

    /// <summary>What the item is: the <see cref="ContentType.Name"/> of a registered content type.</summary>
    public required string ContentType { get; set; }

    /// <summary>Shared by the sv, en and lättläst versions of the same page.</summary>
    public required string TranslationKey { get; set; }

    /// <summary>sv, en or lattlast: see <see cref="Localization.Languages"/>.</summary>
    public required string Language { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<ContentVersion> Versions { get; set; } = [];
}
