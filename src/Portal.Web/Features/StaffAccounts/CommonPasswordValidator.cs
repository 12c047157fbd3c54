using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// Refuses passwords built on a common word or pattern (issue 14, item 15): the letters of the password, with digits
/// and signs removed and look-alike digits read as letters ("P4ssw0rd" is "password"), must not be a common password
/// word, a keyboard run or a season, and must be at least five letters. So "Password1234", "Sommar2026!" and
/// "Qwerty123456" are refused while the length rules alone would let them through. The list is short and of our own
/// making; an agency with a breached-password service can add its check as another <see cref="IPasswordValidator{TUser}"/>.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    public const string Code = "CommonPassword";

    private static readonly string[] CommonWords =
    [
        "password", "passwort", "passord", "losenord", "losen", "hemligt", "hemlig", "secret", "changeme", "default",
        "qwerty", "qwertz", "azerty", "asdfgh", "asdf", "zxcvbn", "qwertyuiop", "asdfghjkl", "abcdef", "abcdefgh", "abc",
        "admin", "administrator", "administrat", "root", "login", "user", "guest", "test", "testing", "demo",
        "welcome", "valkommen", "letmein", "iloveyou", "jagalskardig", "trustno", "hejhej", "hej", "hello",
        "sommar", "vinter", "hosten", "host", "varen", "var", "summer", "winter", "autumn", "spring", "fall",
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
        "january", "february", "march", "may", "june", "july", "august", "october",
        "mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag", "monday", "friday", "sunday",
        "sverige", "sweden", "svenska", "stockholm", "goteborg", "malmo", "uppsala",
        "fotboll", "football", "hockey", "baseball", "soccer", "aik", "djurgarden", "hammarby",
        "monkey", "dragon", "master", "shadow", "sunshine", "princess", "superman", "batman", "pokemon", "starwars",
        "omstallning", "omstallningsportalen", "forsakringskassan", "kassan", "portal", "personal", "handlaggare",
    ];

    private static readonly HashSet<string> Common = new(CommonWords, StringComparer.Ordinal);

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? "")
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "Lösenordet är för vanligt eller lätt att gissa (till exempel ett vanligt ord med siffror efter). Välj en lång fras med flera ord." })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var plain = Letters(password, lookAlikes: false);
        if (plain.Length < 5)
        {
            return true;
        }

        foreach (var letters in new[] { plain, Letters(password, lookAlikes: true) })
        {
            // The word itself, or a common word with at most three letters added ("passwordiea" from "Password1234").
            if (Common.Contains(letters) || IsRun(letters)
                || CommonWords.Any(word => word.Length >= 4 && letters.Contains(word, StringComparison.Ordinal) && letters.Length - word.Length < 4))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case letters without diacritics; with <paramref name="lookAlikes"/>, digits and signs that look like letters read as them.</summary>
    private static string Letters(string password, bool lookAlikes)
    {
        var text = new StringBuilder();
        foreach (var c in password.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            var mapped = !lookAlikes ? c : c switch
            {
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                _ => c,
            };
            if (CharUnicodeInfo.GetUnicodeCategory(mapped) == UnicodeCategory.LowercaseLetter)
            {
                text.Append(mapped);
            }
        }

        return text.ToString();
    }

    /// <summary>One letter repeated, or a run of the alphabet ("aaaaaa", "abcdefg").</summary>
    private static bool IsRun(string letters) =>
        letters.Distinct().Count() <= 2
        || letters.Zip(letters.Skip(1)).All(p => p.Second == p.First + 1);
}
