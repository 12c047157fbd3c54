using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Features.StaffAccounts;

namespace Portal.Web.Platform.Security;

/// <summary>
/// Builds the staff principal: user id in <see cref="ClaimTypes.NameIdentifier"/>, roles in <see cref="ClaimTypes.Role"/>,
/// permissions as user claims, and the display name in <see cref="ClaimTypes.Name"/> (the user name travels in
/// <see cref="UserNameClaimType"/>).
/// </summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string UserNameClaimType = "portal:username";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordFilter.ClaimType, "true"));
        }
        return identity;
    }
}

public static class StaffUserExtensions
{
    public static string? StaffId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The audit actor for a staff member: staff:{userId}.</summary>
    public static string StaffActor(this ClaimsPrincipal user) => "staff:" + (user.StaffId() ?? "okand");
}
