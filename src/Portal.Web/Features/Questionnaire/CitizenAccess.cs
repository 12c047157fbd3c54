using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// How a person proves that an invitation is theirs: the personnummer typed on the invitation page
/// (<see cref="PersonnummerIdentification"/>), or an e-legitimation through the agency's broker
/// (<see cref="BrokerIdentification"/>: the page sends the person there, and the callback brings back the personnummer
/// the broker vouches for). The questionnaire only sees the signed-in citizen (<see cref="CitizenAccess"/>).
/// </summary>
public interface IInvitationIdentification
{
    /// <summary>Which identification this is, for the start-up log.</summary>
    string Name { get; }

    /// <summary>True when the invitation page asks for the personnummer; false when it redirects to the broker.</summary>
    bool IsTyped { get; }

    /// <summary>Compares the personnummer (typed, or from the broker's claim) with the invitation's keyed hash.</summary>
    Task<IdentificationResult> VerifyAsync(Invitation invitation, string? input, ProcessContext context, CancellationToken cancellationToken = default);
}

public enum IdentificationOutcome
{
    Verified,
    InvalidInput,
    Mismatch,
    Locked,
}

public sealed record IdentificationResult(IdentificationOutcome Outcome, string? Message = null, int AttemptsLeft = 0);

/// <summary>
/// Checks the entered personnummer against the invitation, with at most five wrong tries before a lock. Tries are
/// counted in the database with conditional updates (a try is reserved before the number is compared), so parallel
/// requests cannot compare more numbers than allowed; each lock in a row lasts twice as long
/// (<see cref="Invitation.LockDurationAfter"/>), which bounds the guesses a day.
/// </summary>
public sealed class PersonnummerIdentification(PortalDbContext db, PersonalDataProtector protector) : IInvitationIdentification
{
    public string Name => "typed personnummer";

    public bool IsTyped => true;

    public async Task<IdentificationResult> VerifyAsync(Invitation invitation, string? input, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var subjectId = invitation.MeetingId.ToString();
        if (invitation.IsLocked(context.NowUtc))
        {
            return await RefusedAsync(subjectId, context, cancellationToken);
        }

        var personnummer = Personnummer.Parse(input, DateOnly.FromDateTime(context.NowUtc), out var error);
        if (personnummer is null)
        {
            return new IdentificationResult(IdentificationOutcome.InvalidInput, error, Math.Max(0, Invitation.MaxFailedAttempts - invitation.FailedAttempts));
        }

        var now = context.NowUtc;
        var max = Invitation.MaxFailedAttempts;
        var reserved = await db.Invitations
            .Where(i => i.Id == invitation.Id && (i.LockedUntilUtc == null ? i.FailedAttempts < max : i.LockedUntilUtc <= now))
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(i => i.FailedAttempts, i => i.LockedUntilUtc == null ? i.FailedAttempts + 1 : 1)
                    .SetProperty(i => i.LockedUntilUtc, (DateTime?)null),
                cancellationToken);
        if (reserved == 0)
        {
            return await RefusedAsync(subjectId, context, cancellationToken);
        }

        var meeting = invitation.Meeting ?? await db.Meetings.SingleAsync(m => m.Id == invitation.MeetingId, cancellationToken);
        if (!Matches(protector, personnummer, meeting))
        {
            db.AuditEvents.Add(context.Event(AuditEventType.InvitationIdentificationFailed, "Meeting", subjectId));
            var locked = await db.Invitations
                .Where(i => i.Id == invitation.Id && i.FailedAttempts >= max && i.LockedUntilUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.LockCount, i => i.LockCount + 1).SetProperty(i => i.LockedUntilUtc, now + Invitation.LockDuration), cancellationToken);
            if (locked == 1)
            {
                // Only the request that set the lock gets here: lengthen it by the number of locks in a row.
                var lockCount = await db.Invitations.Where(i => i.Id == invitation.Id).Select(i => i.LockCount).SingleAsync(cancellationToken);
                var until = now + Invitation.LockDurationAfter(lockCount);
                await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.LockedUntilUtc, until), cancellationToken);
                db.AuditEvents.Add(context.Event(AuditEventType.InvitationLocked, "Meeting", subjectId, new { LockCount = lockCount, LockedUntilUtc = until }));
                await db.SaveChangesAsync(cancellationToken);
                return new IdentificationResult(IdentificationOutcome.Locked);
            }

            await db.SaveChangesAsync(cancellationToken);
            var used = await db.Invitations.Where(i => i.Id == invitation.Id).Select(i => i.FailedAttempts).SingleAsync(cancellationToken);
            return new IdentificationResult(IdentificationOutcome.Mismatch, null, Math.Max(0, max - used));
        }

        await db.Invitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.FailedAttempts, 0).SetProperty(i => i.LockCount, 0).SetProperty(i => i.LockedUntilUtc, (DateTime?)null), cancellationToken);
        return await VerifiedAsync(db, invitation, meeting, context, cancellationToken);
    }

    /// <summary>The keyed hash of the personnummer against the meeting's, in constant time.</summary>
    internal static bool Matches(PersonalDataProtector protector, Personnummer personnummer, Meeting meeting) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(protector.LookupHash(personnummer)),
            Encoding.ASCII.GetBytes(meeting.PersonnummerHash));

    /// <summary>The person is who the invitation names: the first time, the invitation counts as opened.</summary>
    internal static async Task<IdentificationResult> VerifiedAsync(PortalDbContext db, Invitation invitation, Meeting meeting, ProcessContext context, CancellationToken cancellationToken)
    {
        if (invitation.FirstVerifiedUtc is null)
        {
            invitation.FirstVerifiedUtc = context.NowUtc;
            db.AuditEvents.Add(context.Event(AuditEventType.InvitationOpened, "Meeting", meeting.Id.ToString(), new { meeting.Type }));
            await FollowUpFacts.OpenedAsync(db, meeting.Id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new IdentificationResult(IdentificationOutcome.Verified);
    }

    private async Task<IdentificationResult> RefusedAsync(string subjectId, ProcessContext context, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(context.Event(AuditEventType.InvitationRefusedWhileLocked, "Meeting", subjectId));
        await db.SaveChangesAsync(cancellationToken);
        return new IdentificationResult(IdentificationOutcome.Locked);
    }
}

/// <summary>The signed-in citizen: a cookie that names exactly one invitation.</summary>
public static class CitizenAccess
{
    public const string Scheme = "Citizen";
    public const string Policy = "CitizenOwnsInvitation";
    public const string InvitationClaim = "invitation";
    public const string MeetingClaim = "meeting";

    public static ClaimsPrincipal Principal(Invitation invitation) => new(new ClaimsIdentity(
        [new Claim(InvitationClaim, invitation.Id.ToString()), new Claim(MeetingClaim, invitation.MeetingId.ToString())],
        Scheme));

    public static Guid? InvitationId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(InvitationClaim)?.Value, out var id) ? id : null;
}

/// <summary>The route's invitationId must be the one the citizen proved is theirs.</summary>
public sealed class OwnsInvitationRequirement : IAuthorizationRequirement;

public sealed class OwnsInvitationHandler : AuthorizationHandler<OwnsInvitationRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnsInvitationRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var routeId = http?.GetRouteValue("invitationId") as string;
        if (routeId is not null && Guid.TryParse(routeId, out var requested) && CitizenAccess.InvitationId(context.User) == requested)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
