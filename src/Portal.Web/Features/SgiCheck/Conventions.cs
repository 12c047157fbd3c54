using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Portal.Web.Features.SgiCheck;

/// <summary>Who may use the SGI-skyddskoll: everyone, without signing in.</summary>
public static class SgiCheckConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/SgiCheck");
        SgiCheckPages.AddLanguageRoutes(conventions);
    }
}
