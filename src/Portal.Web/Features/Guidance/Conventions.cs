using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>Who may open the guidance pages: everyone. Also their English and lättläst addresses.</summary>
public static class GuidanceConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/Guidance");
        // /en, /en/{slug}, /lattlast, /lattlast/{slug}: the slug is the page's own in that language (content).
        conventions.AddLanguageRoutes("/Guidance/Article", new(Languages.English), new(Languages.EasySwedish));
        conventions.AddLanguageRoutes("/Guidance/Search", new(Languages.English, "search"), new(Languages.EasySwedish));
    }
}
