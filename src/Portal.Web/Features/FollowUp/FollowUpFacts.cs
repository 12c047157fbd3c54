using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.FollowUp;

/// <summary>
/// The follow-up facts of each meeting (<see cref="FollowUpFact"/>), written at the moment things happen, in the same
/// save as the change and its audit event, and how they outlive the meeting without pointing at it: when the meeting
/// is deleted (by retention, staff, the API) its row loses the link, one <see cref="AuditEventType.FollowUpFactsKept"/>
/// event records the kept facts under the row's random id, dated to the month only; the meeting's own events keep
/// neither the answer-derived facts (SGI verdict, interpreter, consent, AF help) nor the legal sex, and none of them
/// keeps a client address. The figures are a GROUP BY over the rows.
/// </summary>
public static class FollowUpFacts
{
    public const string SubjectType = "FollowUp";

    /// <summary>Set in a meeting event's payload once its facts have moved.</summary>
    public const string DetachedProperty = "Detached";

    /// <summary>The subject of the <see cref="AuditEventType.StoredFactsBackfilled"/> event that marks the one-time fill from the audit log.</summary>
    public const string BackfillSubject = "follow-up";

    private static readonly string[] CitizenEvents =
        [AuditEventType.MeetingCreated.Name, AuditEventType.InvitationOpened.Name, AuditEventType.QuestionnaireStarted.Name, AuditEventType.QuestionnaireSubmitted.Name, AuditEventType.AfConsentChanged.Name];

    /// <summary>The event types whose payloads carry facts about the person.</summary>
    private static readonly string[] FactEvents =
        [AuditEventType.MeetingCreated.Name, AuditEventType.QuestionnaireSubmitted.Name, AuditEventType.QuestionnaireChanged.Name, AuditEventType.InvitationAnswered.Name, AuditEventType.AfConsentChanged.Name];

    /// <summary>The payload of a <see cref="AuditEventType.FollowUpFactsKept"/> event.</summary>
    private sealed record Stored(
        string Month, string Type, string Sex, bool Opened, bool Started, FollowUpFigures.Facts? Submitted, string? Answer = null, string? DeclineReason = null, int? DaysToAnswer = null,
        bool Af = false, bool AfConsent = false, bool AfWithdrawn = false);

    /// <summary>A new meeting, with or without a handläggare from AF (tracked: saved with the meeting and its MeetingCreated event).</summary>
    public static void Created(PortalDbContext db, Guid meetingId, string meetingType, string? legalSex, DateTime createdUtc, bool afTakesPart) =>
        db.FollowUpFacts.Add(new FollowUpFact
        {
            Id = Guid.NewGuid(),
            MeetingId = meetingId,
            Month = FollowUpFigures.MonthOf(StockholmTime.DateOf(createdUtc)),
            MeetingType = meetingType,
            Sex = SexOf(legalSex),
            AfTakesPart = afTakesPart,
        });

    /// <summary>A handläggare from AF was named on an existing meeting (tracked: saved with the change of the meeting).</summary>
    public static Task AfParticipantSetAsync(PortalDbContext db, Guid meetingId, CancellationToken cancellationToken) =>
        UpdateAsync(db, meetingId, fact => fact.AfTakesPart = true, cancellationToken);

    /// <summary>
    /// The person's consent to share with AF changed (tracked: saved with the meeting's new state and its AfConsentChanged
    /// event): whether it is yes now, and whether it has ever been withdrawn.
    /// </summary>
    public static Task AfConsentChangedAsync(PortalDbContext db, Guid meetingId, AfConsent consent, CancellationToken cancellationToken) =>
        UpdateAsync(db, meetingId, fact =>
        {
            fact.AfConsentGiven = consent == AfConsent.Given;
            fact.AfConsentWithdrawn |= consent == AfConsent.Withdrawn;
        }, cancellationToken);

    /// <summary>The person opened the invitation (tracked: saved with the InvitationOpened event).</summary>
    public static Task OpenedAsync(PortalDbContext db, Guid meetingId, CancellationToken cancellationToken) =>
        UpdateAsync(db, meetingId, fact => fact.Opened = true, cancellationToken);

    /// <summary>The person saved answers for the first time (tracked: saved with the QuestionnaireStarted event).</summary>
    public static Task StartedAsync(PortalDbContext db, Guid meetingId, CancellationToken cancellationToken) =>
        UpdateAsync(db, meetingId, fact => fact.Started = true, cancellationToken);

    /// <summary>The person submitted; only the first submission of a meeting counts, as the figures always did (tracked: saved with the QuestionnaireSubmitted event).</summary>
    public static Task SubmittedAsync(PortalDbContext db, Guid meetingId, QuestionnaireStatistics.Facts facts, CancellationToken cancellationToken) =>
        UpdateAsync(db, meetingId, fact =>
        {
            if (!fact.Submitted)
            {
                fact.Submitted = true;
                fact.SubmittedBeforeMeeting = facts.SubmittedBeforeMeeting;
                fact.SgiRisk = IsSgiRisk(facts.SgiVerdict);
                fact.WantsAfHelp = facts.WantsHelpRegisteringAtAf;
                fact.NeedsInterpreter = facts.NeedsInterpreter;
                fact.ConsentsToShareWithAf = facts.ConsentsToShareWithAf;
            }
        }, cancellationToken);

    private static async Task UpdateAsync(PortalDbContext db, Guid meetingId, Action<FollowUpFact> change, CancellationToken cancellationToken)
    {
        var fact = db.FollowUpFacts.Local.FirstOrDefault(f => f.MeetingId == meetingId)
            ?? await db.FollowUpFacts.SingleOrDefaultAsync(f => f.MeetingId == meetingId, cancellationToken);
        if (fact is not null)
        {
            change(fact);
        }
    }

    /// <summary>
    /// The person answered the invitation (tracked: saved with the InvitationAnswered event): the answer as it stands
    /// now, the decline reason's code (never the person's words), and the days to the first answer.
    /// </summary>
    public static Task AnsweredAsync(PortalDbContext db, Guid meetingId, string answer, string? declineReason, int daysToFirstAnswer, CancellationToken cancellationToken) =>
        UpdateAsync(db, meetingId, fact =>
        {
            fact.Answer = answer;
            fact.DeclineReason = declineReason;
            fact.DaysToAnswer ??= daysToFirstAnswer;
        }, cancellationToken);

    /// <summary>Unlinks the meeting's facts (tracked changes: saved with the caller's deletion, in its transaction).</summary>
    public static async Task DetachAsync(PortalDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var subject = meetingId.ToString();
        var events = await db.AuditEvents.Where(e => e.SubjectType == "Meeting" && e.SubjectId == subject).ToListAsync(cancellationToken);
        var fact = await db.FollowUpFacts.SingleOrDefaultAsync(f => f.MeetingId == meetingId, cancellationToken);
        if (fact is not null)
        {
            fact.MeetingId = null;
            var month = DateOnly.ParseExact(fact.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            db.AuditEvents.Add(new AuditEvent
            {
                Id = Guid.NewGuid(),
                EventType = AuditEventType.FollowUpFactsKept.Name,
                OccurredUtc = month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Actor = "system:uppfoljning",
                SubjectType = SubjectType,
                SubjectId = fact.Id.ToString(),
                PayloadJson = JsonSerializer.Serialize(new Stored(fact.Month, fact.MeetingType, fact.Sex, fact.Opened, fact.Started, fact.Submitted
                    ? new FollowUpFigures.Facts(fact.SubmittedBeforeMeeting, fact.SgiRisk, fact.WantsAfHelp, fact.NeedsInterpreter, fact.ConsentsToShareWithAf)
                    : null, fact.Answer, fact.DeclineReason, fact.DaysToAnswer, fact.AfTakesPart, fact.AfConsentGiven, fact.AfConsentWithdrawn)),
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

    /// <summary>The counts per month, meeting type and legal sex: one GROUP BY over every meeting, live or deleted.</summary>
    public static Task<List<FollowUpFigures.Group>> LoadAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.FollowUpFacts.AsNoTracking()
            .GroupBy(f => new { f.Month, f.MeetingType, f.Sex })
            .Select(g => new FollowUpFigures.Group(
                g.Key.Month,
                g.Key.MeetingType,
                g.Key.Sex,
                g.Count(),
                g.Sum(f => f.Opened || f.Started || f.Submitted ? 1 : 0),
                g.Sum(f => f.Started || f.Submitted ? 1 : 0),
                g.Sum(f => f.Submitted ? 1 : 0),
                g.Sum(f => f.Submitted && f.SubmittedBeforeMeeting ? 1 : 0),
                g.Sum(f => f.Submitted && f.SgiRisk ? 1 : 0),
                g.Sum(f => f.Submitted && f.WantsAfHelp ? 1 : 0),
                g.Sum(f => f.Submitted && f.NeedsInterpreter ? 1 : 0),
                g.Sum(f => f.Submitted && f.ConsentsToShareWithAf ? 1 : 0),
                g.Sum(f => f.Answer != null ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Coming ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.OtherTime ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined && f.DeclineReason == DeclineReasons.BackAtEmployer ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined && f.DeclineReason == DeclineReasons.HasSupport ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined && f.DeclineReason == DeclineReasons.TooIll ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined && f.DeclineReason == DeclineReasons.NoUse ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined && f.DeclineReason == DeclineReasons.NoTime ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined && f.DeclineReason == DeclineReasons.Other ? 1 : 0),
                g.Sum(f => f.Answer == InvitationAnswers.Declined && f.DeclineReason == null ? 1 : 0),
                g.Sum(f => f.Answer != null ? f.DaysToAnswer ?? 0 : 0),
                g.Sum(f => f.AfTakesPart ? 1 : 0),
                g.Sum(f => f.AfTakesPart && f.AfConsentGiven ? 1 : 0),
                g.Sum(f => f.AfTakesPart && f.AfConsentWithdrawn ? 1 : 0)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Once, on the first start after the upgrade that added the facts table: a row for every meeting the audit log
    /// knows (live ones from their events, deleted ones from their kept facts), exactly as the figures counted them
    /// before. Reads and writes <paramref name="batchSize"/> meetings at a time, in one transaction. Marked done by an
    /// audit event; a second instance starting at the same time fails on the rows' keys and leaves the work to the first.
    /// </summary>
    public static async Task BackfillAsync(PortalDbContext db, TimeProvider time, ILogger logger, int batchSize, CancellationToken cancellationToken)
    {
        if (await db.AuditEvents.AnyAsync(e => e.SubjectType == AuditEventType.StoredFactsSubjectType && e.SubjectId == BackfillSubject, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var rows = 0;
            // The meetings, by subject id: each batch is the next subjects after the last one read.
            var created = AuditEventType.MeetingCreated.Name;
            string? after = null;
            while (true)
            {
                var subjects = await db.AuditEvents.AsNoTracking()
                    .Where(e => e.SubjectType == "Meeting" && e.EventType == created && (after == null || e.SubjectId.CompareTo(after) > 0))
                    .Select(e => e.SubjectId).Distinct().OrderBy(s => s).Take(batchSize)
                    .ToListAsync(cancellationToken);
                if (subjects.Count == 0)
                {
                    break;
                }

                after = subjects[^1];
                rows += await AddFromEventsAsync(db, subjects, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            // The deleted meetings' kept facts, the same way.
            string? afterKept = null;
            while (true)
            {
                var kept = await db.AuditEvents.AsNoTracking()
                    .Where(e => e.EventType == AuditEventType.FollowUpFactsKept.Name && e.SubjectType == SubjectType && (afterKept == null || e.SubjectId.CompareTo(afterKept) > 0))
                    .OrderBy(e => e.SubjectId).Take(batchSize)
                    .Select(e => new { e.SubjectId, e.PayloadJson })
                    .ToListAsync(cancellationToken);
                if (kept.Count == 0)
                {
                    break;
                }

                afterKept = kept[^1].SubjectId;
                foreach (var e in kept)
                {
                    var stored = JsonSerializer.Deserialize<Stored>(e.PayloadJson)!;
                    var row = Row(Guid.TryParse(e.SubjectId, out var id) ? id : Guid.NewGuid(), null, stored.Month, stored.Type, stored.Sex, stored.Opened, stored.Started, stored.Submitted);
                    row.Answer = stored.Answer;
                    row.DeclineReason = stored.DeclineReason;
                    row.DaysToAnswer = stored.DaysToAnswer;
                    row.AfTakesPart = stored.Af;
                    row.AfConsentGiven = stored.AfConsent;
                    row.AfConsentWithdrawn = stored.AfWithdrawn;
                    db.FollowUpFacts.Add(row);
                    rows++;
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            var now = time.GetUtcNow().UtcDateTime;
            db.AuditEvents.Add(new ProcessContext("system:upgrade", now, "Uppföljningens fakta från granskningsloggen, före uppgraderingen")
                .Event(AuditEventType.StoredFactsBackfilled, AuditEventType.StoredFactsSubjectType, BackfillSubject, new { Rows = rows }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another instance filled the same rows first (their keys are unique): its rows stand.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogWarning(ex, "The follow-up facts were filled in by another instance.");
        }
    }

    /// <summary>The rows of one batch of meetings (<paramref name="subjects"/>: their audit subject ids), from their events; returns how many.</summary>
    private static async Task<int> AddFromEventsAsync(PortalDbContext db, List<string> subjects, CancellationToken cancellationToken)
    {
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == "Meeting" && subjects.Contains(e.SubjectId) && CitizenEvents.Contains(e.EventType))
            .Select(e => new { e.EventType, e.SubjectId, e.OccurredUtc, e.PayloadJson })
            .ToListAsync(cancellationToken);
        var ids = subjects.Select(s => Guid.TryParse(s, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        var live = (await db.Meetings.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var known = (await db.FollowUpFacts.Where(f => f.MeetingId != null && ids.Contains(f.MeetingId.Value)).Select(f => f.MeetingId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var bySubject = events.ToLookup(e => e.SubjectId);
        var rows = 0;
        foreach (var created in events.Where(e => e.EventType == AuditEventType.MeetingCreated.Name && !IsDetached(e.PayloadJson)))
        {
            // A meeting whose row is gone without its facts having moved (not by the portal) still counts, as before.
            Guid? meetingId = Guid.TryParse(created.SubjectId, out var id) && live.Contains(id) ? id : null;
            if (meetingId is { } m && known.Contains(m))
            {
                continue;
            }

            var meeting = FromEvents(created.OccurredUtc, created.PayloadJson, bySubject[created.SubjectId].Select(e => (e.EventType, e.OccurredUtc, e.PayloadJson)).ToList());
            var row = Row(meetingId is null && Guid.TryParse(created.SubjectId, out var orphan) ? orphan : Guid.NewGuid(), meetingId, FollowUpFigures.MonthOf(meeting.CreatedOn), meeting.Type, meeting.Sex, meeting.Opened, meeting.Started, meeting.Submitted);
            row.AfTakesPart = meeting.Af;
            row.AfConsentGiven = meeting.AfConsent;
            row.AfConsentWithdrawn = meeting.AfWithdrawn;
            db.FollowUpFacts.Add(row);
            rows++;
        }

        return rows;
    }

    private static FollowUpFact Row(Guid id, Guid? meetingId, string month, string type, string sex, bool opened, bool started, FollowUpFigures.Facts? submitted) => new()
    {
        Id = id,
        MeetingId = meetingId,
        Month = month,
        MeetingType = type,
        Sex = SexOf(sex),
        Opened = opened,
        Started = started,
        Submitted = submitted is not null,
        SubmittedBeforeMeeting = submitted?.BeforeMeeting ?? false,
        SgiRisk = submitted?.SgiRisk ?? false,
        WantsAfHelp = submitted?.WantsAf ?? false,
        NeedsInterpreter = submitted?.Interpreter ?? false,
        ConsentsToShareWithAf = submitted?.Consent ?? false,
    };

    private static string SexOf(string? legalSex) => legalSex is "kvinna" or "man" ? legalSex : "okant";

    private static bool IsSgiRisk(string? verdict) => verdict is "at-risk" or "not-protected";

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
            facts = new FollowUpFigures.Facts(Bool("SubmittedBeforeMeeting"), IsSgiRisk(verdict), Bool("WantsHelpRegisteringAtAf"), Bool("NeedsInterpreter"), Bool("ConsentsToShareWithAf"));
        }

        var consents = events.Where(e => e.EventType == AuditEventType.AfConsentChanged.Name).OrderBy(e => e.OccurredUtc).Select(e => ConsentTo(e.PayloadJson)).ToList();
        return new FollowUpFigures.Meeting(
            StockholmTime.DateOf(createdUtc),
            root.TryGetProperty("Type", out var t) ? t.GetString() ?? "" : "",
            root.TryGetProperty("LegalSex", out var s) ? s.GetString() ?? "okant" : "okant",
            events.Any(e => e.EventType == AuditEventType.InvitationOpened.Name),
            events.Any(e => e.EventType == AuditEventType.QuestionnaireStarted.Name),
            facts,
            Af: root.TryGetProperty("AfCaseOfficerId", out var af) && af.ValueKind == JsonValueKind.String,
            AfConsent: consents.LastOrDefault() == nameof(AfConsent.Given),
            AfWithdrawn: consents.Contains(nameof(AfConsent.Withdrawn)));
    }

    /// <summary>The state an <see cref="AuditEventType.AfConsentChanged"/> event changed the consent to ("Given", "Withdrawn").</summary>
    private static string? ConsentTo(string payloadJson)
    {
        using var payload = JsonDocument.Parse(payloadJson);
        return payload.RootElement.TryGetProperty("To", out var to) && to.ValueKind == JsonValueKind.String ? to.GetString() : null;
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
