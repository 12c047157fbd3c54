using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// The handläggare at Arbetsförmedlingen an FK handläggare can name on a meeting ("Nytt möte" and the case API): staff
/// accounts with the role <see cref="StaffRoles.AfHandlaggare"/>, named by their user name.
/// </summary>
public sealed class AfParticipants(PortalDbContext db)
{
    public sealed record Choice(string UserName, string DisplayName);

    /// <summary>Every AF handläggare account that is not locked, by name.</summary>
    public async Task<IReadOnlyList<Choice>> ListAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        // The lock is compared here: SQLite cannot compare DateTimeOffset values in a query.
        var accounts = await AfAccounts().Select(u => new { u.UserName, u.DisplayName, u.LockoutEnd }).ToListAsync(cancellationToken);
        return accounts
            .Where(u => u.LockoutEnd is null || u.LockoutEnd < new DateTimeOffset(nowUtc, TimeSpan.Zero))
            .Select(u => new Choice(u.UserName!, u.DisplayName))
            .OrderBy(c => c.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>
    /// The meeting with the AF handläggare named by <paramref name="userName"/> taking part, or null after reporting
    /// through <paramref name="error"/> (field "af"). No name: the meeting as it is.
    /// </summary>
    public async Task<MeetingService.NewMeeting?> WithParticipantAsync(MeetingService.NewMeeting meeting, string? userName, Action<string, string, string> error, CancellationToken cancellationToken = default)
    {
        var name = userName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return meeting;
        }

        var normalized = name.ToUpperInvariant();
        var id = await AfAccounts().Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            error(MeetingInput.AfField, MeetingInput.AfLabel, "Det finns ingen handläggare på Arbetsförmedlingen med det användarnamnet. Välj en i listan.");
            return null;
        }

        return meeting with { AfCaseOfficerId = id };
    }

    private IQueryable<StaffUser> AfAccounts()
    {
        var roleIds = db.Roles.Where(r => r.Name == StaffRoles.AfHandlaggare).Select(r => r.Id);
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }
}
