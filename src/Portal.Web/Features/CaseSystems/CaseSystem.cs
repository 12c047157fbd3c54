namespace Portal.Web.Features.CaseSystems;

/// <summary>
/// A case-management system registered by an Administratör: an OAuth 2.0 client of the portal's own server (client
/// credentials) that calls /api/v1 for one handläggare account. The secret lives only as OpenIddict's hash in the
/// application row; this row names what the client may do and for whom.
/// </summary>
public sealed class CaseSystem
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The OAuth client_id (also the OpenIddict application's client id).</summary>
    public required string ClientId { get; set; }

    /// <summary>
    /// The staff account the system acts for: its roles and permissions apply to every call, as on the pages. An
    /// account with the team-lead permission gives the system the team's meetings.
    /// </summary>
    public required string ActsForUserId { get; set; }

    /// <summary>Granted scopes, space-separated (meetings.read, meetings.write).</summary>
    public required string Scopes { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime SecretIssuedUtc { get; set; }

    /// <summary>Set when an Administratör revokes the system: no new tokens, and its issued tokens stop working.</summary>
    public DateTime? RevokedUtc { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
