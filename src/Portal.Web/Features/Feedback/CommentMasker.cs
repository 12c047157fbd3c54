using System.Text.RegularExpressions;

namespace Portal.Web.Features.Feedback;

/// <summary>
/// Masks what looks like a personnummer, a phone number or an e-mail address in a visitor's comment, before the
/// comment is stored. "Looks like" on purpose: a number is masked whether or not its check digit is right, so a
/// mistyped personnummer is masked too. Dates written as ÅÅÅÅ-MM-DD are kept.
/// </summary>
public static partial class CommentMasker
{
    public const string EmailMask = "[e-postadress borttagen]";

    public const string PersonnummerMask = "[personnummer borttaget]";

    public const string PhoneMask = "[telefonnummer borttaget]";

    /// <summary>A phone number has at least this many digits (Swedish numbers have 8 to 10, with the area code).</summary>
    private const int PhoneMinDigits = 7;

    public static string Mask(string comment)
    {
        var text = Email().Replace(comment, EmailMask);
        text = PersonnummerLike().Replace(text, PersonnummerMask);
        return PhoneLike().Replace(text, match =>
        {
            var value = match.Value;
            var digits = value.Count(char.IsAsciiDigit);
            return digits < PhoneMinDigits || IsoDate().IsMatch(value.Trim()) ? value : PhoneMask;
        });
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*(@|\(at\)|\[at\])\s*[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Email();

    /// <summary>YYMMDD-NNNN, YYYYMMDDNNNN, with -, + or a space before the last four digits, or none.</summary>
    [GeneratedRegex(@"(?<!\d)(\d{2})?\d{6}\s?[-+]?\s?\d{4}(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PersonnummerLike();

    /// <summary>Digits with spaces, dashes, slashes or brackets between them, optionally after + or 00.</summary>
    [GeneratedRegex(@"(?<![\d])(\+|00)?\(?\d[\d\s\-/()]{4,}\d(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoDate();
}
