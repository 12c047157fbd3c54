namespace Portal.Web.Platform.Security;

/// <summary>
/// The staff roles, as stored in ASP.NET Core Identity and carried in the <see cref="System.Security.Claims.ClaimTypes.Role"/>
/// claim. The names are Swedish because they are the agencies' own titles and are shown to administrators.
/// </summary>
public static class StaffRoles
{
    public const string Handlaggare = "Handläggare";

    public const string Redaktor = "Redaktör";

    public const string Administrator = "Administratör";

    public const string Uppfoljning = "Uppföljning";

    /// <summary>
    /// A handläggare at Arbetsförmedlingen, the other agency at the joint meetings: sees only the meetings they take
    /// part in, and the answers only while the person consents. Never together with <see cref="Handlaggare"/>.
    /// </summary>
    public const string AfHandlaggare = "Handläggare på Arbetsförmedlingen";

    public static IReadOnlyList<string> All { get; } = [Handlaggare, Redaktor, Administrator, Uppfoljning, AfHandlaggare];

    /// <summary>
    /// True when <paramref name="roles"/> hold both <see cref="Handlaggare"/> (Försäkringskassan) and
    /// <see cref="AfHandlaggare"/> (Arbetsförmedlingen): different organisations, which one account never belongs to.
    /// Every place that gives an account roles refuses such a set (the administration pages, single sign-on, the demo accounts).
    /// </summary>
    public static bool MixesAgencies(IEnumerable<string> roles)
    {
        var set = roles as IReadOnlyCollection<string> ?? roles.ToList();
        return set.Contains(Handlaggare) && set.Contains(AfHandlaggare);
    }
}

/// <summary>The authorization policies that staff page folders and API endpoints declare.</summary>
public static class StaffPolicies
{
    /// <summary>Pages under /handlaggare: role Handläggare.</summary>
    public const string CaseOfficer = "CaseOfficer";

    /// <summary>Pages under /redaktion: role Redaktör.</summary>
    public const string Editor = "Editor";

    /// <summary>Pages under /admin: role Administratör.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Pages under /uppfoljning: role Uppföljning or Administratör.</summary>
    public const string FollowUp = "FollowUp";

    /// <summary>Pages under /af: role Handläggare på Arbetsförmedlingen.</summary>
    public const string AfCaseOfficer = "AfCaseOfficer";
}
