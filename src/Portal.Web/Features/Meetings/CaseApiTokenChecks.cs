using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Meetings;

/// <summary>Limits on the case API's bearer tokens beyond signature, issuer, audience and expiry (section CaseApi:Jwt).</summary>
public sealed class CaseApiTokenLimits
{
    /// <summary>The longest lifetime (from nbf, else iat, to exp) a token may have. An identity provider's access tokens live minutes.</summary>
    public int MaxLifetimeMinutes { get; set; } = 60;
}

public static class CaseApiTokenChecks
{
    /// <summary>
    /// Refuses a token that (RFC 7515, 4.1.11) marks a header as critical, since the portal understands no JWS extension,
    /// and a token whose lifetime exceeds CaseApi:Jwt:MaxLifetimeMinutes (a token meant to live for years is a standing key).
    /// Runs after the handler's own checks, before any other OnTokenValidated.
    /// </summary>
    public static IServiceCollection AddCaseApiTokenChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(CaseApiJwtOptions.Section).Get<CaseApiTokenLimits>() ?? new CaseApiTokenLimits();
        if (limits.MaxLifetimeMinutes <= 0)
        {
            throw new InvalidOperationException($"{CaseApiJwtOptions.Section}:MaxLifetimeMinutes must be above zero.");
        }

        var maxLifetime = TimeSpan.FromMinutes(limits.MaxLifetimeMinutes);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var next = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                if (Refusal(context.SecurityToken as JsonWebToken, maxLifetime) is { } reason)
                {
                    context.Fail(reason);
                    return;
                }

                await next(context);
            };
        });
        return services;
    }

    /// <summary>Why the token is refused, or null.</summary>
    public static string? Refusal(JsonWebToken? token, TimeSpan maxLifetime)
    {
        if (token is null)
        {
            return "The token is not a JWS compact token.";
        }

        if (token.TryGetHeaderValue<object>("crit", out _))
        {
            return "The token marks a header as critical (crit); the portal understands no JWS extension.";
        }

        var from = token.ValidFrom != DateTime.MinValue ? token.ValidFrom : token.IssuedAt;
        return from == DateTime.MinValue || token.ValidTo - from > maxLifetime
            ? $"The token's lifetime is unknown or longer than {maxLifetime.TotalMinutes:0} minutes."
            : null;
    }
}
