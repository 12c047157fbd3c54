using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// The pre-meeting questionnaire: the invitation link, the citizen's identification and cookie, the sections, check
/// answers, receipt, the person's own answers and read log, and the retention job that deletes answers in time.
/// </summary>
public static class QuestionnaireSetup
{
    public static IServiceCollection AddQuestionnaire(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<QuestionnaireOptions>(configuration.GetSection(QuestionnaireOptions.Section));
        services.AddContentType<QuestionnaireContent>();
        services.AddSingleton<QuestionnaireCatalog>();
        services.AddSingleton<SgiFromQuestionnaire>();
        services.AddSingleton<QuestionnaireStatistics>();
        services.AddScoped<QuestionnaireService>();
        // The typed personnummer, or the e-legitimation broker when one is configured (CitizenIdentification).
        services.Configure<CitizenIdentificationOptions>(configuration.GetSection(CitizenIdentificationOptions.Section));
        services.AddCitizenSignIn(configuration, environment);
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
            options.ReturnUrlParameter = "ignored";
            // Signed out or not theirs: the page that says what to do instead, in the language of the address.
            options.Events.OnRedirectToLogin = context => LinkNotValid(context.HttpContext, "utloggad");
            options.Events.OnRedirectToAccessDenied = context => LinkNotValid(context.HttpContext, "inte-din");
        });
        services.Configure<RazorPagesOptions>(options => QuestionnaireConventions.Apply(options.Conventions));
        return services;
    }

    private static Task LinkNotValid(HttpContext context, string reason)
    {
        var links = context.RequestServices.GetRequiredService<LinkGenerator>();
        context.Response.Redirect(links.GetPathByPage("/Questionnaire/LinkNotValid", values: new { lang = context.GetLanguage().RouteValue, reason })
            ?? throw new InvalidOperationException("The page /Questionnaire/LinkNotValid has no address."));
        return Task.CompletedTask;
    }
}
