using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Portal.Web.Platform.Content;

namespace Portal.Web.Features.Guidance;

/// <summary>
/// Output caching of the published guidance pages. A cached page is tagged <see cref="Tag"/> and keyed by the
/// generation of <see cref="PublishedContent"/>, so a content change (here or, through the watcher, on another
/// instance) makes every cached page unreachable at once and evicts it. Only anonymous GET and HEAD requests are cached: never a request with a sign-in
/// cookie or an Authorization header, never a response that sets a cookie or is not a 200.
/// </summary>
public static class GuidanceOutputCache
{
    public const string PolicyName = "Guidance";

    public const string Tag = "guidance";

    /// <summary>
    /// The cookies the app sets for a signed-in staff member (portal.staff, and portal.staff.* during sign-in) or
    /// citizen (portal.citizen); their requests are never served from the cache.
    /// </summary>
    private static bool HasSignInCookie(IRequestCookieCollection cookies) =>
        cookies.Keys.Any(name => name is "portal.staff" or "portal.citizen" || name.StartsWith("portal.staff.", StringComparison.Ordinal));

    public static IServiceCollection AddGuidanceOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(PolicyName, new Policy()));

    /// <summary>Evicts the cached pages whenever the published content is dropped.</summary>
    internal sealed class Eviction(IOutputCacheStore store) : IContentChangeListener
    {
        // The in-memory store evicts synchronously; the generation in the key already hides the old pages either way.
        public void ContentChanged() => _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
    }

    internal static bool IsCacheable(HttpContext context)
    {
        var request = context.Request;
        // The output cache runs before authentication (PlatformSetup): whether someone is signed in is known from the
        // request alone, by the sign-in cookies and the Authorization header (the only ways to authenticate).
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && context.User.Identity?.IsAuthenticated != true
            && !HasSignInCookie(request.Cookies);
    }

    private sealed class Policy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (!IsCacheable(context.HttpContext))
            {
                return ValueTask.CompletedTask;
            }

            // From the request's services: the content cache's listeners include the eviction, which needs the output
            // cache store, whose options hold this policy.
            var content = context.HttpContext.RequestServices.GetRequiredService<PublishedContent>();
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = true;
            context.AllowCacheStorage = true;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
            context.Tags.Add(Tag);
            // Query values can reach the page handler (e.g. ?lang=), so each query string is its own entry.
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["guidance-generation"] = content.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK
                || response.Headers.ContainsKey(HeaderNames.SetCookie)
                || response.Headers.CacheControl.Any(v => v is not null && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase))))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
