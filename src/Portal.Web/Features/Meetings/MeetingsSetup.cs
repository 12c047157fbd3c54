using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// Meetings: the handläggare workspace ("Mina möten", new meeting, prepared answers, print) and the case-system API
/// with its OpenAPI document, over one meeting service.
/// </summary>
public static class MeetingsSetup
{
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MeetingService>();
        services.AddScoped<PreparedAnswers>();
        services.AddScoped<DemoData>();
        services.AddScoped<LoadTestData>();
        services.AddCaseApiTokenChecks(configuration);
        // The case-system API's own OpenAPI document, /openapi/case-api.json (endpoints in the "case-api" group).
        services.AddOpenApi(CaseApi.DocumentName, options =>
        {
            // Only the case API: endpoints without a group (such as /api/sgi-check, described in /openapi/v1.json) stay out.
            options.ShouldInclude = description => description.GroupName == CaseApi.DocumentName;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Omställningsportalen: API för ärendesystem";
                document.Info.Version = "v1";
                document.Info.Description = "Möten, inbjudningar och förberedda svar. OAuth 2.0 bearer-token (JWT) från myndighetens identitetstjänst, scope meetings.read och meetings.write. Fel är RFC 7807-problemdokument.";
                return Task.CompletedTask;
            });
            CaseApiOpenApiSecurity.Add(options);
        });
        services.Configure<RazorPagesOptions>(options => MeetingsConventions.Apply(options.Conventions));
        return services;
    }

    public static WebApplication MapMeetings(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapCaseApi();
        return app;
    }

    /// <summary>
    /// The one-time fill of the meeting lists' stored facts for meetings from before them, then demo meetings
    /// (Demo:Enabled, never in Production) and load-test invitations (LoadTest:Invitations).
    /// </summary>
    public static async Task InitializeMeetingsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        await MeetingFacts.BackfillAsync(provider, cancellationToken);
        var configuration = provider.GetRequiredService<IConfiguration>();
        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            await provider.GetRequiredService<DemoData>().SeedAsync(cancellationToken);
        }

        var loadTestInvitations = configuration.GetValue<int>(LoadTestData.CountKey);
        if (loadTestInvitations > 0)
        {
            await provider.GetRequiredService<LoadTestData>().SeedAsync(loadTestInvitations, cancellationToken);
        }
    }
}
