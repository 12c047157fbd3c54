using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.Guidance;

/// <summary>The guidance pages: published articles in Swedish, English and lättläst, search, and their output cache.</summary>
public static class GuidanceSetup
{
    public static IServiceCollection AddGuidance(this IServiceCollection services)
    {
        services.AddSingleton<GuidanceCatalog>();
        services.AddGuidanceOutputCache();
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
