using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.AfMeetings;

/// <summary>Who may use the pages for Arbetsförmedlingen: signed-in staff with the role Handläggare på Arbetsförmedlingen.</summary>
public static class AfMeetingsConventions
{
    public static void Apply(PageConventionCollection conventions) =>
        conventions.AuthorizeFolder("/AfMeetings", StaffPolicies.AfCaseOfficer);
}
