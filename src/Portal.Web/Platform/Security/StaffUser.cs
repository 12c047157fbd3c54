using Microsoft.AspNetCore.Identity;
using Portal.Web.Features.StaffAccounts;

namespace Portal.Web.Platform.Security;

/// <summary>A staff account (handläggare, redaktör, administratör, uppföljning), stored by ASP.NET Core Identity.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The name shown to colleagues and carried in the <see cref="System.Security.Claims.ClaimTypes.Name"/> claim.</summary>
    public string DisplayName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// Until when sign-in is refused after too many wrong passwords, codes or recovery codes (counted in
    /// <see cref="IdentityUser{TKey}.AccessFailedCount"/> by <see cref="StaffSignInGuard"/>).
    /// </summary>
    public DateTime? SignInLockedUntilUtc { get; set; }

    /// <summary>How many times in a row the account has been locked by wrong answers; each lock lasts twice as long.</summary>
    public int SignInLockCount { get; set; }

    /// <summary>The last TOTP time step (Unix seconds / 30) that signed in; a code is accepted only for a later step.</summary>
    public long? LastTotpStep { get; set; }

    /// <summary>Set for a new account and after an administrator sets a password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
}

/// <summary>
/// Extra permissions beyond the roles, stored as user claims of type <see cref="ClaimType"/>. Administrators grant them
/// on /admin/konton.
/// </summary>
public static class StaffPermissions
{
    public const string ClaimType = "portal:permission";

    /// <summary>Team lead: sees every handläggare's meetings, not only their own.</summary>
    public const string AllMeetings = "alla-moten";

    /// <summary>May open the answers of people with skyddade personuppgifter.</summary>
    public const string ProtectedIdentity = "skyddade-personuppgifter";

    public static IReadOnlyList<string> All { get; } = [AllMeetings, ProtectedIdentity];

    public static string Name(string permission) => permission switch
    {
        AllMeetings => "Teamledare: ser alla handläggares möten",
        ProtectedIdentity => "Får öppna svar från personer med skyddade personuppgifter",
        _ => permission,
    };

    public static bool Has(System.Security.Claims.ClaimsPrincipal user, string permission) =>
        user.HasClaim(ClaimType, permission);
}
