using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Security;

/// <summary>A staff account (handläggare, redaktör, administratör, uppföljning), stored by ASP.NET Core Identity.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The name shown to colleagues and carried in the <see cref="System.Security.Claims.ClaimTypes.Name"/> claim.</summary>
    public string DisplayName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
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
