using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Platform.Content;

namespace Portal.Web.Features.Guidance;

/// <summary>The guidance pages: published articles in Swedish, English and lättläst, search, and their output cache.</summary>
public static class GuidanceSetup
{
    public static IServiceCollection AddGuidance(this IServiceCollection services)
    {
        services.AddContentType<GuidanceContent>();
        services.AddGuidanceOutputCache();
        services.AddSingleton<IContentChangeListener, GuidanceOutputCache.Eviction>();
        services.Configure<RazorPagesOptions>(options => GuidanceConventions.Apply(options.Conventions));
        return services;
    }

    /// <summary>sitemap.xml and robots.txt.</summary>
    public static WebApplication MapGuidance(this WebApplication app)
    {
        app.MapSearchEngines();
        return app;
    }
}
