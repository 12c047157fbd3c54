using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Security;

namespace Portal.Web.Pages.Staff.Admin;

/// <summary>One staff account: roles and permissions, reset two-factor, lock and unlock. Every change is audited.</summary>
public sealed class AccountModel(UserManager<StaffUser> users, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    public StaffUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public IReadOnlyList<string> Permissions { get; private set; } = [];

    public bool IsLocked { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? klart)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Message = klart switch
        {
            "roller" => "Roller och behörigheter är sparade. De gäller från personens nästa inloggning.",
            "tvasteg" => "Tvåstegsverifieringen är återställd.",
            "sparrat" => "Kontot är spärrat.",
            "upplast" => "Kontot är upplåst.",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostRolesAsync(string id, List<string> roles, List<string> permissions) =>
        ChangeAsync(id, "roller", AuditEventType.StaffRolesChanged, new { roles, permissions }, async user =>
        {
            var wanted = roles.Where(StaffRoles.All.Contains).ToHashSet(StringComparer.Ordinal);
            var current = await users.GetRolesAsync(user);
            var result = await users.RemoveFromRolesAsync(user, current.Where(r => !wanted.Contains(r)));
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, wanted.Where(r => !current.Contains(r)));
            }

            var wantedPermissions = permissions.Where(StaffPermissions.All.Contains).ToHashSet(StringComparer.Ordinal);
            var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffPermissions.ClaimType).ToList();
            if (result.Succeeded)
            {
                result = await users.RemoveClaimsAsync(user, claims.Where(c => !wantedPermissions.Contains(c.Value)));
            }

            if (result.Succeeded)
            {
                result = await users.AddClaimsAsync(user, wantedPermissions.Where(p => claims.All(c => c.Value != p)).Select(p => new Claim(StaffPermissions.ClaimType, p)));
            }

            // Signs the person out everywhere, so the new roles apply at once.
            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        });

    public Task<IActionResult> OnPostResetTwoFactorAsync(string id) =>
        ChangeAsync(id, "tvasteg", AuditEventType.StaffTwoFactorReset, null, async user =>
        {
            var result = await users.SetTwoFactorEnabledAsync(user, false);
            return result.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : result;
        });

    public Task<IActionResult> OnPostLockAsync(string id) =>
        ChangeAsync(id, "sparrat", AuditEventType.StaffAccountLocked, null, async user =>
        {
            var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        });

    public Task<IActionResult> OnPostUnlockAsync(string id) =>
        ChangeAsync(id, "upplast", AuditEventType.StaffAccountUnlocked, null, async user =>
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
        });

    private async Task<IActionResult> ChangeAsync(string id, string done, AuditEventType eventType, object? payload, Func<StaffUser, Task<IdentityResult>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AuditEvents.Add(new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, null, ClientAddress).Event(eventType, "StaffUser", user.Id, payload));
        var result = await change(user);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            throw new InvalidOperationException("Account change failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        await transaction.CommitAsync();
        return Redirect($"/admin/konton/{Uri.EscapeDataString(user.Id)}?klart={done}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return false;
        }

        Account = user;
        Roles = await users.GetRolesAsync(user);
        Permissions = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffPermissions.ClaimType).Select(c => c.Value).ToList();
        IsLocked = user.LockoutEnd is { } end && end > time.GetUtcNow();
        SetLayout(user.DisplayName);
        return true;
    }
}
