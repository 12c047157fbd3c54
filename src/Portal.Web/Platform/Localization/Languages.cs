namespace Portal.Web.Platform.Localization;

/// <summary>A language the portal publishes in. Lättläst is easy-to-read Swedish: its own content, html lang "sv".</summary>
public sealed record Language(string Code, string HtmlLang, string PathPrefix, string NativeName)
{
    /// <summary>The URL of a page in this language; the start page lives at the language's root.</summary>
    public string PageUrl(string slug) =>
        slug == Languages.StartSlug ? (PathPrefix.Length == 0 ? "/" : PathPrefix) : $"{PathPrefix}/{slug}";

    public UiText Text => UiText.For(this);

    /// <summary>
    /// The value of the route key <see cref="LanguageRoutes.RouteKey"/> for an address in this language: null for Swedish
    /// (no prefix), otherwise the code, which is also the first path segment ("en", "lattlast").
    /// </summary>
    public string? RouteValue => PathPrefix.Length == 0 ? null : Code;
}

public static class Languages
{
    public const string StartSlug = "start";

    public static readonly Language Swedish = new("sv", "sv", "", "Svenska");
    public static readonly Language English = new("en", "en", "/en", "English");
    public static readonly Language EasySwedish = new("lattlast", "sv", "/lattlast", "Lättläst");

    public static IReadOnlyList<Language> All { get; } = [Swedish, English, EasySwedish];

    public static Language? Find(string? code) => All.FirstOrDefault(l => l.Code == code);

    public static Language Get(string? code) => Find(code) ?? Swedish;

    /// <summary>The language of a route value (<see cref="Language.RouteValue"/>): Swedish when there is none.</summary>
    public static Language FromRouteValue(object? value) =>
        value is string code && Find(code.ToLowerInvariant()) is { PathPrefix.Length: > 0 } language ? language : Swedish;

    /// <summary>The path without its language prefix ("/en/mote/x" is "/mote/x"), for rules that hold in every language.</summary>
    public static PathString WithoutPrefix(PathString path)
    {
        var prefix = FromPath(path.Value).PathPrefix;
        return prefix.Length == 0 ? path : new PathString(path.Value![prefix.Length..]);
    }

    /// <summary>The language a request path belongs to, from its first segment.</summary>
    public static Language FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return Swedish;
        }

        foreach (var language in All)
        {
            if (language.PathPrefix.Length > 0 &&
                (path.Equals(language.PathPrefix, StringComparison.OrdinalIgnoreCase) ||
                 path.StartsWith(language.PathPrefix + "/", StringComparison.OrdinalIgnoreCase)))
            {
                return language;
            }
        }

        return Swedish;
    }
}
