namespace Portal.Web.Platform.Content;

/// <summary>
/// An image or PDF file of a content item. Immutable: a new upload under the same name is a new row, and which files a
/// version has is that version's <see cref="ContentVersion.AttachmentIds"/>, so files are versioned with the page.
/// </summary>
public sealed class ContentAttachment
{
    public Guid Id { get; set; }

    public Guid ContentItemId { get; set; }

    /// <summary>The name the Markdown refers to, e.g. <c>karta.png</c>: lower case letters, digits and hyphens, and the type's extension.</summary>
    public required string Name { get; set; }

    /// <summary>image/png, image/jpeg or application/pdf, as read from the content.</summary>
    public required string MediaType { get; set; }

    /// <summary>The stored bytes (images without their metadata).</summary>
    public required byte[] Data { get; set; }

    public int Length { get; set; }

    /// <summary>SHA-256 of <see cref="Data"/>, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>What the image shows, for those who cannot see it; required for images, null for PDF files.</summary>
    public string? AltText { get; set; }

    public DateTime UploadedUtc { get; set; }

    public required string UploadedBy { get; set; }
}
