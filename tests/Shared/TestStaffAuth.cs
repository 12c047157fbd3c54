using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.TestSupport;

/// <summary>
/// TEST ONLY. Signs a request in as a staff member when it carries the header <see cref="Header"/> (or the cookie
/// <see cref="Cookie"/>) with "userId|Role1,Role2" (URL-encoded), so page tests and browser tests can act as any role
/// without the real sign-in. Requests without it go to the app's own default schemes, unchanged. Registered only by
/// the test app factories through ConfigureTestServices; the app itself never references this.
/// </summary>
public static class TestStaffAuth
{
    public const string Scheme = "TestStaff";

    public const string Header = "X-Test-Staff";

    public const string Cookie = "test-staff";

    /// <summary>The header or cookie value for a user with the given roles.</summary>
    public static string Value(string userId, params string[] roles) => Uri.EscapeDataString($"{userId}|{string.Join(',', roles)}");

    public static IServiceCollection AddTestStaffAuth(this IServiceCollection services)
    {
        var fallback = new FallbackSchemes();
        services.AddSingleton(fallback);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, _ => { });
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            fallback.Authenticate ??= options.DefaultAuthenticateScheme ?? options.DefaultScheme;
            fallback.Challenge ??= options.DefaultChallengeScheme ?? options.DefaultScheme;
            fallback.Forbid ??= options.DefaultForbidScheme ?? options.DefaultChallengeScheme ?? options.DefaultScheme;
            options.DefaultAuthenticateScheme = Scheme;
            options.DefaultChallengeScheme = Scheme;
            options.DefaultForbidScheme = Scheme;
        });
        return services;
    }

    public sealed class FallbackSchemes
    {
        public string? Authenticate { get; set; }

        public string? Challenge { get; set; }

        public string? Forbid { get; set; }
    }

    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, FallbackSchemes fallback)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        private string? Raw => Request.Headers.TryGetValue(Header, out var header) && header.Count > 0 ? header[0] : Request.Cookies[Cookie];

        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var raw = Raw;
            if (string.IsNullOrEmpty(raw))
            {
                return fallback.Authenticate is { } other && other != TestStaffAuth.Scheme ? await Context.AuthenticateAsync(other) : AuthenticateResult.NoResult();
            }

            var parts = Uri.UnescapeDataString(raw).Split('|', 2);
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, parts[0]), new(ClaimTypes.Name, "Test " + parts[0]) };
            if (parts.Length > 1)
            {
                claims.AddRange(parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(role => new Claim(ClaimTypes.Role, role)));
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, TestStaffAuth.Scheme));
            return AuthenticateResult.Success(new AuthenticationTicket(principal, TestStaffAuth.Scheme));
        }

        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            if (string.IsNullOrEmpty(Raw) && fallback.Challenge is { } other && other != TestStaffAuth.Scheme)
            {
                return Context.ChallengeAsync(other, properties);
            }

            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
        {
            if (string.IsNullOrEmpty(Raw) && fallback.Forbid is { } other && other != TestStaffAuth.Scheme)
            {
                return Context.ForbidAsync(other, properties);
            }

            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
    }
}
