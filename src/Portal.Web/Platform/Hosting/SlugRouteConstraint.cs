namespace Portal.Web.Platform.Hosting;

/// <summary>
/// Route constraint "slug": a content slug (<see cref="Content.Slug"/>). The language prefixes (en, lattlast) are not
/// slugs, so "/en" is the English start page and never a Swedish page called "en".
/// </summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public const string Name = "slug";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && text.Length <= Content.Slug.MaxLength && Content.Slug.IsWellFormed(text)
        && Localization.Languages.Find(text) is null;
}
