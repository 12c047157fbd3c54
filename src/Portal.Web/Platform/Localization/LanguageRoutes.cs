using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Portal.Web.Platform.Localization;

/// <summary>The address of a page in one more language: the language's prefix, then this template (or the Swedish one).</summary>
public sealed record LanguageRoute(Language Language, string? Template = null);

/// <summary>Endpoint metadata of a page that has addresses in several languages: which ones.</summary>
public sealed record LocalizedPageMetadata(IReadOnlyList<Language> Languages);

/// <summary>
/// The one language scheme of the portal: the language is the first path segment of the address. Swedish has none
/// (<c>/sgi-koll</c>), English is <c>/en/…</c> and lättläst <c>/lattlast/…</c>. A page declares its other languages once,
/// in its feature's conventions (<see cref="AddLanguageRoutes"/>, <see cref="AddLanguageRoutesToFolder"/>); each gets a
/// route <c>{lang:language(en)}/…</c>, so the language is the route value <see cref="RouteKey"/>, read by
/// <see cref="GetLanguage"/>, and every link names it (<c>asp-route-lang</c>, <see cref="PageIn"/>). The old form,
/// <c>?lang=en</c> on a Swedish address, is redirected permanently to the new address (<see cref="UseLanguageAddresses"/>).
/// </summary>
public static class LanguageRoutes
{
    /// <summary>The route key (and the old query key) of the language.</summary>
    public const string RouteKey = "lang";

    /// <summary>The route constraint "language(code)": the route value is exactly that language's code.</summary>
    public const string ConstraintName = "language";

    /// <summary>The language of the request's address (Swedish when the address has no language prefix).</summary>
    public static Language GetLanguage(this HttpContext context) =>
        Languages.FromRouteValue(context.GetRouteValue(RouteKey));

    /// <summary>Addresses of one page in other languages: the prefix and the given template (the Swedish template when none).</summary>
    public static PageConventionCollection AddLanguageRoutes(this PageConventionCollection conventions, string pageName, params LanguageRoute[] routes)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddPageRouteModelConvention(pageName, model => Localize(model, routes));
        return conventions;
    }

    /// <summary>Every page of a folder in other languages: the prefix and the page's Swedish template.</summary>
    public static PageConventionCollection AddLanguageRoutesToFolder(this PageConventionCollection conventions, string folderPath, params Language[] languages)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        var routes = languages.Select(l => new LanguageRoute(l)).ToArray();
        conventions.AddFolderRouteModelConvention(folderPath, model => Localize(model, routes));
        return conventions;
    }

    private static void Localize(PageRouteModel model, IReadOnlyList<LanguageRoute> routes)
    {
        // A page may be given languages by more than one convention (its folder's English, its own lättläst): the
        // Swedish selectors are those without a language prefix, and every selector ends up with the one list of all.
        var prefix = "/{" + RouteKey + ":";
        var swedish = model.Selectors.Where(s => s.AttributeRouteModel?.Template is { } t && !("/" + t.TrimStart('~').TrimStart('/')).StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var languages = new List<Language> { Languages.Swedish };
        languages.AddRange(model.Selectors.SelectMany(s => s.EndpointMetadata.OfType<LocalizedPageMetadata>()).SelectMany(m => m.Languages));
        languages.AddRange(routes.Select(r => r.Language));
        var metadata = new LocalizedPageMetadata(languages.Distinct().ToList());
        foreach (var selector in swedish)
        {
            // Link generation tries the language routes first: a link with lang=en gets the English address, and one
            // without a language falls through to the Swedish route (which has no lang parameter).
            selector.AttributeRouteModel!.Order = 1;
            var template = selector.AttributeRouteModel.Template?.TrimStart('~').TrimStart('/') ?? "";
            foreach (var route in routes)
            {
                var own = (route.Template ?? template).Trim('/');
                var localized = new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = $"{prefix}{ConstraintName}({route.Language.Code})}}" + (own.Length == 0 ? "" : "/" + own),
                        Order = 0,
                    },
                };
                model.Selectors.Add(localized);
            }
        }

        foreach (var selector in model.Selectors)
        {
            var old = selector.EndpointMetadata.OfType<LocalizedPageMetadata>().ToList();
            foreach (var item in old)
            {
                selector.EndpointMetadata.Remove(item);
            }

            selector.EndpointMetadata.Add(metadata);
        }
    }

    /// <summary>The address of a page in a language, with route values and an optional handler.</summary>
    public static string PageIn(this IUrlHelper url, Language language, string pageName, object? values = null, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var routeValues = new RouteValueDictionary(values) { [RouteKey] = language.RouteValue };
        return url.Page(pageName, handler, routeValues) ?? throw new InvalidOperationException($"The page {pageName} has no address for these values.");
    }

    /// <summary>
    /// The page being shown, in another language, with the same query string; null when the page has no address in
    /// that language.
    /// </summary>
    public static string? SamePageIn(this HttpContext context, Language language)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<LocalizedPageMetadata>() is not { } page || !page.Languages.Contains(language))
        {
            return null;
        }

        var values = new RouteValueDictionary(context.Request.RouteValues) { [RouteKey] = language.RouteValue };
        var path = context.RequestServices.GetRequiredService<LinkGenerator>().GetPathByRouteValues(routeName: null, values, context.Request.PathBase);
        return path is null ? null : path + context.Request.QueryString;
    }

    /// <summary>
    /// Old addresses (<c>/formular/…?lang=en</c>, the invitation link <c>/mote/{token}?lang=en</c>) from e-mails,
    /// bookmarks and pages still open in a browser: a permanent redirect to the same page at the new address, without
    /// <c>lang</c> in the query (301 for GET and HEAD, 308 otherwise, so a posted form arrives with its answers).
    /// Run after routing.
    /// </summary>
    public static IApplicationBuilder UseLanguageAddresses(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (OldAddressTarget(context) is { } target)
        {
            context.Response.StatusCode = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? StatusCodes.Status301MovedPermanently
                : StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = target;
            return;
        }

        await next(context);
    });

    private static string? OldAddressTarget(HttpContext context)
    {
        var request = context.Request;
        if (!request.Query.TryGetValue(RouteKey, out var codes) || codes.Count != 1 || request.RouteValues.ContainsKey(RouteKey)
            || Languages.Find(codes[0]) is not { PathPrefix.Length: > 0 } language)
        {
            return null;
        }

        var target = context.SamePageIn(language);
        if (target is null)
        {
            return null;
        }

        var path = target.Split('?', 2)[0];
        var rest = request.Query.Where(q => q.Key != RouteKey).SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, rest);
    }
}

/// <summary>Route constraint <c>language(code)</c>: the value is exactly the code of that language.</summary>
public sealed class LanguageRouteConstraint(string code) : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && string.Equals(text, code, StringComparison.OrdinalIgnoreCase);
}
