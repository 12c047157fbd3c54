using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Platform.Content;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// The pre-meeting questionnaire: the invitation link, the citizen's identification and cookie, the sections, check
/// answers, receipt, the person's own answers and read log, and the retention job that deletes answers in time.
/// </summary>
public static class QuestionnaireSetup
{
    public static IServiceCollection AddQuestionnaire(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QuestionnaireOptions>(configuration.GetSection(QuestionnaireOptions.Section));
        services.AddContentType<QuestionnaireContent>();
        services.AddSingleton<QuestionnaireCatalog>();
        services.AddSingleton<SgiFromQuestionnaire>();
        services.AddSingleton<QuestionnaireStatistics>();
        services.AddScoped<QuestionnaireService>();
        services.AddScoped<IInvitationIdentification, PersonnummerIdentification>();
        services.AddSingleton<IAuthorizationHandler, OwnsInvitationHandler>();
        services.AddHostedService<RetentionJob>();

        // The citizen who opened their invitation link and confirmed who they are: one invitation per cookie.
        services.AddAuthentication().AddCookie(CitizenAccess.Scheme, options =>
        {
            options.Cookie.Name = "portal.citizen";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/formular/lanken-fungerar-inte";
            options.ReturnUrlParameter = "ignored";
            options.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect("/formular/lanken-fungerar-inte?reason=utloggad");
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.Redirect("/formular/lanken-fungerar-inte?reason=inte-din");
                return Task.CompletedTask;
            };
        });
        services.Configure<RazorPagesOptions>(options => QuestionnaireConventions.Apply(options.Conventions));
        return services;
    }
}
