using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;
using Portal.Web.Features.Questionnaire;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// The SGI-skyddskoll answers a person chose to keep in their own browser, so that a pre-meeting questionnaire opened
/// in the same browser can offer to fill in the same facts. Kept only in an encrypted, HttpOnly cookie (Data
/// Protection) for 14 days; nothing is stored on the server. A cookie that cannot be read, or answers that no longer
/// make a complete check, count as no saved answers and the cookie is removed.
/// </summary>
public sealed class SavedSgiAnswers(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "portal.sgi-answers";
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(14);
    private readonly IDataProtector _protector = protection.CreateProtector("Portal.SgiCheck.SavedAnswers.v1");

    private sealed record Stored(DateTime SavedUtc, Dictionary<string, string> Answers);

    /// <summary>A saved check: the journey answers as the pages keep them, and the checker's answers they make.</summary>
    public sealed record Check(IReadOnlyDictionary<string, string> Journey, Answers Answers);

    public void Save(HttpContext http, IReadOnlyDictionary<string, string> flowAnswers)
    {
        var json = JsonSerializer.Serialize(new Stored(time.GetUtcNow().UtcDateTime, new Dictionary<string, string>(flowAnswers, StringComparer.Ordinal)));
        http.Response.Cookies.Append(CookieName, _protector.Protect(json), Options(http, KeptFor));
    }

    public void Forget(HttpContext http) => http.Response.Cookies.Delete(CookieName, Options(http, null));

    /// <summary>The saved answers of a complete check, or null (and an unreadable cookie is removed).</summary>
    public Check? Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(_protector.Unprotect(value));
            if (stored?.Answers is { Count: > 0 } answers
                && time.GetUtcNow().UtcDateTime - stored.SavedUtc < KeptFor
                && SgiCheckFlow.NextQuestion(answers) is null)
            {
                return new Check(answers, SgiJourneyAnswers.ToAnswers(answers, SgiCheckDates.Today(time)));
            }
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException or ArgumentException)
        {
            // Tampered, written with a retired key, or from an older version of the check: treated as nothing saved.
        }

        Forget(http);
        return null;
    }

    /// <summary>
    /// The questionnaire answers the saved check gives, by question id: each SGI fact goes to the question that names
    /// it (<c>sgi:</c> in the definition), and a choice only when it is one of that question's options. The section's
    /// own validation runs on them before anything is saved.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ToQuestionnaire(Answers sgi, QuestionnaireDefinition definition)
    {
        var af = sgi.Next.OfType<AfRegistrationStep>().FirstOrDefault();
        var facts = new (string Field, string? Value)[]
        {
            ("situation", KebabNames.Of(sgi.Situation)),
            ("employment", KebabNames.Of(sgi.Employment)),
            ("hasSgi", KebabNames.Of(sgi.HasSgi)),
            ("lastSjukpenningDay", Iso(sgi.LastSjukpenningDay)),
            ("decisionReceived", Iso(sgi.DecisionReceived)),
            ("sgiHoursPerWeek", sgi.SgiHoursPerWeek?.ToString(CultureInfo.InvariantCulture)),
            ("afStatus", af is null ? null : af.Status == AfStatus.Forhinder ? "forhinder" : "aktivt"),
            ("afFrom", Iso(af?.From)),
            ("afHours", af?.HoursPerWeek.ToString(CultureInfo.InvariantCulture)),
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, value) in facts)
        {
            if (value is null || definition.ForSgiField(field) is not { } question)
            {
                continue;
            }

            if (question.IsChoice && question.Options.All(o => o.Value != value))
            {
                continue;
            }

            values[question.Id] = value;
        }

        return values;
    }

    /// <summary>Whether two sets of journey answers are the same answers.</summary>
    public static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        Path = "/",
        MaxAge = maxAge,
    };
}
