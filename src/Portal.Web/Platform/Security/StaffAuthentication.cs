using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Security;

/// <summary>Configuration of the case-system API's bearer tokens (section CaseApi:Jwt).</summary>
public sealed class CaseApiJwtOptions
{
    public const string Section = "CaseApi:Jwt";

    /// <summary>The identity provider's address; its OpenID Connect metadata then supplies the signing keys. Optional.</summary>
    public string? Authority { get; set; }

    public string? Issuer { get; set; }

    public string Audience { get; set; } = "omstallningsportalen";

    /// <summary>Signing keys: a public key as PEM (RS256/ES256), or a shared key as base64 (HS256, at least 32 bytes).</summary>
    public List<SigningKeyOptions> SigningKeys { get; set; } = [];

    /// <summary>The claim that names the handläggare's staff user name in the portal.</summary>
    public string UserClaim { get; set; } = "sub";

    public sealed class SigningKeyOptions
    {
        public string? KeyId { get; set; }

        public string? Pem { get; set; }

        public string? Symmetric { get; set; }
    }

    /// <summary>
    /// A public key in PEM: RSA or EC. The PEM label ("PUBLIC KEY") does not say which, so RSA is tried first and EC
    /// second; the base64 text must not be searched for "EC", which random key bytes can contain.
    /// </summary>
    private static AsymmetricSecurityKey PemKey(string pem, string? keyId)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa) { KeyId = keyId };
        }
        catch (CryptographicException)
        {
            rsa.Dispose();
        }

        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec) { KeyId = keyId };
        }
        catch (CryptographicException ex)
        {
            ec.Dispose();
            throw new InvalidOperationException("CaseApi:Jwt:SigningKeys: a PEM key must be an RSA or EC public key.", ex);
        }
    }

    public IEnumerable<SecurityKey> Keys()
    {
        foreach (var key in SigningKeys)
        {
            if (!string.IsNullOrWhiteSpace(key.Pem))
            {
                yield return PemKey(key.Pem, key.KeyId);
            }
            else if (!string.IsNullOrWhiteSpace(key.Symmetric))
            {
                var bytes = Convert.FromBase64String(key.Symmetric);
                if (bytes.Length < 32)
                {
                    throw new InvalidOperationException("CaseApi:Jwt:SigningKeys: a shared key must be at least 32 bytes.");
                }

                yield return new SymmetricSecurityKey(bytes) { KeyId = key.KeyId };
            }
        }
    }
}

/// <summary>The API's scopes and policies.</summary>
public static class ApiPolicies
{
    public const string MeetingsRead = "Api.MeetingsRead";
    public const string MeetingsWrite = "Api.MeetingsWrite";
    public const string ReadScope = "meetings.read";
    public const string WriteScope = "meetings.write";

    /// <summary>Scopes from "scope" (space-separated, RFC 8693) or "scp" (a list or a space-separated string).</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll("scope").Concat(user.FindAll("scp"))
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
    /// Staff sign-in with ASP.NET Core Identity (the default scheme), the citizen cookie, and JWT bearer tokens for
    /// /api/v1. Also the staff and API authorization policies.
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

        services.Configure<CaseApiJwtOptions>(configuration.GetSection(CaseApiJwtOptions.Section));
        var jwt = configuration.GetSection(CaseApiJwtOptions.Section).Get<CaseApiJwtOptions>() ?? new CaseApiJwtOptions();

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

        authentication.AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(jwt.Authority))
            {
                options.Authority = jwt.Authority;
            }

            var keys = jwt.Keys().ToList();
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = jwt.Issuer,
                ValidateAudience = true,
                ValidAudience = jwt.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.HmacSha256],
                NameClaimType = jwt.UserClaim,
            };
            if (keys.Count > 0)
            {
                options.TokenValidationParameters.IssuerSigningKeys = keys;
            }

            options.Events = new JwtBearerEvents
            {
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await Platform.Hosting.ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Inloggning krävs",
                        "Skicka en giltig åtkomsttoken (Bearer) från myndighetens identitetstjänst.");
                },
                OnForbidden = context => Platform.Hosting.ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Behörighet saknas",
                    "Token saknar det scope som krävs, eller kontot får inte göra detta."),
            };
        });

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
            .AddPolicy(ApiPolicies.MeetingsRead, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ApiPolicies.HasScope(context.User, ApiPolicies.ReadScope)))
            .AddPolicy(ApiPolicies.MeetingsWrite, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ApiPolicies.HasScope(context.User, ApiPolicies.WriteScope)));

        return authentication;
    }
}
