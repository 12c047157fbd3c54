using Portal.Web.Platform.Ui;
namespace Portal.Web.Features.StaffAccounts;

/// <summary>Where a signed-in staff member lands without the role a page needs. Answers 403.</summary>
public sealed class AccessDeniedModel : StaffPageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        SetLayout("Du har inte behörighet till sidan");
    }
}
