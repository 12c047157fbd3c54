using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// The person's answer to an invitation (coming, another time, declined), the bookable times handläggare offer, and the
/// handläggare's moves, confirmations and cancellations. Each change is saved with its audit event in one
/// <c>SaveChangesAsync</c>. A picked time is taken by inserting (or pointing) the meeting's <see cref="TimeBooking"/>
/// at it; the unique index on the time decides between two people picking at once.
/// </summary>
public sealed class InvitationService(PortalDbContext db, PersonalDataProtector protector, IOptions<QuestionnaireOptions> options)
{
    public enum Outcome
    {
        Saved,
        NotFound,
        AfterCutoff,
        Cancelled,
        TimeTaken,
        TimeNotOffered,
        Invalid,
    }

    /// <summary>How long a meeting lasts in its calendar file and when offering times.</summary>
    public static readonly TimeSpan MeetingLength = TimeSpan.FromHours(1);

    /// <summary>The most times one publication may add.</summary>
    public const int MaxTimesAtOnce = 40;

    public TimeSpan Cutoff => TimeSpan.FromHours(options.Value.ChangeCutoffHours);

    /// <summary>Until when the person can answer or change the answer: the questionnaire's cut-off before the meeting.</summary>
    public DateTime CutoffUtc(Meeting meeting) => meeting.StartsAtUtc - Cutoff;

    public bool CanAnswer(Meeting meeting, DateTime nowUtc) => !meeting.IsCancelled && nowUtc < CutoffUtc(meeting);

    /// <summary>The times the person can pick: their handläggare's and the team's, not taken, and far enough ahead to be changed again.</summary>
    public async Task<List<BookableTime>> FreeTimesAsync(Meeting meeting, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var earliest = nowUtc + Cutoff;
        return await db.BookableTimes.AsNoTracking()
            .Where(t => (t.OwnerId == meeting.CaseOfficerId || t.OwnerId == BookableTime.TeamOwner) && t.Booking == null && t.StartsAtUtc > earliest && t.StartsAtUtc != meeting.StartsAtUtc)
            .OrderBy(t => t.StartsAtUtc)
            .Take(60)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The time the meeting holds, if it was picked from the offered times.</summary>
    public Task<BookableTime?> BookedTimeAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        db.BookableTimes.AsNoTracking().SingleOrDefaultAsync(t => t.Booking != null && t.Booking.MeetingId == meetingId, cancellationToken);

    /// <summary>"Jag kommer" or "Jag vill inte ha mötet" (with an optional reason and the person's own words).</summary>
    public async Task<Outcome> AnswerAsync(Guid invitationId, string answer, string? reason, string? reasonText, ProcessContext context, CancellationToken cancellationToken = default)
    {
        if (answer is not (InvitationAnswers.Coming or InvitationAnswers.Declined)
            || (reason is not null && !DeclineReasons.All.Contains(reason))
            || (reasonText?.Length > DeclineReasons.MaxTextLength))
        {
            return Outcome.Invalid;
        }

        var (invitation, refused) = await LoadForAnswerAsync(invitationId, context.NowUtc, cancellationToken);
        if (invitation is null)
        {
            return refused;
        }

        var declined = answer == InvitationAnswers.Declined;
        var text = declined && !string.IsNullOrWhiteSpace(reasonText) ? reasonText.Trim() : null;
        SetAnswer(invitation, answer, context);
        invitation.DeclineReason = declined ? reason : null;
        invitation.DeclineTextProtected = text is null ? null : protector.Protect(text);
        ClearWish(invitation);
        if (declined)
        {
            // A person who will not come holds no offered time: it goes back to the others.
            await ReleaseBookingAsync(invitation.MeetingId, cancellationToken);
        }

        await AddAnsweredAsync(invitation, context, answer, declined ? reason : null, null, false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Saved;
    }

    /// <summary>"Jag vill ha en annan tid" with the person's own words: it waits for the handläggare.</summary>
    public async Task<Outcome> WishAsync(Guid invitationId, string? wish, string? channel, bool interpreter, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var text = wish?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > DeclineReasons.MaxTextLength || (channel is not null && !MeetingChannels.All.Contains(channel)))
        {
            return Outcome.Invalid;
        }

        var (invitation, refused) = await LoadForAnswerAsync(invitationId, context.NowUtc, cancellationToken);
        if (invitation is null)
        {
            return refused;
        }

        SetAnswer(invitation, InvitationAnswers.OtherTime, context);
        invitation.DeclineReason = null;
        invitation.DeclineTextProtected = null;
        invitation.WishTextProtected = protector.Protect(text);
        invitation.WishChannel = channel;
        invitation.WishInterpreter = interpreter;
        invitation.WishHandledUtc = null;
        invitation.Meeting!.TimeConfirmedUtc = null;
        await AddAnsweredAsync(invitation, context, InvitationAnswers.OtherTime, null, new AnsweredWish(channel, interpreter), false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Saved;
    }

    /// <summary>Takes an offered time for the meeting, if it is still free; the meeting moves to it at once.</summary>
    public async Task<Outcome> BookAsync(Guid invitationId, Guid timeId, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var (invitation, refused) = await LoadForAnswerAsync(invitationId, context.NowUtc, cancellationToken);
        if (invitation is null)
        {
            return refused;
        }

        var meeting = invitation.Meeting!;
        var time = await db.BookableTimes.Include(t => t.Booking).SingleOrDefaultAsync(t => t.Id == timeId, cancellationToken);
        if (time is null || (time.OwnerId != meeting.CaseOfficerId && time.OwnerId != BookableTime.TeamOwner) || time.StartsAtUtc <= context.NowUtc + Cutoff)
        {
            return Outcome.TimeNotOffered;
        }

        if (time.Booking is { } taken)
        {
            return taken.MeetingId == meeting.Id ? Outcome.Saved : Outcome.TimeTaken;
        }

        var booking = await db.TimeBookings.SingleOrDefaultAsync(b => b.MeetingId == meeting.Id, cancellationToken);
        if (booking is null)
        {
            db.TimeBookings.Add(new TimeBooking { Id = Guid.NewGuid(), BookableTimeId = time.Id, MeetingId = meeting.Id, BookedUtc = context.NowUtc });
        }
        else
        {
            booking.BookableTimeId = time.Id;
            booking.BookedUtc = context.NowUtc;
        }

        var previous = meeting.StartsAtUtc;
        SetAnswer(invitation, InvitationAnswers.OtherTime, context);
        invitation.DeclineReason = null;
        invitation.DeclineTextProtected = null;
        ClearWish(invitation);
        MoveTo(meeting, invitation, time.StartsAtUtc);
        meeting.TimeConfirmedUtc = null;
        await AddAnsweredAsync(invitation, context, InvitationAnswers.OtherTime, null, null, true, cancellationToken);
        db.AuditEvents.Add(context.Event(AuditEventType.InvitationTimeBooked, "Meeting", meeting.Id.ToString(), new { BookableTimeId = time.Id, PreviousStartsAtUtc = previous, meeting.StartsAtUtc }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Saved;
        }
        catch (DbUpdateException)
        {
            // Someone else's booking of the same time was saved first (the unique index on the time refused this one).
            db.ChangeTracker.Clear();
            var takenNow = await db.TimeBookings.AnyAsync(b => b.BookableTimeId == timeId && b.MeetingId != meeting.Id, cancellationToken);
            if (takenNow)
            {
                return Outcome.TimeTaken;
            }

            throw;
        }
    }

    /// <summary>Publishes times for a handläggare or the team; a time the owner already offers is skipped. Returns how many were added.</summary>
    public async Task<int> PublishAsync(string ownerId, IReadOnlyCollection<DateTime> startsAtUtc, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var wanted = startsAtUtc.Distinct().ToList();
        var existing = await db.BookableTimes.Where(t => t.OwnerId == ownerId && wanted.Contains(t.StartsAtUtc)).Select(t => t.StartsAtUtc).ToListAsync(cancellationToken);
        var added = wanted.Except(existing).OrderBy(t => t).ToList();
        foreach (var start in added)
        {
            db.BookableTimes.Add(new BookableTime { Id = Guid.NewGuid(), OwnerId = ownerId, StartsAtUtc = start, CreatedUtc = context.NowUtc, CreatedBy = context.Actor });
        }

        if (added.Count > 0)
        {
            db.AuditEvents.Add(context.Event(AuditEventType.BookableTimesPublished, "BookableTimes", ownerId, new { Times = added }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return added.Count;
    }

    /// <summary>Removes an offered time that nobody has taken.</summary>
    public async Task<bool> RemoveTimeAsync(Guid timeId, IReadOnlyCollection<string> owners, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var time = await db.BookableTimes.Include(t => t.Booking).SingleOrDefaultAsync(t => t.Id == timeId && owners.Contains(t.OwnerId), cancellationToken);
        if (time is null || time.Booking is not null)
        {
            return false;
        }

        db.BookableTimes.Remove(time);
        db.AuditEvents.Add(context.Event(AuditEventType.BookableTimeRemoved, "BookableTimes", time.OwnerId, new { time.StartsAtUtc }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The handläggare moves the meeting (and so answers a wish); an offered time the meeting held goes back to the others.</summary>
    public async Task<Outcome> MoveAsync(Guid meetingId, DateTime startsAtUtc, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.Include(m => m.Invitation).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting?.Invitation is null)
        {
            return Outcome.NotFound;
        }

        if (meeting.IsCancelled)
        {
            return Outcome.Cancelled;
        }

        if (startsAtUtc <= context.NowUtc)
        {
            return Outcome.Invalid;
        }

        var previous = meeting.StartsAtUtc;
        await ReleaseBookingAsync(meeting.Id, cancellationToken);
        MoveTo(meeting, meeting.Invitation, startsAtUtc);
        meeting.TimeConfirmedUtc = context.NowUtc;
        meeting.Invitation.WishHandledUtc = context.NowUtc;
        db.AuditEvents.Add(context.Event(AuditEventType.MeetingMoved, "Meeting", meeting.Id.ToString(), new { PreviousStartsAtUtc = previous, meeting.StartsAtUtc }));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Saved;
    }

    /// <summary>The handläggare confirms the time the meeting has now (after the person picked one or asked for another).</summary>
    public async Task<Outcome> ConfirmAsync(Guid meetingId, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.Include(m => m.Invitation).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting?.Invitation is null)
        {
            return Outcome.NotFound;
        }

        if (meeting.IsCancelled)
        {
            return Outcome.Cancelled;
        }

        meeting.TimeConfirmedUtc = context.NowUtc;
        meeting.Invitation.WishHandledUtc = context.NowUtc;
        db.AuditEvents.Add(context.Event(AuditEventType.MeetingTimeConfirmed, "Meeting", meeting.Id.ToString(), new { meeting.StartsAtUtc }));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Saved;
    }

    /// <summary>Cancels the meeting: the person's link says so and takes no more answers; an offered time it held is freed.</summary>
    public async Task<Outcome> CancelAsync(Guid meetingId, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return Outcome.NotFound;
        }

        if (meeting.IsCancelled)
        {
            return Outcome.Saved;
        }

        meeting.CancelledUtc = context.NowUtc;
        meeting.TimeVersion++;
        await ReleaseBookingAsync(meeting.Id, cancellationToken);
        db.AuditEvents.Add(context.Event(AuditEventType.MeetingCancelled, "Meeting", meeting.Id.ToString(), new { meeting.StartsAtUtc }));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Saved;
    }

    /// <summary>The person's own words (decline reason and wish), decrypted for the handläggare or the person.</summary>
    public (string? DeclineText, string? WishText) OwnWords(Invitation invitation) =>
        (invitation.DeclineTextProtected is { } d ? protector.Unprotect(d) : null, invitation.WishTextProtected is { } w ? protector.Unprotect(w) : null);

    private async Task<(Invitation? Invitation, Outcome Refused)> LoadForAnswerAsync(Guid invitationId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation?.Meeting is null || invitation.IsExpired(nowUtc))
        {
            return (null, Outcome.NotFound);
        }

        if (invitation.Meeting.IsCancelled)
        {
            return (null, Outcome.Cancelled);
        }

        return nowUtc < CutoffUtc(invitation.Meeting) ? (invitation, Outcome.Saved) : (null, Outcome.AfterCutoff);
    }

    private static void SetAnswer(Invitation invitation, string answer, ProcessContext context)
    {
        invitation.Answer = answer;
        invitation.AnsweredUtc = context.NowUtc;
        invitation.FirstAnsweredUtc ??= context.NowUtc;
    }

    private static void ClearWish(Invitation invitation)
    {
        invitation.WishTextProtected = null;
        invitation.WishChannel = null;
        invitation.WishInterpreter = false;
        invitation.WishHandledUtc = null;
    }

    /// <summary>What an <see cref="AuditEventType.InvitationAnswered"/> event holds: codes and flags, never the person's words.</summary>
    public sealed record Answered(string Answer, string? Reason, bool Booked, string? WishChannel, bool WishInterpreter, int DaysToFirstAnswer);

    private sealed record AnsweredWish(string? Channel, bool Interpreter);

    private async Task AddAnsweredAsync(Invitation invitation, ProcessContext context, string answer, string? reason, AnsweredWish? wish, bool booked, CancellationToken cancellationToken)
    {
        // The days from the invitation to the first answer, counted in Stockholm days, for the follow-up.
        var days = StockholmTime.DateOf(invitation.FirstAnsweredUtc!.Value).DayNumber - StockholmTime.DateOf(invitation.CreatedUtc).DayNumber;
        db.AuditEvents.Add(context.Event(AuditEventType.InvitationAnswered, "Meeting", invitation.MeetingId.ToString(),
            new Answered(answer, reason, booked, wish?.Channel, wish?.Interpreter ?? false, days)));
        await FollowUpFacts.AnsweredAsync(db, invitation.MeetingId, answer, reason, days, cancellationToken);
    }

    private static void MoveTo(Meeting meeting, Invitation invitation, DateTime startsAtUtc)
    {
        if (meeting.StartsAtUtc == startsAtUtc)
        {
            return;
        }

        meeting.StartsAtUtc = startsAtUtc;
        meeting.TimeVersion++;
        invitation.ExpiresUtc = startsAtUtc + MeetingService.LinkValidAfterStart;
    }

    private async Task ReleaseBookingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        if (await db.TimeBookings.SingleOrDefaultAsync(b => b.MeetingId == meetingId, cancellationToken) is { } booking)
        {
            db.TimeBookings.Remove(booking);
        }
    }
}
