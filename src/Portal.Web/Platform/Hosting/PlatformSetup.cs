using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.Razor;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;

namespace Portal.Web.Platform.Hosting;

/// <summary>
/// What every feature stands on: logging, the clock, limits and proxies, the database and key ring, the content store,
/// sign-in schemes, Razor Pages rooted at Features/ (shared partials in Platform/Ui), the request pipeline and health.
/// </summary>
public static class PlatformSetup
{
    public static WebApplicationBuilder AddPortalPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Serve the theme's assets from the build output in every environment, not only Development (a no-op once published).
        builder.WebHost.UseStaticWebAssets();

        // Structured JSON logs outside Development (one object per line, for the agency's log collector). Log messages
        // never carry personnummer or answers: tests scan the logs of whole journeys.
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options => options.UseUtcTimestamp = true);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddApiProblems();
        services.AddPortalRateLimits(configuration);
        services.AddRequestLimits();
        services.AddTrustedProxies(configuration);
        services.AddPublicAddress(configuration, builder.Environment);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "portal.antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Write Swedish letters as they are instead of as numeric character references.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddPortalDatabase(configuration, builder.Environment);
        // The key ring in the database, wrapped by a key kept outside it (DataProtection:KeyFile, or an agency's KMS/HSM).
        services.AddPortalDataProtection(configuration, builder.Environment);
        services.AddSingleton<PersonalDataProtector>();
        services.AddContentStore(configuration);
        services.AddPortalObservability(configuration);

        // Staff: ASP.NET Core Identity (the default scheme) with two-factor; the case-system API: the access tokens of
        // the portal's own OpenID Connect server (OpenIddict), whose keys and clients live in the database.
        services.AddPortalAuthentication(configuration);
        services.AddPortalOpenIdServer(configuration, builder.Environment);
        services.AddPortalHsts(configuration);

        services.Configure<RouteOptions>(options =>
        {
            options.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint);
            options.ConstraintMap[LanguageRoutes.ConstraintName] = typeof(LanguageRouteConstraint);
        });
        // One folder per feature: the pages live in Features/<Feature>/, each feature declares its own access in its
        // Conventions.cs, and the fallback policy denies everything not declared (StaffAuthentication).
        services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddMvcOptions(options => options.Filters.Add(new UndeclaredMethodFilter()));
        services.Configure<RazorViewEngineOptions>(options =>
        {
            // Partials shared by features (error summary, staff layout, text field), and the theme's layout.
            options.PageViewLocationFormats.Add("/Platform/Ui/{0}" + RazorViewEngine.ViewExtension);
            options.PageViewLocationFormats.Add("/Pages/Shared/{0}" + RazorViewEngine.ViewExtension);
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>The request pipeline, in order.</summary>
    public static WebApplication UsePortalPlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fel");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/fel/{0}");
        app.UseApiProblems();
        app.UseRouting();
        // The one language scheme: old ?lang= addresses get a permanent redirect to the language's path prefix.
        app.UseLanguageAddresses();
        // Before the rate limits and authentication, so that a cached guidance page costs neither. The cache only
        // answers and stores requests without a sign-in cookie or an Authorization header
        // (GuidanceOutputCache.IsCacheable), so a signed-in request never meets it, and it only holds anonymous pages
        // that no rate limit covers (GET of a guidance page).
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Static assets, health, every feature's pages, and the friendly 404 for everything else.</summary>
    public static WebApplication MapPortalPlatform(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        // Liveness: the process answers. Readiness (and /healthz): the database answers too.
        app.MapHealthChecks("/healthz/live", HealthResponse.Liveness).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", HealthResponse.Options).AllowAnonymous();
        app.MapHealthChecks("/healthz", HealthResponse.Options).AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        // Every OpenAPI document a feature adds (AddOpenApi), at /openapi/{name}.json: v1 (SGI API), case-api.
        app.MapOpenApi().AllowAnonymous();

        // Addresses that match nothing get the friendly 404 page, not the sign-in redirect of the deny-by-default policy.
        app.MapFallback("{**path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }
}
