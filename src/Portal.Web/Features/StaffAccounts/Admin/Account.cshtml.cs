using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts.Admin;

/// <summary>
/// One staff account: roles and permissions, reset two-factor, lock and unlock. Every change is audited. An
/// administrator cannot change their own roles or permissions or lock themselves, cannot remove or lock the last active
/// Administratör, and grants the protected-identity permission only together with a second administrator: the first
/// asks, another approves.
/// </summary>
public sealed class AccountModel(UserManager<StaffUser> users, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    public StaffUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public IReadOnlyList<string> Permissions { get; private set; } = [];

    public bool IsLocked { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The administrator who asked for the protected-identity permission for this account, if it waits for approval.</summary>
    public string? ProtectedIdentityRequestedBy { get; private set; }

    public bool IsSelf => Account.Id == User.StaffId();

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
            "begart" => "Behörigheten för skyddade personuppgifter väntar nu på att en annan administratör godkänner den.",
            "godkant" => "Behörigheten för skyddade personuppgifter är godkänd.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, List<string> roles, List<string> permissions)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var wanted = roles.Where(StaffRoles.All.Contains).ToHashSet(StringComparer.Ordinal);
        var current = await users.GetRolesAsync(user);
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffPermissions.ClaimType).ToList();
        var wantedPermissions = permissions.Where(StaffPermissions.All.Contains).ToHashSet(StringComparer.Ordinal);
        var refusal = user.Id == User.StaffId()
            ? "Du kan inte ändra dina egna roller eller behörigheter. Be en annan administratör."
            : current.Contains(StaffRoles.Administrator) && !wanted.Contains(StaffRoles.Administrator) && await IsLastActiveAdministratorAsync(user)
                ? "Det här är den enda aktiva administratören. Ge någon annan rollen Administratör först."
                : StaffRoles.MixesAgencies(wanted)
                    ? StaffAccountRules.MixedAgenciesProblem
                    : null;
        if (refusal is not null)
        {
            return await RefuseAsync(id, "roles", "Roller", refusal);
        }

        // The protected-identity permission is not granted by one administrator alone: a new grant becomes a request.
        var requestProtected = wantedPermissions.Contains(StaffPermissions.ProtectedIdentity) && claims.All(c => c.Value != StaffPermissions.ProtectedIdentity);
        if (requestProtected)
        {
            wantedPermissions.Remove(StaffPermissions.ProtectedIdentity);
        }

        var pending = (await users.GetClaimsAsync(user)).Where(c => c.Type == PermissionRequestClaimType).ToList();
        return await ChangeAsync(id, requestProtected && pending.Count == 0 ? "begart" : "roller", AuditEventType.StaffRolesChanged, new { roles, permissions = wantedPermissions }, async user =>
        {
            var result = await users.RemoveFromRolesAsync(user, current.Where(r => !wanted.Contains(r)));
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, wanted.Where(r => !current.Contains(r)));
            }

            if (result.Succeeded)
            {
                result = await users.RemoveClaimsAsync(user, claims.Where(c => !wantedPermissions.Contains(c.Value)));
            }

            if (result.Succeeded)
            {
                result = await users.AddClaimsAsync(user, wantedPermissions.Where(p => claims.All(c => c.Value != p)).Select(p => new Claim(StaffPermissions.ClaimType, p)));
            }

            if (result.Succeeded && requestProtected && pending.Count == 0)
            {
                db.AuditEvents.Add(Context().Event(AuditEventType.StaffPermissionRequested, "StaffUser", user.Id, new { Permission = StaffPermissions.ProtectedIdentity }));
                result = await users.AddClaimAsync(user, new Claim(PermissionRequestClaimType, StaffPermissions.ProtectedIdentity + "|" + User.StaffId()));
            }

            // Signs the person out everywhere, so the new roles apply at once.
            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        });
    }

    /// <summary>A second administrator approves the protected-identity permission another administrator asked for.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var request = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == PermissionRequestClaimType);
        var requestedBy = request?.Value.Split('|').ElementAtOrDefault(1);
        var refusal = request is null ? "Det finns ingen begäran att godkänna."
            : user.Id == User.StaffId() ? "Du kan inte godkänna en behörighet för dig själv."
            : requestedBy == User.StaffId() ? "En annan administratör än den som begärde behörigheten måste godkänna den."
            : null;
        if (refusal is not null)
        {
            return await RefuseAsync(id, "approve", "Godkänn", refusal);
        }

        return await ChangeAsync(id, "godkant", AuditEventType.StaffPermissionApproved, new { Permission = StaffPermissions.ProtectedIdentity, RequestedBy = requestedBy }, async user =>
        {
            var result = await users.RemoveClaimAsync(user, request!);
            if (result.Succeeded)
            {
                result = await users.AddClaimAsync(user, new Claim(StaffPermissions.ClaimType, StaffPermissions.ProtectedIdentity));
            }

            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        });
    }

    public const string PermissionRequestClaimType = "portal:permission-request";

    public Task<IActionResult> OnPostResetTwoFactorAsync(string id) =>
        ChangeAsync(id, "tvasteg", AuditEventType.StaffTwoFactorReset, null, async user =>
        {
            var result = await users.SetTwoFactorEnabledAsync(user, false);
            return result.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : result;
        });

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        var target = await users.FindByIdAsync(id);
        if (target is null)
        {
            return NotFound();
        }

        var refusal = target.Id == User.StaffId() ? "Du kan inte spärra ditt eget konto."
            : await users.IsInRoleAsync(target, StaffRoles.Administrator) && await IsLastActiveAdministratorAsync(target) ? "Det här är den enda aktiva administratören och kan inte spärras."
            : null;
        if (refusal is not null)
        {
            return await RefuseAsync(id, "lock", "Spärra", refusal);
        }

        return await ChangeAsync(id, "sparrat", AuditEventType.StaffAccountLocked, null, async user =>
        {
            var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        });
    }

    public Task<IActionResult> OnPostUnlockAsync(string id) =>
        ChangeAsync(id, "upplast", AuditEventType.StaffAccountUnlocked, null, async user =>
        {
            user.SignInLockedUntilUtc = null;
            user.SignInLockCount = 0;
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
        db.AuditEvents.Add(Context().Event(eventType, "StaffUser", user.Id, payload));
        var result = await change(user);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            throw new InvalidOperationException("Account change failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        await transaction.CommitAsync();
        return RedirectToPage(new { id = user.Id, klart = done });
    }

    private ProcessContext Context() => new(User.StaffActor(), time.GetUtcNow().UtcDateTime, null, ClientAddress);

    /// <summary>True when no other Administratör account is active (not locked).</summary>
    private async Task<bool> IsLastActiveAdministratorAsync(StaffUser user)
    {
        var now = time.GetUtcNow();
        var others = (await users.GetUsersInRoleAsync(StaffRoles.Administrator))
            .Where(u => u.Id != user.Id && !(u.LockoutEnd is { } end && end > now));
        return !others.Any();
    }

    private async Task<IActionResult> RefuseAsync(string id, string field, string label, string message)
    {
        await LoadAsync(id);
        AddError(field, label, message);
        return Page();
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
        var claims = await users.GetClaimsAsync(user);
        Permissions = claims.Where(c => c.Type == StaffPermissions.ClaimType).Select(c => c.Value).ToList();
        ProtectedIdentityRequestedBy = claims.FirstOrDefault(c => c.Type == PermissionRequestClaimType)?.Value.Split('|').ElementAtOrDefault(1);
        IsLocked = user.LockoutEnd is { } end && end > time.GetUtcNow() || user.SignInLockedUntilUtc is { } until && until > time.GetUtcNow().UtcDateTime;
        SetLayout(user.DisplayName);
        return true;
    }
}
