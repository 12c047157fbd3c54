using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.Editor;

/// <summary>The editor workspace: drafts, versions, preview, publishing (now or planned), history and the link report.</summary>
public static class EditorSetup
{
    public static IServiceCollection AddEditor(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EditorOptions>(configuration.GetSection(EditorOptions.Section));
        services.AddScoped<ContentEditor>();
        services.AddScoped<ActorNames>();
        services.AddHostedService<ScheduledPublisher>();
        services.Configure<RazorPagesOptions>(options => EditorConventions.Apply(options.Conventions));
        return services;
    }
}
