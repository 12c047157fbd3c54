using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.FollowUp;

/// <summary>Follow-up: anonymous figures per month and meeting type, with small numbers suppressed.</summary>
public static class FollowUpSetup
{
    public static IServiceCollection AddFollowUp(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(options => FollowUpConventions.Apply(options.Conventions));
}
