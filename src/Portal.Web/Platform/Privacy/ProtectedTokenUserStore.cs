using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Platform.Privacy;

/// <summary>
/// Identity's store with the user tokens (the authenticator key, the recovery codes) encrypted at rest with Data
/// Protection, so a copy of the database does not give anyone a working TOTP key or recovery code. Tokens written
/// before in clear text are still read, and are encrypted at start-up (<see cref="ProtectStoredTokensAsync"/>).
/// </summary>
public sealed class ProtectedTokenUserStore(PortalDbContext context, IDataProtectionProvider provider, IdentityErrorDescriber? describer = null)
    : UserStore<StaffUser, IdentityRole, PortalDbContext>(context, describer)
{
    private const string Purpose = "Portal.StaffTokens.v1";

    /// <summary>The start of every Data Protection payload (its magic header in base64url); no authenticator key or recovery code starts so.</summary>
    private const string ProtectedPrefix = "CfDJ8";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public override Task SetTokenAsync(StaffUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, value is null ? null : _protector.Protect(value), cancellationToken);

    public override async Task<string?> GetTokenAsync(StaffUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return stored is null || !IsProtected(stored) ? stored : _protector.Unprotect(stored);
    }

    private static bool IsProtected(string value) => value.StartsWith(ProtectedPrefix, StringComparison.Ordinal);

    /// <summary>Encrypts the tokens still stored in clear text (written before this store). Idempotent.</summary>
    public static async Task ProtectStoredTokensAsync(PortalDbContext db, IDataProtectionProvider provider, CancellationToken cancellationToken = default)
    {
        var protector = provider.CreateProtector(Purpose);
        // A handful of rows (two per staff member): filtered here rather than in SQL.
        var tokens = (await db.UserTokens.ToListAsync(cancellationToken)).Where(t => t.Value is not null && !IsProtected(t.Value)).ToList();
        foreach (var token in tokens)
        {
            token.Value = protector.Protect(token.Value!);
        }

        if (tokens.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
