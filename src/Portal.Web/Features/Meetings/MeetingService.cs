using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.FollowUp;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;

namespace Portal.Web.Features.Meetings;

/// <summary>Creates meetings with their invitation link, and deletes them. Every change writes an audit event, and the follow-up facts with it.</summary>
public sealed class MeetingService(PortalDbContext db, PersonalDataProtector protector)
{
    public sealed record NewMeeting(
        string Type,
        DateTime StartsAtUtc,
        string Channel,
        string CaseOfficerId,
        Personnummer Personnummer,
        string PersonName,
        bool HasProtectedIdentity = false,
        bool IsDemo = false)
    {
        /// <summary>The office's address, for a meeting on site.</summary>
        public string? Address { get; init; }

        /// <summary>The link to a video meeting.</summary>
        public string? VideoLink { get; init; }

        /// <summary>How the person reaches the handläggare.</summary>
        public string? ContactRoute { get; init; }

        /// <summary>The handläggare at Arbetsförmedlingen taking part (a user id), checked by <see cref="AfParticipants"/>.</summary>
        public string? AfCaseOfficerId { get; init; }
    }

    /// <summary>How long after the start a link still works: the rest of the meeting day, at least.</summary>
    public static readonly TimeSpan LinkValidAfterStart = TimeSpan.FromHours(12);

    /// <summary>Creates the meeting and its invitation. Returns the token for the personal link; it is not stored.</summary>
    public async Task<(Meeting Meeting, string Token)> CreateAsync(NewMeeting input, ProcessContext context, string? token = null, CancellationToken cancellationToken = default)
    {
        token ??= Invitation.NewToken();
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            Type = input.Type,
            StartsAtUtc = input.StartsAtUtc,
            Channel = input.Channel,
            CaseOfficerId = input.CaseOfficerId,
            PersonnummerProtected = protector.Protect(input.Personnummer.Digits),
            PersonnummerHash = protector.LookupHash(input.Personnummer),
            PersonNameProtected = protector.Protect(input.PersonName.Trim()),
            HasProtectedIdentity = input.HasProtectedIdentity,
            IsDemo = input.IsDemo,
            Address = input.Address,
            VideoLink = input.VideoLink,
            ContactRoute = input.ContactRoute,
            AfCaseOfficerId = input.AfCaseOfficerId,
            CreatedUtc = context.NowUtc,
            CreatedBy = context.Actor,
        };
        meeting.Invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            MeetingId = meeting.Id,
            TokenHash = Invitation.HashToken(token),
            CreatedUtc = context.NowUtc,
            ExpiresUtc = input.StartsAtUtc + LinkValidAfterStart,
        };
        db.Meetings.Add(meeting);
        FollowUpFacts.Created(db, meeting.Id, meeting.Type, input.Personnummer.LegalSex, context.NowUtc, afTakesPart: meeting.AfCaseOfficerId is not null);
        db.AuditEvents.Add(context.Event(AuditEventType.MeetingCreated, "Meeting", meeting.Id.ToString(), new
        {
            meeting.Type,
            meeting.Channel,
            meeting.StartsAtUtc,
            meeting.CaseOfficerId,
            meeting.HasProtectedIdentity,
            meeting.AfCaseOfficerId,
            LegalSex = input.Personnummer.LegalSex,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return (meeting, token);
    }

    /// <summary>Deletes a meeting with its invitation and answers. No copy is kept; the audit event holds no personal data.</summary>
    public async Task<bool> DeleteAsync(Guid meetingId, AuditEventType eventType, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        db.Meetings.Remove(meeting);
        await FollowUpFacts.DetachAsync(db, meeting.Id, cancellationToken);
        db.AuditEvents.Add(context.Event(eventType, "Meeting", meeting.Id.ToString(), new { meeting.Type, meeting.StartsAtUtc }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
