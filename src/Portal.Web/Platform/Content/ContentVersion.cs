using Portal.Web.Platform.Auditing;

namespace Portal.Web.Platform.Content;

/// <summary>
/// One version of a content item. Saving creates a new row; publishing moves the <see cref="IsPublished"/> flag.
/// At most one row per item has <see cref="IsPublished"/> and one has <see cref="IsLatest"/> (unique filtered indexes).
/// </summary>
public sealed class ContentVersion
{
    public Guid Id { get; set; }

    public Guid ContentItemId { get; set; }

    public ContentItem? Item { get; set; }

    public int VersionNumber { get; set; }

    public bool IsLatest { get; set; }

    public bool IsPublished { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string Summary { get; set; } = "";

    public string Section { get; set; } = "";

    public int SortOrder { get; set; }

    public DateOnly? LastReviewed { get; set; }

    public string Owner { get; set; } = "";

    /// <summary>Translation keys of related pages, comma separated.</summary>
    public string RelatedKeys { get; set; } = "";

    /// <summary>Ids of the version's attachments (<see cref="ContentAttachment"/>), comma separated.</summary>
    public string AttachmentIds { get; set; } = "";

    public IReadOnlyList<Guid> AttachmentIdList =>
        AttachmentIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Guid.Parse).ToList();

    /// <summary>Markdown for guidance pages; YAML for structured texts.</summary>
    public required string Body { get; set; }

    /// <summary>SHA-256 of the file this version was imported from; null when an editor wrote it.</summary>
    public string? SourceHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    public string? ChangeNote { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>The version's metadata as one value.</summary>
    public PageMetadata Metadata => new(Slug, Title, Summary, Section, SortOrder, LastReviewed, Owner, RelatedKeyList);

    public IReadOnlyList<string> RelatedKeyList =>
        RelatedKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A new latest version of an item with this metadata and text, published at once or a draft.</summary>
    public static ContentVersion Create(
        Guid itemId, int versionNumber, PageMetadata metadata, string body, string? sourceHash, bool publish, string changeNote, ProcessContext context) => new()
        {
            Id = Guid.NewGuid(),
            ContentItemId = itemId,
            VersionNumber = versionNumber,
            IsLatest = true,
            IsPublished = publish,
            Slug = metadata.Slug.Trim(),
            Title = metadata.Title.Trim(),
            Summary = metadata.Summary.Trim(),
            Section = metadata.Section,
            SortOrder = metadata.Order,
            LastReviewed = metadata.LastReviewed,
            Owner = metadata.Owner.Trim(),
            RelatedKeys = string.Join(',', metadata.Related),
            Body = body,
            SourceHash = sourceHash,
            CreatedUtc = context.NowUtc,
            CreatedBy = context.Actor,
            ChangeNote = changeNote,
            PublishedUtc = publish ? context.NowUtc : null,
            PublishedBy = publish ? context.Actor : null,
        };

    /// <summary>A new latest version holding a content file's text, published at once or as a draft.</summary>
    public static ContentVersion FromFile(ContentFile file, Guid itemId, int versionNumber, bool publish, string changeNote, ProcessContext context) =>
        Create(itemId, versionNumber, file.Metadata, file.Body, file.SourceHash, publish, changeNote, context);
}
