using System.Globalization;
using System.Text;
using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Texts;

/// <summary>
/// Fills a result's summary, action texts and legal-basis notes from templates (the <c>texts:</c> map of
/// content/sgi-koll/texts.*.yml). Placeholders are written <c>{name}</c>; <c>{by}</c> is the action's date and
/// <c>{deadline}</c> the result's. ISO dates are written out in the language ("måndag 16 mars 2026").
/// A missing template leaves the code itself, so a gap in the content is visible rather than silent.
/// </summary>
public static class ResultTexts
{
    private static readonly string[] SwedishDays = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];
    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <param name="result">A result from <see cref="SgiChecker"/>.</param>
    /// <param name="templates">Text code → template.</param>
    /// <param name="language"><c>en</c> for English; anything else is written in Swedish.</param>
    public static Result Render(Result result, IReadOnlyDictionary<string, string> templates, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(templates);
        var english = IsEnglish(language);
        var summary = Fill(templates, result.SummaryCode, result.SummaryParameters, null, english);
        var actions = result.Actions
            .Select(a => a with
            {
                Text = Fill(templates, a.Code, a.Parameters, a.By, english),
                Url = a.LinkKey is { } key ? ActionLinks.Url(key, english ? "en" : "sv") : a.Url,
            })
            .ToList();
        var legal = result.LegalBasis
            .Select(l => l with { Note = Fill(templates, l.NoteCode, Result.EmptyParameters, null, english) })
            .ToList();
        return result with { Summary = summary, Actions = actions, LegalBasis = legal };
    }

    /// <summary>"måndag 16 mars 2026" in Swedish, "Monday 16 March 2026" in English.</summary>
    public static string FormatDate(DateOnly date, string language)
    {
        var english = IsEnglish(language);
        var day = (english ? EnglishDays : SwedishDays)[(int)date.DayOfWeek];
        var month = (english ? EnglishMonths : SwedishMonths)[date.Month - 1];
        return string.Create(CultureInfo.InvariantCulture, $"{day} {date.Day} {month} {date.Year}");
    }

    /// <summary>Numbers with the language's separators: "14 208" and "37,5" in Swedish, "14,208" and "37.5" in English.</summary>
    public static string FormatNumber(double value, string language)
    {
        var english = IsEnglish(language);
        var rounded = Math.Round(value, 2);
        var whole = Math.Truncate(rounded);
        var digits = Math.Abs(whole).ToString("0", CultureInfo.InvariantCulture);
        var grouped = new StringBuilder(digits.Length + 4);
        if (whole < 0)
        {
            grouped.Append('-');
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0 && digits.Length > 4)
            {
                grouped.Append(english ? ',' : '\u00A0');
            }

            grouped.Append(digits[i]);
        }

        var fraction = Math.Abs(rounded - whole);
        if (fraction > 0)
        {
            var decimals = fraction.ToString("0.##", CultureInfo.InvariantCulture)[1..];
            grouped.Append(english ? decimals : decimals.Replace('.', ','));
        }

        return grouped.ToString();
    }

    private static bool IsEnglish(string? language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);

    private static string Fill(
        IReadOnlyDictionary<string, string> templates, string code, IReadOnlyDictionary<string, string> parameters, DateOnly? by, bool english)
    {
        if (!templates.TryGetValue(code, out var template) || string.IsNullOrEmpty(template))
        {
            return code;
        }

        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template.Trim();
        }

        var language = english ? "en" : "sv";
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (Value(name, parameters, by, language) is { } value)
            {
                text.Append(value);
            }
            else
            {
                text.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return text.ToString().Trim();
    }

    private static string? Value(string name, IReadOnlyDictionary<string, string> parameters, DateOnly? by, string language)
    {
        if (name == "by" && by is { } date)
        {
            return FormatDate(date, language);
        }

        if (!parameters.TryGetValue(name, out var raw))
        {
            return null;
        }

        if (raw.Length == 10 && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
        {
            return FormatDate(isoDate, language);
        }

        if (name.EndsWith("Year", StringComparison.Ordinal))
        {
            return raw;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? FormatNumber(number, language)
            : raw;
    }
}
