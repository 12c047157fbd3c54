using System.Text.RegularExpressions;

namespace Portal.Web.Platform.Hosting;

/// <summary>
/// Route constraint "slug": lower-case a–z, digits and single hyphens, as content slugs are written. The language
/// prefixes (en, lattlast) are not slugs, so "/en" is the English start page and never a Swedish page called "en".
/// </summary>
public sealed partial class SlugRouteConstraint : IRouteConstraint
{
    public const string Name = "slug";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && text.Length <= 200 && SlugPattern().IsMatch(text)
        && Localization.Languages.Find(text) is null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
