using System.Security.Claims;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>The staff start page: what the signed-in person's roles let them do.</summary>
public sealed class IndexModel : StaffPageModel
{
    public string DisplayName => User.FindFirstValue(ClaimTypes.Name) ?? "";

    public IReadOnlyList<string> Roles => User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    public void OnGet() => SetLayout("Start för personal");
}
