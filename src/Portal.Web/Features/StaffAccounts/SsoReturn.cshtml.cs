using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// Where the agency's single sign-on ends: the identity service's answer (checked by the OpenID Connect handler and
/// kept for minutes in Identity's external cookie) is read once; the account is found by its login, else by its user
/// name, else made; its roles become exactly those its groups give (a removed group is a removed role, and the
/// account's other sessions end); no role, no sign-in; groups giving both Handläggare and Handläggare på
/// Arbetsförmedlingen, no sign-in either (audited, roles unchanged). The success is a page with a link, not a redirect: the staff
/// cookie is SameSite=Strict, and a browser does not send it on the last step of a redirect chain that began at the
/// identity service.
/// </summary>
public sealed class SsoReturnModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IOptions<StaffSsoOptions> options, PortalDbContext db) : StaffPageModel
{
    public string ContinueUrl { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var settings = options.Value;
        var answer = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!answer.Succeeded || answer.Principal is not { } principal)
        {
            return await RefuseAsync(null, StaffSso.Reasons.Failed, "NoAnswer");
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var subject = principal.FindFirstValue("sub");
        var userName = principal.FindFirstValue(settings.UserNameClaim)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(userName))
        {
            return await RefuseAsync(null, StaffSso.Reasons.Failed, "NoUserName");
        }

        var user = await users.FindByLoginAsync(StaffSso.LoginProvider, subject);
        if (user is null && await users.FindByNameAsync(userName) is { } byName)
        {
            // A local account of the same name becomes this person's, unless another identity already holds it.
            if ((await users.GetLoginsAsync(byName)).Any(l => l.LoginProvider == StaffSso.LoginProvider))
            {
                return await RefuseAsync(byName.Id, StaffSso.Reasons.Failed, "UserNameHeldByAnotherIdentity");
            }

            user = byName;
        }

        var roles = StaffSso.RolesFrom(principal, settings);
        if (user is not null && await users.IsLockedOutAsync(user))
        {
            return await RefuseAsync(user.Id, StaffSso.Reasons.Failed, "AccountLocked");
        }

        // Groups that make one person a handläggare at both agencies are a fault in the directory: no sign-in, and the
        // account's roles stay as they were, until the groups are put right.
        if (StaffRoles.MixesAgencies(roles))
        {
            return await RefuseAsync(user?.Id, StaffSso.Reasons.MixedAgencies, "MixedAgencies");
        }

        if (roles.Count == 0)
        {
            if (user is not null)
            {
                await SetRolesAsync(user, roles);
            }

            return await RefuseAsync(user?.Id, StaffSso.Reasons.NoRole, "NoRole");
        }

        var name = principal.FindFirstValue(settings.NameClaim) ?? userName;
        if (user is null)
        {
            user = new StaffUser { UserName = userName, DisplayName = name, CreatedUtc = StaffSso.Context(HttpContext, "system").NowUtc };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return await RefuseAsync(null, StaffSso.Reasons.Failed, "AccountNotCreated");
            }

            db.AuditEvents.Add(StaffSso.Context(HttpContext, "staff:" + user.Id).Event(AuditEventType.StaffAccountCreated, "StaffUser", user.Id, new { Method = StaffSso.Method }));
        }
        else if (user.DisplayName != name)
        {
            user.DisplayName = name;
            await users.UpdateAsync(user);
        }

        if ((await users.GetLoginsAsync(user)).All(l => l.LoginProvider != StaffSso.LoginProvider))
        {
            await users.AddLoginAsync(user, new UserLoginInfo(StaffSso.LoginProvider, subject, "Myndighetens inloggning"));
        }

        await SetRolesAsync(user, roles);
        db.AuditEvents.Add(StaffSso.Context(HttpContext, "staff:" + user.Id).Event(AuditEventType.StaffSignedIn, "StaffUser", user.Id, new { Method = StaffSso.Method, Roles = roles }));
        await db.SaveChangesAsync();
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", StaffSso.Method), new Claim(ClaimTypes.AuthenticationMethod, StaffSso.Method)]);
        DisplayName = user.DisplayName;
        ContinueUrl = SafeReturnUrl(answer.Properties?.Items.TryGetValue(StaffSso.ReturnUrlItem, out var returnUrl) == true ? returnUrl : null);
        SetLayout("Du är inloggad");
        return Page();
    }

    /// <summary>Makes the account's roles exactly <paramref name="roles"/>; a change is audited and ends its other sessions.</summary>
    private async Task SetRolesAsync(StaffUser user, IReadOnlyList<string> roles)
    {
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roles, StringComparer.Ordinal).ToList();
        var added = roles.Except(current, StringComparer.Ordinal).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }

        await users.RemoveFromRolesAsync(user, removed);
        await users.AddToRolesAsync(user, added);
        await users.UpdateSecurityStampAsync(user);
        db.AuditEvents.Add(StaffSso.Context(HttpContext, "staff:" + user.Id).Event(AuditEventType.StaffRolesChanged, "StaffUser", user.Id, new { Method = StaffSso.Method, Added = added, Removed = removed }));
        await db.SaveChangesAsync();
    }

    private async Task<IActionResult> RefuseAsync(string? userId, string reason, string auditReason)
    {
        await StaffSso.AuditRefusalAsync(HttpContext, userId, auditReason);
        return Redirect(StaffSso.RefusalPage(HttpContext, reason));
    }
}
