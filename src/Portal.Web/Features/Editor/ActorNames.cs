using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Editor;

/// <summary>
/// Who did something, as the editor pages show it: a staff member's display name (looked up once per request), or
/// the name of the process. An account that no longer exists shows its user id.
/// </summary>
public sealed class ActorNames(PortalDbContext db)
{
    private const string StaffPrefix = "staff:";
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<string> OfAsync(string? actor)
    {
        if (actor is null || !actor.StartsWith(StaffPrefix, StringComparison.Ordinal))
        {
            return EditorSupport.ActorName(actor ?? "");
        }

        if (_names.TryGetValue(actor, out var known))
        {
            return known;
        }

        var userId = actor[StaffPrefix.Length..];
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync();
        return _names[actor] = string.IsNullOrWhiteSpace(name) ? userId : name;
    }
}
