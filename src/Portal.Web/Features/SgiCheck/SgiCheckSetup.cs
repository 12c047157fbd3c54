using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Platform.Content;

namespace Portal.Web.Features.SgiCheck;

/// <summary>The SGI-skyddskoll: its pages, its texts from the content store, saved answers and the public API.</summary>
public static class SgiCheckSetup
{
    public static IServiceCollection AddSgiCheck(this IServiceCollection services)
    {
        services.AddContentType<SgiTextsContent>();
        services.AddSingleton<SgiTextCatalog>();
        services.AddSingleton<SavedSgiAnswers>();
        services.AddSgiCheckOpenApi();
        services.Configure<RazorPagesOptions>(options => SgiCheckConventions.Apply(options.Conventions));
        return services;
    }

    public static IEndpointRouteBuilder MapSgiCheck(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSgiCheckApi();
        return endpoints;
    }
}
