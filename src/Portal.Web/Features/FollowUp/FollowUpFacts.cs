using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.FollowUp;

/// <summary>
/// What the follow-up figures need of one meeting, read from its audit events, and how those facts outlive the meeting
/// without pointing at it: when the meeting is deleted (by retention, staff, the API), its facts move to one
/// <see cref="AuditEventType.FollowUpFactsKept"/> event under a random id, dated to the month only; the meeting's own
/// events keep neither the answer-derived facts (SGI verdict, interpreter, consent, AF help) nor the legal sex, and
/// none of them keeps a client address.
/// </summary>
public static class FollowUpFacts
{
    public const string SubjectType = "FollowUp";

    /// <summary>Set in a meeting event's payload once its facts have moved.</summary>
    public const string DetachedProperty = "Detached";

    private static readonly string[] CitizenEvents =
        [AuditEventType.MeetingCreated.Name, AuditEventType.InvitationOpened.Name, AuditEventType.QuestionnaireStarted.Name, AuditEventType.QuestionnaireSubmitted.Name];

    /// <summary>The event types whose payloads carry facts about the person.</summary>
    private static readonly string[] FactEvents =
        [AuditEventType.MeetingCreated.Name, AuditEventType.QuestionnaireSubmitted.Name, AuditEventType.QuestionnaireChanged.Name];

    private sealed record Stored(string Month, string Type, string Sex, bool Opened, bool Started, FollowUpFigures.Facts? Submitted);

    /// <summary>Moves the meeting's facts (tracked changes: saved with the caller's deletion, in its transaction).</summary>
    public static async Task DetachAsync(PortalDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var subject = meetingId.ToString();
        var events = await db.AuditEvents.Where(e => e.SubjectType == "Meeting" && e.SubjectId == subject).ToListAsync(cancellationToken);
        var created = events.Where(e => e.EventType == AuditEventType.MeetingCreated.Name).MinBy(e => e.OccurredUtc);
        if (created is not null && !IsDetached(created.PayloadJson))
        {
            var meeting = FromEvents(created.OccurredUtc, created.PayloadJson, events.Select(e => (e.EventType, e.OccurredUtc, e.PayloadJson)).ToList());
            var month = new DateTime(meeting.CreatedOn.Year, meeting.CreatedOn.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            db.AuditEvents.Add(new AuditEvent
            {
                Id = Guid.NewGuid(),
                EventType = AuditEventType.FollowUpFactsKept.Name,
                OccurredUtc = month,
                Actor = "system:uppfoljning",
                SubjectType = SubjectType,
                SubjectId = Guid.NewGuid().ToString(),
                PayloadJson = JsonSerializer.Serialize(new Stored(FollowUpFigures.MonthOf(meeting.CreatedOn), meeting.Type, meeting.Sex, meeting.Opened, meeting.Started, meeting.Submitted)),
            });
        }

        foreach (var e in events)
        {
            e.ClientAddress = null;
            if (FactEvents.Contains(e.EventType))
            {
                e.PayloadJson = e.EventType == AuditEventType.MeetingCreated.Name
                    ? JsonSerializer.Serialize(new Dictionary<string, object?> { ["Type"] = TypeOf(e.PayloadJson), [DetachedProperty] = true })
                    : JsonSerializer.Serialize(new Dictionary<string, object?> { [DetachedProperty] = true });
            }
        }
    }

    /// <summary>Every meeting the figures count: the live ones from their events, the deleted ones from their kept facts.</summary>
    public static async Task<List<FollowUpFigures.Meeting>> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => CitizenEvents.Contains(e.EventType) && e.SubjectType == "Meeting")
            .Select(e => new { e.EventType, e.SubjectId, e.OccurredUtc, e.PayloadJson })
            .ToListAsync(cancellationToken);
        var bySubject = events.ToLookup(e => e.SubjectId);
        var meetings = events
            .Where(e => e.EventType == AuditEventType.MeetingCreated.Name && !IsDetached(e.PayloadJson))
            .Select(created => FromEvents(created.OccurredUtc, created.PayloadJson, bySubject[created.SubjectId].Select(e => (e.EventType, e.OccurredUtc, e.PayloadJson)).ToList()))
            .ToList();
        var kept = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EventType == AuditEventType.FollowUpFactsKept.Name && e.SubjectType == SubjectType)
            .Select(e => e.PayloadJson)
            .ToListAsync(cancellationToken);
        foreach (var json in kept)
        {
            var stored = JsonSerializer.Deserialize<Stored>(json)!;
            var createdOn = DateOnly.ParseExact(stored.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            meetings.Add(new FollowUpFigures.Meeting(createdOn, stored.Type, stored.Sex, stored.Opened, stored.Started, stored.Submitted));
        }

        return meetings;
    }

    private static FollowUpFigures.Meeting FromEvents(DateTime createdUtc, string createdPayload, IReadOnlyList<(string EventType, DateTime OccurredUtc, string PayloadJson)> events)
    {
        using var payload = JsonDocument.Parse(createdPayload);
        var root = payload.RootElement;
        var submitted = events.Where(e => e.EventType == AuditEventType.QuestionnaireSubmitted.Name).OrderBy(e => e.OccurredUtc).Select(e => e.PayloadJson).FirstOrDefault();
        FollowUpFigures.Facts? facts = null;
        if (submitted is not null)
        {
            using var factsJson = JsonDocument.Parse(submitted);
            var f = factsJson.RootElement;
            bool Bool(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
            var verdict = f.TryGetProperty("SgiVerdict", out var sv) && sv.ValueKind == JsonValueKind.String ? sv.GetString() : null;
            facts = new FollowUpFigures.Facts(Bool("SubmittedBeforeMeeting"), verdict is "at-risk" or "not-protected", Bool("WantsHelpRegisteringAtAf"), Bool("NeedsInterpreter"), Bool("ConsentsToShareWithAf"));
        }

        return new FollowUpFigures.Meeting(
            StockholmTime.DateOf(createdUtc),
            root.TryGetProperty("Type", out var t) ? t.GetString() ?? "" : "",
            root.TryGetProperty("LegalSex", out var s) ? s.GetString() ?? "okant" : "okant",
            events.Any(e => e.EventType == AuditEventType.InvitationOpened.Name),
            events.Any(e => e.EventType == AuditEventType.QuestionnaireStarted.Name),
            facts);
    }

    private static bool IsDetached(string payloadJson)
    {
        using var payload = JsonDocument.Parse(payloadJson);
        return payload.RootElement.ValueKind == JsonValueKind.Object && payload.RootElement.TryGetProperty(DetachedProperty, out var d) && d.ValueKind == JsonValueKind.True;
    }

    private static string? TypeOf(string payloadJson)
    {
        using var payload = JsonDocument.Parse(payloadJson);
        return payload.RootElement.TryGetProperty("Type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
    }
}
