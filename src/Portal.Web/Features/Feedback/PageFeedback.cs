namespace Portal.Web.Features.Feedback;

/// <summary>
/// One answer to "Hittade du det du sökte?" on a guidance page. Anonymous: no address, no cookie, no time of day, only
/// the Swedish date; the comment is stored with anything that looks like a personnummer, phone number or e-mail
/// address masked (<see cref="CommentMasker"/>).
/// </summary>
public sealed class PageFeedback
{
    public Guid Id { get; set; }

    /// <summary>The guidance page (in its language) the answer is about.</summary>
    public Guid ContentItemId { get; set; }

    /// <summary>The date in Swedish time; the report groups by its month.</summary>
    public DateOnly ReceivedOn { get; set; }

    public bool FoundIt { get; set; }

    /// <summary>The optional comment, masked before it was stored.</summary>
    public string? Comment { get; set; }

    public DateTime? HandledUtc { get; set; }

    public string? HandledBy { get; set; }
}
