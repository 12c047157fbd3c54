using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.DevIdentityProvider;

/// <summary>
/// Who one can be at the stand-in provider: the README's demo citizens (test personnummer, not real people's) and the
/// demo staff, whose roles travel as group ids the way an agency's directory sends them.
/// </summary>
public static class TestIdentities
{
    /// <summary>The claim with the personnummer (12 digits), as e-legitimation brokers send it.</summary>
    public const string PersonnummerClaim = "personal_identity_number";

    /// <summary>The claim with the staff member's groups.</summary>
    public const string GroupsClaim = "groups";

    public sealed record Citizen(string Key, string Name, string Personnummer);

    public sealed record Staff(string Key, string Name, string UserName, IReadOnlyList<string> Groups);

    public static readonly IReadOnlyList<Citizen> Citizens =
    [
        new("tolvan", "Tolvan Tolvansson", "191212121212"),
        new("maja", "Maja Testsson", "191202112346"),
        new("ali", "Ali Testsson", "191206035675"),
        new("skyddad", "Person med skyddade personuppgifter", "191211208903"),
    ];

    /// <summary>The group id the stand-in sends for each role (an agency maps its own ids in its settings).</summary>
    public static string GroupOf(string role) => "grupp-" + role.ToLowerInvariant().Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a').Replace(' ', '-');

    /// <summary>
    /// The demo staff, and one person whose directory groups are wrong: handläggare at both agencies, which the portal
    /// refuses at sign-in (<see cref="StaffRoles.MixesAgencies"/>).
    /// </summary>
    public static IReadOnlyList<Staff> StaffMembers { get; } = DemoStaff.Accounts
        .Select(a => new Staff(a.UserName, a.DisplayName, a.UserName, a.Roles.Select(GroupOf).ToList()))
        .Append(new Staff("tva.myndigheter", "Tove Tvåroll (fel grupper)", "tva.myndigheter", [GroupOf(StaffRoles.Handlaggare), GroupOf(StaffRoles.AfHandlaggare)]))
        .ToList();

    /// <summary>The role for each stand-in group id.</summary>
    public static IReadOnlyDictionary<string, string> RoleGroups { get; } = StaffRoles.All.ToDictionary(GroupOf, role => role);
}
