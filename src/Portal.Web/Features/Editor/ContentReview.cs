namespace Portal.Web.Features.Editor;

/// <summary>
/// Four eyes before publishing (setting Editor:RequireReview): a request that a second Redaktör reviews one version of
/// a page, and their decision. Only an approved version may then be published, now or planned.
/// </summary>
public sealed class ContentReview
{
    public Guid Id { get; set; }

    public Guid ContentItemId { get; set; }

    public int VersionNumber { get; set; }

    /// <summary>See <see cref="ReviewStatus"/>.</summary>
    public required string Status { get; set; }

    public DateTime RequestedUtc { get; set; }

    public required string RequestedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The reviewer's comment; required when the version is sent back.</summary>
    public string? Comment { get; set; }
}

public static class ReviewStatus
{
    public const string Requested = "requested";

    public const string Approved = "approved";

    public const string SentBack = "sent-back";

    /// <summary>A newer request for the same page replaced it.</summary>
    public const string Replaced = "replaced";
}

/// <summary>The editor workspace's settings (section Editor).</summary>
public sealed class EditorOptions
{
    public const string Section = "Editor";

    /// <summary>Publishing needs a second Redaktör's approval of the version (four eyes); an Administratör may publish an urgent correction alone.</summary>
    public bool RequireReview { get; set; }
}
