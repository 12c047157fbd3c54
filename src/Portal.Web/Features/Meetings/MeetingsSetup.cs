using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

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
        services.AddScoped<InvitationService>();
        // E-mail reminders, only when Reminders:Smtp:Host is set: the opt-in, the mailer and the background sender.
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => !o.Enabled || SmtpMailer.IsAddress(o.Smtp.From ?? ""), "Reminders:Smtp:From must be an e-mail address when Reminders:Smtp:Host is set.")
            .ValidateOnStart();
        services.AddScoped<ReminderService>();
        services.AddSingleton<SmtpMailer>();
        services.AddHostedService<ReminderSender>();
        services.AddScoped<PreparedAnswers>();
        services.AddScoped<AfParticipants>();
        services.AddScoped<DemoData>();
        services.AddScoped<LoadTestData>();
        // The case-system API's own OpenAPI document, /openapi/case-api.json (endpoints in the "case-api" group).
        var agency = configuration.GetSection(AgencyIssuerOptions.Section).Get<AgencyIssuerOptions>() ?? new AgencyIssuerOptions();
        services.AddOpenApi(CaseApi.DocumentName, options =>
        {
            // Only the case API: /api/sgi-check is in the group v1 (/openapi/v1.json).
            options.ShouldInclude = description => description.GroupName == CaseApi.DocumentName;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Omställningsportalen: API för ärendesystem";
                document.Info.Version = "v1";
                document.Info.Description = "Möten, inbjudningar och förberedda svar. OAuth 2.0: ärendesystemet hämtar en åtkomsttoken med client credentials från portalens /connect/token (scope meetings.read och meetings.write; Arbetsförmedlingens ärendesystem meetings.af.read) och skickar den som Bearer. Fel är RFC 7807-problemdokument."
                    + (agency.IsConfigured ? " Åtkomsttoken från myndighetens identitetstjänst tas också emot, med samma scope (säkerhetsschemat " + CaseApiOpenApiSecurity.AgencySchemeName + ")." : "");
                return Task.CompletedTask;
            });
            CaseApiOpenApiSecurity.Add(options, agency);
        });
        services.Configure<RazorPagesOptions>(options => MeetingsConventions.Apply(options.Conventions));
        return services;
    }

    public static WebApplication MapMeetings(this WebApplication app)
    {
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
        var configuration = provider.GetRequiredService<IConfiguration>();
        await MeetingFacts.BackfillAsync(provider, Backfill.BatchSize(configuration), cancellationToken);
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
