using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Platform.Security;

/// <summary>Staff session limits (section StaffSessions). Values above the maxima are refused at start.</summary>
public sealed class StaffSessionOptions
{
    public const string Section = "StaffSessions";

    public const int MaxIdleMinutes = 30;

    public const int MaxAbsoluteHours = 12;

    /// <summary>A session unused this long ends (sliding; at most <see cref="MaxIdleMinutes"/>).</summary>
    public int IdleMinutes { get; set; } = 30;

    /// <summary>A session ends this long after sign-in however busy it is (at most <see cref="MaxAbsoluteHours"/>).</summary>
    public int AbsoluteHours { get; set; } = 10;

    public IEnumerable<string> Problems()
    {
        if (IdleMinutes is < 1 or > MaxIdleMinutes)
        {
            yield return $"{Section}:IdleMinutes must be between 1 and {MaxIdleMinutes}.";
        }

        if (AbsoluteHours is < 1 or > MaxAbsoluteHours)
        {
            yield return $"{Section}:AbsoluteHours must be between 1 and {MaxAbsoluteHours}.";
        }
    }
}

/// <summary>
/// The staff session: a cookie with an idle limit (sliding) and an absolute limit (the sign-in time is kept in the
/// ticket and survives renewals), checked against the account's security stamp on every request. Signing out changes
/// the stamp, so a copy of the old cookie is refused at once, by every instance (the stamp is in the shared database).
/// </summary>
public static class StaffSessions
{
    /// <summary>The ticket item that holds the time of the first sign-in of the session.</summary>
    public const string SignedInItem = "portal.signed-in";

    public static void Configure(CookieAuthenticationOptions options, StaffSessionOptions limits)
    {
        options.ExpireTimeSpan = TimeSpan.FromMinutes(limits.IdleMinutes);
        options.SlidingExpiration = true;
        options.Events.OnSigningIn = context =>
        {
            // A renewal of the same session (after a password change) keeps the time of the first sign-in.
            context.Properties.Items.TryAdd(SignedInItem, context.Options.TimeProvider!.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = context => ValidateAsync(context, limits);
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context, StaffSessionOptions limits)
    {
        var now = context.Options.TimeProvider!.GetUtcNow();
        var signedIn = context.Properties.Items.TryGetValue(SignedInItem, out var value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : (DateTimeOffset?)null;
        var valid = signedIn is { } start && now - start <= TimeSpan.FromHours(limits.AbsoluteHours) && context.Principal is not null
            && await context.HttpContext.RequestServices.GetRequiredService<SignInManager<StaffUser>>().ValidateSecurityStampAsync(context.Principal) is not null;
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
