using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.FollowUp;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Meetings;

/// <summary>The person's consent to share their answers with Arbetsförmedlingen, as it is now. Stored as its number.</summary>
public enum AfConsent
{
    /// <summary>The person has not answered (no submitted questionnaire, no choice on the consent page).</summary>
    NotAnswered = 0,

    /// <summary>Yes: the AF handläggare taking part may read the answers.</summary>
    Given = 1,

    /// <summary>No, without having said yes before.</summary>
    Refused = 2,

    /// <summary>No, after a yes: the answers are hidden from AF again.</summary>
    Withdrawn = 3,
}

/// <summary>
/// How the consent changes, for every place that changes it (the questionnaire's question "Får Försäkringskassan dela
/// dina svar med Arbetsförmedlingen" on submission, and the consent page of the person's link), and how the staff pages
/// name it. Each change sets the time and writes one <see cref="AuditEventType.AfConsentChanged"/> event in the caller's save.
/// </summary>
public static class AfConsentRules
{
    /// <summary>The flag of the questionnaire's question about sharing with AF (its answer is "ja" or "nej").</summary>
    public const string QuestionnaireFlag = "consent-af";

    /// <summary>Where a change came from (in the audit event).</summary>
    public enum Source
    {
        Questionnaire,
        ConsentPage,
    }

    /// <summary>The state after the person says yes (<paramref name="give"/>) or no, from <paramref name="current"/>.</summary>
    public static AfConsent Next(AfConsent current, bool give) =>
        give ? AfConsent.Given
        : current is AfConsent.Given or AfConsent.Withdrawn ? AfConsent.Withdrawn
        : AfConsent.Refused;

    /// <summary>
    /// Applies the person's yes or no to the tracked meeting, with its audit event and the meeting's follow-up facts
    /// (<see cref="FollowUpFacts.AfConsentChangedAsync"/>), all saved by the caller's one save; false (and nothing
    /// written) when the state stays the same.
    /// </summary>
    public static async Task<bool> ApplyAsync(PortalDbContext db, Meeting meeting, bool give, Source source, ProcessContext context, CancellationToken cancellationToken)
    {
        var next = Next(meeting.AfConsent, give);
        if (next == meeting.AfConsent)
        {
            return false;
        }

        db.AuditEvents.Add(context.Event(AuditEventType.AfConsentChanged, "Meeting", meeting.Id.ToString(), new { From = meeting.AfConsent.ToString(), To = next.ToString(), Source = source.ToString() }));
        meeting.AfConsent = next;
        meeting.AfConsentChangedUtc = context.NowUtc;
        await FollowUpFacts.AfConsentChangedAsync(db, meeting.Id, next, cancellationToken);
        return true;
    }

    /// <summary>The person can give or withdraw the consent from their link until the meeting starts, unless it is cancelled.</summary>
    public static bool CanChange(Meeting meeting, DateTime nowUtc) => !meeting.IsCancelled && nowUtc < meeting.StartsAtUtc;

    public enum Outcome
    {
        Saved,
        Closed,
    }

    /// <summary>The person's choice on the consent page of their link: saved with its audit event in one save, or refused after the meeting's start.</summary>
    public static async Task<Outcome> ChangeAsync(PortalDbContext db, Guid meetingId, bool give, ProcessContext context, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, cancellationToken);
        if (!CanChange(meeting, context.NowUtc))
        {
            return Outcome.Closed;
        }

        if (await ApplyAsync(db, meeting, give, Source.ConsentPage, context, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome.Saved;
    }

    /// <summary>The state as the handläggare on both sides read it.</summary>
    public static string Name(AfConsent consent) => consent switch
    {
        AfConsent.Given => "Ja, svaren får delas med Arbetsförmedlingen",
        AfConsent.Refused => "Nej, svaren får inte delas med Arbetsförmedlingen",
        AfConsent.Withdrawn => "Återkallat: svaren får inte längre delas med Arbetsförmedlingen",
        _ => "Personen har inte svarat",
    };

    /// <summary>A short code for tests and styling ("given", "withdrawn").</summary>
    public static string Code(AfConsent consent) => consent switch
    {
        AfConsent.Given => "given",
        AfConsent.Refused => "refused",
        AfConsent.Withdrawn => "withdrawn",
        _ => "not-answered",
    };
}
