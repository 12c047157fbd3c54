using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Portal.Web.Features.Guidance;

/// <summary>Who may open the guidance pages: everyone. Also their English and lättläst addresses.</summary>
public static class GuidanceConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/Guidance");
        conventions.AddPageRoute("/Guidance/Article", "{lang:regex(^(en|lattlast)$)}/{slug:slug}");
        conventions.AddPageRoute("/Guidance/Article", "{lang:regex(^(en|lattlast)$)}");
        conventions.AddPageRoute("/Guidance/Search", "en/search");
        conventions.AddPageRoute("/Guidance/Search", "lattlast/sok");
    }
}
