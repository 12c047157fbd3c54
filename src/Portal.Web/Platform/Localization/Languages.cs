namespace Portal.Web.Platform.Localization;

/// <summary>A language the portal publishes in. Lättläst is easy-to-read Swedish: its own content, html lang "sv".</summary>
public sealed record Language(string Code, string HtmlLang, string PathPrefix, string NativeName)
{
    /// <summary>The URL of a page in this language; the start page lives at the language's root.</summary>
    public string PageUrl(string slug) =>
        slug == Languages.StartSlug ? (PathPrefix.Length == 0 ? "/" : PathPrefix) : $"{PathPrefix}/{slug}";

    public UiText Text => UiText.For(this);
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
