namespace Portal.Web.Platform.Content;

/// <summary>
/// A request to publish one version of a content item at a given instant. The background job claims a due row with a
/// conditional update (status still <see cref="ScheduleStatus.Scheduled"/>), so only one app instance publishes it.
/// </summary>
public sealed class ContentSchedule
{
    public Guid Id { get; set; }

    public Guid ContentItemId { get; set; }

    public int VersionNumber { get; set; }

    public DateTime PublishAtUtc { get; set; }

    /// <summary>See <see cref="ScheduleStatus"/>.</summary>
    public required string Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? CompletedUtc { get; set; }

    /// <summary>Why a scheduled publish did not happen (failed checks), or who cancelled it.</summary>
    public string? Outcome { get; set; }
}

public static class ScheduleStatus
{
    public const string Scheduled = "scheduled";

    public const string Published = "published";

    public const string Cancelled = "cancelled";

    public const string Failed = "failed";
}
