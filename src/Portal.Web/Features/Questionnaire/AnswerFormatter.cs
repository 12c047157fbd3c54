using System.Globalization;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>An answer as the person (or the handläggare) reads it: option texts instead of values, dates written out.</summary>
public static class AnswerFormatter
{
    public static string Format(Question question, QuestionnaireAnswers answers, Language language)
    {
        var values = answers.Many(question.Id);
        if (values.Count == 0)
        {
            return language.Code == "en" ? "Not answered" : "Inte besvarad";
        }

        switch (question.Type)
        {
            case QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice or QuestionTypes.YesNo:
                var options = question.EffectiveOptions(language);
                return string.Join(", ", values.Select(v => options.FirstOrDefault(o => o.Value == v)?.Text ?? v));
            case QuestionTypes.Date when answers.Date(question.Id) is { } date:
                return date.ToString(language.Code == "en" ? "d MMMM yyyy" : "d MMMM yyyy", CultureInfo.GetCultureInfo(language.Code == "en" ? "en-GB" : "sv-SE"));
            case QuestionTypes.Number when answers.Number(question.Id) is { } number:
                return number.ToString("0.##", CultureInfo.GetCultureInfo(language.Code == "en" ? "en-GB" : "sv-SE"));
            default:
                return values[0];
        }
    }
}
