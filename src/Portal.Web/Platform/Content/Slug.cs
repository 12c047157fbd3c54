using System.Text.RegularExpressions;

namespace Portal.Web.Platform.Content;

/// <summary>
/// The one shape of a slug, a translation key and a questionnaire id: lower-case a–z and digits in words joined by
/// single hyphens ("skydda-din-sgi"). Used by the address route constraint, the content validation on import, the
/// editor and the questionnaire definition.
/// </summary>
public static partial class Slug
{
    /// <summary>The longest slug an address or an editor accepts.</summary>
    public const int MaxLength = 200;

    /// <summary>Whether the text has the slug shape (any length).</summary>
    public static bool IsWellFormed(string? text) => text is not null && Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
