using System.Text.RegularExpressions;

namespace Portal.Web.Hosting;

/// <summary>Route constraint "slug": lower-case a–z, digits and single hyphens, as content slugs are written.</summary>
public sealed partial class SlugRouteConstraint : IRouteConstraint
{
    public const string Name = "slug";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && text.Length <= 200 && SlugPattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
