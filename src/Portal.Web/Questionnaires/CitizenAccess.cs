using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Meetings;
using Portal.Web.Privacy;

namespace Portal.Web.Questionnaires;

/// <summary>
/// How a person proves that an invitation is theirs. Today: the personnummer on the invitation. A real
/// e-legitimation provider can replace this without touching the questionnaire, which only sees the signed-in
/// citizen (<see cref="CitizenAccess"/>).
/// </summary>
public interface IInvitationIdentification
{
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

/// <summary>Checks the entered personnummer against the invitation, with at most five wrong tries before a lock.</summary>
public sealed class PersonnummerIdentification(PortalDbContext db, PersonalDataProtector protector) : IInvitationIdentification
{
    public async Task<IdentificationResult> VerifyAsync(Invitation invitation, string? input, ProcessContext context, CancellationToken cancellationToken = default)
    {
        if (invitation.IsLocked(context.NowUtc))
        {
            return new IdentificationResult(IdentificationOutcome.Locked);
        }

        var personnummer = Personnummer.Parse(input, DateOnly.FromDateTime(context.NowUtc), out var error);
        if (personnummer is null)
        {
            return new IdentificationResult(IdentificationOutcome.InvalidInput, error, Invitation.MaxFailedAttempts - invitation.FailedAttempts);
        }

        var meeting = invitation.Meeting ?? await db.Meetings.SingleAsync(m => m.Id == invitation.MeetingId, cancellationToken);
        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(protector.LookupHash(personnummer)),
            Encoding.ASCII.GetBytes(meeting.PersonnummerHash));
        if (!matches)
        {
            invitation.FailedAttempts++;
            if (invitation.FailedAttempts >= Invitation.MaxFailedAttempts)
            {
                invitation.FailedAttempts = 0;
                invitation.LockedUntilUtc = context.NowUtc + Invitation.LockDuration;
                db.AuditEvents.Add(context.Event(AuditEventType.InvitationLocked, "Meeting", invitation.MeetingId.ToString()));
                await db.SaveChangesAsync(cancellationToken);
                return new IdentificationResult(IdentificationOutcome.Locked);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new IdentificationResult(IdentificationOutcome.Mismatch, null, Invitation.MaxFailedAttempts - invitation.FailedAttempts);
        }

        invitation.FailedAttempts = 0;
        invitation.LockedUntilUtc = null;
        if (invitation.FirstVerifiedUtc is null)
        {
            invitation.FirstVerifiedUtc = context.NowUtc;
            db.AuditEvents.Add(context.Event(AuditEventType.InvitationOpened, "Meeting", invitation.MeetingId.ToString(), new { meeting.Type }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new IdentificationResult(IdentificationOutcome.Verified);
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
