using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.FollowUp;

/// <summary>Who may read the follow-up figures: signed-in staff with the role Uppföljning or Administratör.</summary>
public static class FollowUpConventions
{
    public static void Apply(PageConventionCollection conventions) =>
        conventions.AuthorizeFolder("/FollowUp", StaffPolicies.FollowUp);
}
