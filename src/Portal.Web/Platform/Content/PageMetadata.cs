namespace Portal.Web.Platform.Content;

/// <summary>
/// What a version of a content item says about itself besides its text: the one declaration of page metadata, used
/// by the content files, the stored versions, the editor's drafts and the published pages alike. Structured texts
/// (SGI-skyddskoll texts, questionnaires) use only <see cref="Title"/> and <see cref="Slug"/>.
/// </summary>
public sealed record PageMetadata(
    string Slug,
    string Title,
    string Summary,
    string Section,
    int Order,
    DateOnly? LastReviewed,
    string Owner,
    IReadOnlyList<string> Related)
{
    /// <summary>The owner every structured text gets.</summary>
    public const string EditorialOwner = "Redaktionen för Omställningsportalen";

    /// <summary>The metadata of a structured text: it has a name (the slug) and a title, no place among the pages.</summary>
    public static PageMetadata ForStructured(string slug, string title) => new(slug, title, "", "", 0, null, EditorialOwner, []);

    /// <summary>Whether two versions carry the same metadata (the related keys compared in order).</summary>
    public bool SameAs(PageMetadata other) =>
        Slug == other.Slug && Title == other.Title && Summary == other.Summary && Section == other.Section && Order == other.Order
        && LastReviewed == other.LastReviewed && Owner == other.Owner && Related.SequenceEqual(other.Related, StringComparer.Ordinal);
}
