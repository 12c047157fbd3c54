using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Portal.Web.Api;
using Portal.Web.Content;
using Portal.Web.Hosting;
using Portal.Web.Meetings;
using Portal.Web.Pages.SgiCheck;
using Portal.Web.Privacy;
using Portal.Web.Questionnaires;
using Portal.Web.Security;
using Portal.Web.SgiCheck;

var builder = WebApplication.CreateBuilder(ContentCommand.HostArguments(args));

// Serve the theme's assets from the build output in every environment, not only Development (a no-op once published).
builder.WebHost.UseStaticWebAssets();

// Structured JSON logs outside Development (one object per line, for the agency's log collector). Log messages never
// carry personnummer or answers: tests scan the logs of whole journeys.
if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(options => options.UseUtcTimestamp = true);
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPortalRateLimits(builder.Configuration);
builder.Services.AddRequestLimits();
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddPublicAddress(builder.Configuration, builder.Environment);
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "portal.antiforgery";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
// Write Swedish letters as they are instead of as numeric character references.
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment);
// The key ring in the database, wrapped by a key kept outside it (DataProtection:KeyFile, or an agency's KMS/HSM).
builder.Services.AddPortalDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddSingleton<PersonalDataProtector>();
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddSingleton<GuidanceCatalog>();
builder.Services.AddSingleton<SgiTextCatalog>();
builder.Services.AddSingleton<SavedSgiAnswers>();
builder.Services.AddGuidanceOutputCache();
builder.Services.AddScoped<ContentImporter>();
builder.Services.AddSingleton<ContentChangeWatcher>();
builder.Services.AddHostedService(services => services.GetRequiredService<ContentChangeWatcher>());
builder.Services.AddScoped<ContentEditor>();
builder.Services.AddScoped<Portal.Web.Pages.Editor.ActorNames>();
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
builder.Services.AddScoped<LoadTestData>();
builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection(ContentOptions.Section));

// Staff: ASP.NET Core Identity (the default scheme) with two-factor; the case-system API: JWT bearer; see Security/.
builder.Services.AddPortalAuthentication(builder.Configuration)
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
builder.Services.AddCaseApiTokenChecks(builder.Configuration);
builder.Services.AddPortalHsts(builder.Configuration);
builder.Services.AddScoped<DemoStaff>();
builder.Services.AddScoped<PreparedAnswers>();
// The case-system API's own OpenAPI document, /openapi/case-api.json (endpoints in the "case-api" group).
builder.Services.AddOpenApi(CaseApi.DocumentName, options =>
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

builder.Services.Configure<RouteOptions>(options => options.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint));
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AllowAnonymousToFolder("/Guidance");
    options.Conventions.AllowAnonymousToFolder("/Errors");
    options.Conventions.AllowAnonymousToPage("/Questionnaire/Open");
    options.Conventions.AllowAnonymousToPage("/Questionnaire/LinkNotValid");
    options.Conventions.AuthorizeFolder("/Questionnaire/Form", CitizenAccess.Policy);
    // Staff: sign-in and two-factor pages are open; the rest needs a signed-in staff member with the folder's role.
    options.Conventions.AllowAnonymousToPage("/Staff/Account/SignIn");
    options.Conventions.AllowAnonymousToPage("/Staff/Account/TwoFactor");
    options.Conventions.AllowAnonymousToPage("/Staff/Account/RecoveryCode");
    options.Conventions.AllowAnonymousToPage("/Staff/Account/SetUpTwoFactor");
    options.Conventions.AllowAnonymousToPage("/Staff/Account/AccessDenied");
    options.Conventions.AuthorizeFolder("/Staff/Meetings", StaffPolicies.CaseOfficer);
    options.Conventions.AuthorizeFolder("/Staff/Admin", StaffPolicies.Administrator);
    options.Conventions.AuthorizeFolder("/Staff/FollowUp", StaffPolicies.FollowUp);
    options.Conventions.AuthorizeFolder("/Editor", StaffPolicies.Editor);
    options.Conventions.AddPageRoute("/Guidance/Article", "{lang:regex(^(en|lattlast)$)}/{slug:slug}");
    options.Conventions.AddPageRoute("/Guidance/Article", "{lang:regex(^(en|lattlast)$)}");
    options.Conventions.AddPageRoute("/Guidance/Search", "en/search");
    options.Conventions.AddPageRoute("/Guidance/Search", "lattlast/sok");
    options.Conventions.AllowAnonymousToFolder("/SgiCheck");
    SgiCheckPages.AddEnglishRoutes(options.Conventions);
}).AddMvcOptions(options => options.Filters.Add(new UndeclaredMethodFilter()));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

var app = builder.Build();

// "content export <dir>" and "content import <dir> [--publish]" run against the database and exit.
if (ContentCommand.Matches(args))
{
    return await ContentCommand.RunAsync(app.Services, args, Console.Out);
}

await app.Services.InitializePortalAsync();

// "admin create-user --email <address> --name <name>" creates an Administratör with a one-time password and exits.
if (AdminCommand.Matches(args))
{
    return await AdminCommand.RunAsync(app.Services, args, Console.Out);
}

app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/fel");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/fel/{0}");
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// After authentication, so that a signed-in request is known and never served from or stored in the cache.
app.UseOutputCache();

app.MapStaticAssets().AllowAnonymous();
// Liveness: the process answers. Readiness (and /healthz): the database answers too.
app.MapHealthChecks("/healthz/live", HealthResponse.Liveness).AllowAnonymous();
app.MapHealthChecks("/healthz/ready", HealthResponse.Options).AllowAnonymous();
app.MapHealthChecks("/healthz", HealthResponse.Options).AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapSgiCheckApi();
app.MapOpenApiDocument();
app.MapOpenApi().AllowAnonymous();
app.MapCaseApi();

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
