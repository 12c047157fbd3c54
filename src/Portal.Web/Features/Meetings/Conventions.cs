using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Meetings;

/// <summary>Who may use the handläggare workspace: signed-in staff with the role Handläggare.</summary>
public static class MeetingsConventions
{
    public static void Apply(PageConventionCollection conventions) =>
        conventions.AuthorizeFolder("/Meetings", StaffPolicies.CaseOfficer);
}
