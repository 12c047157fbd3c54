using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// Demo staff accounts for development and the embedded default (Demo:Enabled), listed in README.md with their
/// passwords and authenticator keys. Never seeded unless Demo:Enabled is true. Existing accounts are left alone, so a
/// changed password or a reset two-factor setup survives a restart.
/// </summary>
public sealed class DemoStaff(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IUserStore<StaffUser> store, PortalDbContext db, TimeProvider time, ILogger<DemoStaff> logger)
{
    /// <summary>A demo account. AuthenticatorKey: base32 TOTP key (RFC 6238, SHA-1, 6 digits, 30 s); null: set up on first sign-in.</summary>
    public sealed record Account(string Id, string UserName, string DisplayName, string Password, string? AuthenticatorKey, string[] Roles, string[] Permissions);

    public static readonly IReadOnlyList<Account> Accounts =
    [
        new(DemoData.CaseOfficerId, "anna.handlaggare", "Anna Handläggare", "Demo-Handlaggare-2026", "JBSWY3DPEHPK3PXPANNAHAND", [StaffRoles.Handlaggare], []),
        new("demo-handlaggare-2", "bo.handlaggare", "Bo Handläggare", "Demo-Handlaggare2-2026", "KRSXG5CTMVRXEZLUBOHANDLA", [StaffRoles.Handlaggare], []),
        new("demo-teamledare", "cecilia.teamledare", "Cecilia Teamledare", "Demo-Teamledare-2026", "MFRGGZDFMZTWQ2LKCECILIAT", [StaffRoles.Handlaggare], [StaffPermissions.AllMeetings, StaffPermissions.ProtectedIdentity]),
        new("demo-redaktor", "david.redaktor", "David Redaktör", "Demo-Redaktor-2026", "GEZDGNBVGY3TQOJQDAVIDRED", [StaffRoles.Redaktor], []),
        new("demo-admin", "eva.admin", "Eva Administratör", "Demo-Administrator-2026", "ONSWG4TFORZWK3DSEVAADMIN", [StaffRoles.Administrator], []),
        new("demo-uppfoljning", "filip.uppfoljning", "Filip Uppföljning", "Demo-Uppfoljning-2026", "OVYGM3DQN5WGY2LOFILIPUPP", [StaffRoles.Uppfoljning], []),
        new("demo-ny", "gun.ny", "Gun Ny", "Demo-Nytt-Konto-2026", null, [StaffRoles.Handlaggare], []),
        new(DemoData.AfCaseOfficerId, "hanna.af", "Hanna Arbetsförmedlare", "Demo-AF-Handlaggare-2026", "NBQW43TBEBQWMIDIMFXGIYLM", [StaffRoles.AfHandlaggare], []),
        new("demo-af-handlaggare-2", "olle.af", "Olle Arbetsförmedlare", "Demo-AF-Handlaggare2-2026", "N5WGY3DFEBQWMIDIMFXGIYLN", [StaffRoles.AfHandlaggare], []),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync(roles);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var account in Accounts)
        {
            EnsureOneAgency(account);
            if (await users.FindByIdAsync(account.Id) is not null)
            {
                continue;
            }

            var user = new StaffUser { Id = account.Id, UserName = account.UserName, DisplayName = account.DisplayName, CreatedUtc = now };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.AuditEvents.Add(new ProcessContext("system:demo-data", now, "Demokonto för utveckling").Event(AuditEventType.StaffAccountCreated, "StaffUser", account.Id, new { account.Roles, account.Permissions }));
            Check(await users.CreateAsync(user, account.Password));
            Check(await users.AddToRolesAsync(user, account.Roles));
            if (account.Permissions.Length > 0)
            {
                Check(await users.AddClaimsAsync(user, account.Permissions.Select(p => new Claim(StaffPermissions.ClaimType, p))));
            }

            if (account.AuthenticatorKey is not null)
            {
                await ((IUserAuthenticatorKeyStore<StaffUser>)store).SetAuthenticatorKeyAsync(user, account.AuthenticatorKey, cancellationToken);
                user.TwoFactorEnabled = true;
                Check(await users.UpdateAsync(user));
            }

            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Seeded demo staff account {UserName}", account.UserName);
        }
    }

    /// <summary>Refuses a demo account with both agencies' handläggare roles (<see cref="StaffRoles.MixesAgencies"/>) before anything is seeded.</summary>
    public static void EnsureOneAgency(Account account)
    {
        if (StaffRoles.MixesAgencies(account.Roles))
        {
            throw new InvalidOperationException($"The demo account {account.UserName} holds both {StaffRoles.Handlaggare} and {StaffRoles.AfHandlaggare}; one account never belongs to both agencies.");
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding a demo account failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
