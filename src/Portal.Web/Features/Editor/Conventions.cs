using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Editor;

/// <summary>Who may use the editor workspace: signed-in staff with the role Redaktör.</summary>
public static class EditorConventions
{
    public static void Apply(PageConventionCollection conventions) =>
        conventions.AuthorizeFolder("/Editor", StaffPolicies.Editor);
}
