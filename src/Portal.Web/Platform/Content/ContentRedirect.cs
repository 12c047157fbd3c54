namespace Portal.Web.Platform.Content;

/// <summary>
/// An old address of the site and where it leads now. Made automatically when a page's address changes (or the page is
/// unpublished), or by an editor. Stored flat: <see cref="ToPath"/> is always the final address, never another
/// redirect's <see cref="FromPath"/>, so a visitor gets one permanent redirect, however often the page moved.
/// </summary>
public sealed class ContentRedirect
{
    public Guid Id { get; set; }

    /// <summary>The old path, lower case, without a trailing slash, query or fragment ("/en/old-page").</summary>
    public required string FromPath { get; set; }

    /// <summary>The path it leads to; null when the page was unpublished (the address then says the page is removed).</summary>
    public string? ToPath { get; set; }

    /// <summary>The page the redirect was made for, when made automatically.</summary>
    public Guid? ContentItemId { get; set; }

    /// <summary>True when made by publishing or unpublishing; false when an editor added it by hand.</summary>
    public bool IsAutomatic { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>When a visitor last followed it (updated at most once an hour).</summary>
    public DateTime? LastUsedUtc { get; set; }
}
