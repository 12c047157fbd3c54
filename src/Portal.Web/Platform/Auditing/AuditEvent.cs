namespace Portal.Web.Platform.Auditing;

/// <summary>
/// An append-only record of a state change or a read of personal data. The application inserts these rows in the
/// same transaction as the change they describe and never deletes them. Two things are changed later, for privacy
/// (issue 14, item 13): client addresses are erased after Questionnaire:ClientAddressRetentionDays, and when a meeting
/// is deleted its events lose the facts about the person (kept apart, unlinked: FollowUpFacts).
/// </summary>
public sealed class AuditEvent
{
    public Guid Id { get; set; }

    public required string EventType { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>Who did it: a user id, or a system actor such as "system:content-import".</summary>
    public required string Actor { get; set; }

    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    public string? Reason { get; set; }

    /// <summary>Event details as JSON. Never contains personnummer or answers in clear text.</summary>
    public string PayloadJson { get; set; } = "{}";

    public string? ClientAddress { get; set; }
}
