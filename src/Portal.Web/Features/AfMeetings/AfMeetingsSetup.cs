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
}
