using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.FollowUp;

/// <summary>Follow-up: anonymous figures per month and meeting type, with small numbers suppressed.</summary>
public static class FollowUpSetup
{
    public static IServiceCollection AddFollowUp(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(options => FollowUpConventions.Apply(options.Conventions));

    /// <summary>The one-time fill of the follow-up facts from the audit log of an installation from before them.</summary>
    public static async Task InitializeFollowUpAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        await FollowUpFacts.BackfillAsync(
            provider.GetRequiredService<PortalDbContext>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FollowUpFacts)),
            Backfill.BatchSize(provider.GetRequiredService<IConfiguration>()),
            cancellationToken);
    }
}
