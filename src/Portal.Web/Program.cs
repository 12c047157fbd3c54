using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Portal.Web.Content;
using Portal.Web.Hosting;
using Portal.Web.Meetings;
using Portal.Web.Privacy;
using Portal.Web.Questionnaires;
using Portal.Web.Security;

var builder = WebApplication.CreateBuilder(ContentCommand.HostArguments(args));

// Serve the theme's assets from the build output in every environment, not only Development (a no-op once published).
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSingleton(TimeProvider.System);
// Write Swedish letters as they are instead of as numeric character references.
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment);
builder.Services.AddDataProtection().SetApplicationName("Omstallningsportalen");
builder.Services.AddSingleton<DatabaseXmlRepository>();
builder.Services.AddOptions<KeyManagementOptions>()
    .Configure<DatabaseXmlRepository>((options, repository) => options.XmlRepository = repository);
builder.Services.AddSingleton<PersonalDataProtector>();
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddSingleton<GuidanceCatalog>();
builder.Services.AddScoped<ContentImporter>();
builder.Services.AddScoped<ContentEditor>();
builder.Services.AddScoped<ContentFiles>();
builder.Services.AddHostedService<ScheduledPublisher>();
builder.Services.Configure<QuestionnaireOptions>(builder.Configuration.GetSection(QuestionnaireOptions.Section));
builder.Services.AddSingleton<QuestionnaireCatalog>();
builder.Services.AddSingleton<SgiFromQuestionnaire>();
builder.Services.AddSingleton<QuestionnaireStatistics>();
builder.Services.AddScoped<QuestionnaireService>();
builder.Services.AddScoped<MeetingService>();
builder.Services.AddScoped<IInvitationIdentification, PersonnummerIdentification>();
builder.Services.AddSingleton<IAuthorizationHandler, OwnsInvitationHandler>();
builder.Services.AddHostedService<RetentionJob>();
builder.Services.AddScoped<DemoData>();
builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection(ContentOptions.Section));

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.Cookie.Name = "portal.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    })
    // The citizen who opened their invitation link and confirmed their personnummer: one invitation per cookie.
    .AddCookie(CitizenAccess.Scheme, options =>
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
builder.Services.AddAuthorizationBuilder()
    // Deny by default: every page needs a signed-in user unless its folder opts out in AddRazorPages below.
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(CitizenAccess.Policy, policy => policy
        .AddAuthenticationSchemes(CitizenAccess.Scheme)
        .RequireAuthenticatedUser()
        .AddRequirements(new OwnsInvitationRequirement()))
    .AddPolicy(StaffPolicies.Editor, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Redaktor));

builder.Services.Configure<RouteOptions>(options => options.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint));
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AllowAnonymousToFolder("/Guidance");
    options.Conventions.AllowAnonymousToFolder("/Errors");
    options.Conventions.AllowAnonymousToPage("/Questionnaire/Open");
    options.Conventions.AllowAnonymousToPage("/Questionnaire/LinkNotValid");
    options.Conventions.AuthorizeFolder("/Questionnaire/Form", CitizenAccess.Policy);
    options.Conventions.AuthorizeFolder("/Editor", StaffPolicies.Editor);
    options.Conventions.AddPageRoute("/Guidance/Article", "{lang:regex(^(en|lattlast)$)}/{slug:slug}");
    options.Conventions.AddPageRoute("/Guidance/Article", "{lang:regex(^(en|lattlast)$)}");
    options.Conventions.AddPageRoute("/Guidance/Search", "en/search");
    options.Conventions.AddPageRoute("/Guidance/Search", "lattlast/sok");
});
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

// "content export <dir>" and "content import <dir> [--publish]" run against the database and exit.
if (ContentCommand.Matches(args))
{
    return await ContentCommand.RunAsync(app.Services, args, Console.Out);
}

await app.Services.InitializePortalAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/fel");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/fel/{0}");
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/healthz", HealthResponse.Options).AllowAnonymous();
app.MapRazorPages().WithStaticAssets();

// Addresses that match nothing get the friendly 404 page, not the sign-in redirect of the deny-by-default policy.
app.MapFallback("{**path}", context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the test projects.</summary>
public partial class Program;
