using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.CaseSystems;

/// <summary>Case systems: registering, rotating and revoking them is for the role Administratör only.</summary>
public static class CaseSystemsConventions
{
    public static void Apply(PageConventionCollection conventions) =>
        conventions.AuthorizeFolder("/CaseSystems", StaffPolicies.Administrator);
}
