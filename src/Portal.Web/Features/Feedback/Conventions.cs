using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Feedback;

/// <summary>Anyone may answer "Hittade du det du sökte?"; only Redaktör reads the answers.</summary>
public static class FeedbackConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/Feedback/Send");
        conventions.AuthorizePage("/Feedback/Report", StaffPolicies.Editor);
    }
}
