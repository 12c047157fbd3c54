namespace Portal.Web.Content;

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

    /// <summary>Markdown for guidance pages; YAML for structured texts.</summary>
    public required string Body { get; set; }

    /// <summary>SHA-256 of the file this version was imported from; null when an editor wrote it.</summary>
    public string? SourceHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    public string? ChangeNote { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public IReadOnlyList<string> RelatedKeyList =>
        RelatedKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
