using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Security;

/// <summary>The API's scopes and policies.</summary>
public static class ApiPolicies
{
    public const string MeetingsRead = "Api.MeetingsRead";
    public const string MeetingsWrite = "Api.MeetingsWrite";
    public const string AfMeetingsRead = "Api.AfMeetingsRead";
    public const string ReadScope = "meetings.read";
    public const string WriteScope = "meetings.write";

    /// <summary>Arbetsförmedlingen's case system: the meetings its handläggare takes part in, and the answers the person agreed to share.</summary>
    public const string AfReadScope = "meetings.af.read";

    /// <summary>Scopes as OpenIddict's validation gives them ("oi_scp", one claim each), or from "scope" (space-separated, RFC 8693) or "scp".</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(OpenIddict.Abstractions.OpenIddictConstants.Claims.Private.Scope).Concat(user.FindAll("scope")).Concat(user.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}

public static class StaffAuthentication
{
    /// <summary>The staff sign-in page (its address comes from its route).</summary>
    public const string SignInPage = "/StaffAccounts/SignIn";

    private static string PagePath(LinkGenerator links, string page) =>
        links.GetPathByPage(page) ?? throw new InvalidOperationException($"The page {page} has no address.");

    public const string SetUpScheme = "StaffTwoFactorSetUp";

    /// <summary>
    /// Staff sign-in with ASP.NET Core Identity (the default scheme) and the citizen cookie; /api/v1 takes the access
    /// tokens of the portal's own server (<see cref="OpenIdServer"/>) and, where configured, the agency issuer's
    /// (<see cref="CaseApiBearer"/>). Also the staff and API authorization policies.
    /// </summary>
    public static AuthenticationBuilder AddPortalAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 5;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789.-_@";
                options.SignIn.RequireConfirmedAccount = false;
                options.ClaimsIdentity.UserNameClaimType = StaffClaimsFactory.UserNameClaimType;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<SwedishIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        services.Configure<StaffSignInOptions>(configuration.GetSection(StaffSignInOptions.Section));
        services.AddScoped<StaffSignInGuard>();
        services.AddScoped<StaffTotp>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add(new MustChangePasswordFilter()));

        var sessions = configuration.GetSection(StaffSessionOptions.Section).Get<StaffSessionOptions>() ?? new StaffSessionOptions();
        if (sessions.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies(cookies =>
        {
            cookies.ApplicationCookie?.Configure(options =>
            {
                options.Cookie.Name = "portal.staff";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // Idle and absolute limits, and the security stamp checked on every request: signing out, locking an
                // account, resetting its two-factor or changing its roles ends its open sessions at once.
                StaffSessions.Configure(options, sessions);
            });
            // The sign-in, sign-out and no-access addresses from the pages' routes, read when the options are first used.
            services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<LinkGenerator>((options, links) =>
            {
                options.LoginPath = PagePath(links, SignInPage);
                options.LogoutPath = PagePath(links, "/StaffAccounts/SignOut");
                options.AccessDeniedPath = PagePath(links, "/StaffAccounts/AccessDenied");
            });
            cookies.TwoFactorUserIdCookie?.Configure(options =>
            {
                options.Cookie.Name = "portal.staff.2fa";
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            });
            cookies.ExternalCookie?.Configure(options => options.Cookie.Name = "portal.staff.ext");
            cookies.TwoFactorRememberMeCookie?.Configure(options => options.Cookie.Name = "portal.staff.2fa-remember");
        });

        // Between a correct password and a finished two-factor setup on first sign-in: names the account, nothing more.
        authentication.AddCookie(SetUpScheme, options =>
        {
            options.Cookie.Name = "portal.staff.setup";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(15);
            options.SlidingExpiration = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(SetUpScheme).Configure<LinkGenerator>((options, links) => options.LoginPath = PagePath(links, SignInPage));

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        services.AddAuthorizationBuilder()
            // Deny by default: every page needs a signed-in user unless its folder opts out in AddRazorPages.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(CitizenAccess.Policy, policy => policy
                .AddAuthenticationSchemes(CitizenAccess.Scheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new OwnsInvitationRequirement()))
            .AddPolicy(StaffPolicies.CaseOfficer, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Handlaggare))
            .AddPolicy(StaffPolicies.Editor, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Redaktor))
            .AddPolicy(StaffPolicies.Administrator, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.FollowUp, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Uppfoljning, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.AfCaseOfficer, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.AfHandlaggare))
            .AddPolicy(ApiPolicies.MeetingsRead, policy => policy
                .AddAuthenticationSchemes(CaseApiBearer.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ApiPolicies.HasScope(context.User, ApiPolicies.ReadScope)))
            .AddPolicy(ApiPolicies.MeetingsWrite, policy => policy
                .AddAuthenticationSchemes(CaseApiBearer.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ApiPolicies.HasScope(context.User, ApiPolicies.WriteScope)))
            .AddPolicy(ApiPolicies.AfMeetingsRead, policy => policy
                .AddAuthenticationSchemes(CaseApiBearer.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ApiPolicies.HasScope(context.User, ApiPolicies.AfReadScope)));

        return authentication;
    }
}
