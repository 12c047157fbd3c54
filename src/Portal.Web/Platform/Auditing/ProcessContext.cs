using System.Text.Json;

namespace Portal.Web.Platform.Auditing;

/// <summary>
/// Who is changing what, when and why. Built by the handler that starts a change and passed to the service that
/// saves it, so the change and its audit event are written together.
/// </summary>
public sealed record ProcessContext(string Actor, DateTime NowUtc, string? Reason = null, string? ClientAddress = null)
{
    public AuditEvent Event(AuditEventType eventType, string subjectType, string subjectId, object? payload = null) => new()
    {
        Id = Guid.NewGuid(),
        EventType = eventType.Name,
        OccurredUtc = NowUtc,
        Actor = Actor,
        SubjectType = subjectType,
        SubjectId = subjectId,
        Reason = Reason,
        ClientAddress = ClientAddress,
        PayloadJson = payload is null ? "{}" : JsonSerializer.Serialize(payload),
    };
}
