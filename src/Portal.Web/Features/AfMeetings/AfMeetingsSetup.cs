using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.AfMeetings;

/// <summary>Arbetsförmedlingen at the table (issue 18): the AF handläggare's meetings and, with the person's consent, their answers.</summary>
public static class AfMeetingsSetup
{
    public static IServiceCollection AddAfMeetings(this IServiceCollection services)
    {
        services.AddScoped<AfMeetingService>();
        services.Configure<RazorPagesOptions>(options => AfMeetingsConventions.Apply(options.Conventions));
        return services;
    }

    /// <summary>AF's case API, /api/v1/af/meetings (<see cref="AfCaseApi"/>).</summary>
    public static WebApplication MapAfMeetings(this WebApplication app)
    {
        app.MapAfCaseApi();
        return app;
    }
}
