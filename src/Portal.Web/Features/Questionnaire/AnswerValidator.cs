using System.Globalization;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Checks one section's posted answers against the definition: required questions, allowed options, text lengths,
/// number ranges and dates. Hidden questions (whose condition is not met) are dropped, so a changed answer never
/// leaves stale follow-up answers behind. Messages are plain and in the form's language.
/// </summary>
public static class AnswerValidator
{
    public sealed record Result(QuestionnaireAnswers Answers, IReadOnlyDictionary<string, string> Errors);

    public static Result ValidateSection(
        QuestionnaireDefinition definition,
        QuestionnaireSection section,
        IReadOnlyDictionary<string, string[]> posted,
        QuestionnaireAnswers saved,
        DateOnly today,
        Language language)
    {
        var answers = saved.Copy();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = QuestionnaireText.For(language);

        foreach (var question in section.Questions)
        {
            if (!answers.IsVisible(question))
            {
                answers.Remove(question.Id);
                continue;
            }

            var values = (posted.TryGetValue(question.Id, out var v) ? v : [])
                .Select(x => (x ?? "").Trim())
                .Where(x => x.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var error = Check(question, values, today, language, text, out var normalised);
            if (error is not null)
            {
                errors[question.Id] = error;
                answers.Set(question.Id, values);
            }
            else
            {
                answers.Set(question.Id, normalised);
            }
        }

        // Follow-up questions in later sections whose condition no longer holds lose their answers.
        foreach (var question in definition.Questions.Where(q => !answers.IsVisible(q)))
        {
            answers.Remove(question.Id);
        }

        return new Result(answers, errors);
    }

    /// <summary>Every visible required question is answered and every answer is valid: ready to submit.</summary>
    public static IReadOnlyDictionary<string, string> ValidateAll(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateOnly today, Language language)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = QuestionnaireText.For(language);
        foreach (var question in definition.Questions.Where(answers.IsVisible))
        {
            var error = Check(question, answers.Many(question.Id).ToArray(), today, language, text, out _);
            if (error is not null)
            {
                errors[question.Id] = error;
            }
        }

        return errors;
    }

    private static string? Check(Question question, string[] values, DateOnly today, Language language, QuestionnaireText text, out string[] normalised)
    {
        normalised = values;
        if (values.Length == 0)
        {
            return question.Required ? (question.IsChoice ? text.ChooseAnAnswer : text.Required) : null;
        }

        switch (question.Type)
        {
            case QuestionTypes.SingleChoice or QuestionTypes.YesNo:
                var allowed = question.EffectiveOptions(language).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
                return values.Length == 1 && allowed.Contains(values[0]) ? null : text.ChooseAnAnswer;
            case QuestionTypes.MultipleChoice:
                var options = question.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
                if (!values.All(options.Contains))
                {
                    return text.ChooseAmongOptions;
                }

                var exclusive = values.Length > 1 ? question.Options.FirstOrDefault(o => o.Exclusive && values.Contains(o.Value, StringComparer.Ordinal)) : null;
                return exclusive is null ? null : string.Format(CultureInfo.InvariantCulture, text.ExclusiveOption, exclusive.Text);
            case QuestionTypes.ShortText or QuestionTypes.LongText:
                var value = values[0].Replace("\r\n", "\n", StringComparison.Ordinal);
                normalised = [value];
                if (values.Length > 1)
                {
                    return text.OneAnswer;
                }

                if (value.Length > question.EffectiveMaxLength)
                {
                    return string.Format(CultureInfo.InvariantCulture, text.TooLong, question.EffectiveMaxLength, value.Length);
                }

                return value.Any(c => char.IsControl(c) && c is not ('\n' or '\t')) ? text.InvalidCharacters : null;
            case QuestionTypes.Number:
                var raw = values[0].Replace(',', '.').Replace(" ", "", StringComparison.Ordinal);
                if (values.Length > 1 || !decimal.TryParse(raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return text.NotANumber;
                }

                if ((question.Min is { } min && number < min) || (question.Max is { } max && number > max))
                {
                    return string.Format(CultureInfo.InvariantCulture, text.NumberOutOfRange, question.Min ?? 0, question.Max ?? decimal.MaxValue);
                }

                normalised = [number.ToString(CultureInfo.InvariantCulture)];
                return null;
            case QuestionTypes.Date:
                if (values.Length > 1 || !DateOnly.TryParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return text.NotADate;
                }

                if (date.Year < 1900 || date > today.AddYears(5))
                {
                    return text.DateUnreasonable;
                }

                return (question.DateRange, date) switch
                {
                    ("past", var d) when d > today => text.DateMustBePast,
                    ("future", var d) when d < today => text.DateMustBeFuture,
                    _ => null,
                };
            default:
                return text.Required;
        }
    }
}
