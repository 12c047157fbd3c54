using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.Feedback;

/// <summary>"Hittade du det du sökte?" on every guidance page: the anonymous answer, and the editors' report.</summary>
public static class FeedbackSetup
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(options => FeedbackConventions.Apply(options.Conventions));
        return services;
    }
}
