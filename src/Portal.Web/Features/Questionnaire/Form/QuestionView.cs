using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>What the _Question partial needs to render one question as FKUI form fields.</summary>
public sealed record QuestionView(Question Question, QuestionnaireAnswers Answers, string? Error, Language Language, bool IsVisible, string HealthNote)
{
    public string Id => "q-" + Question.Id;

    public string? Value => Answers.One(Question.Id);

    public IReadOnlyList<string> Values => Answers.Many(Question.Id);

    public bool HasError => Error is not null;

    public string OptionalText => Language.Code == "en" ? "(optional)" : "(frivilligt)";

    public string? DateFormat => Language.Code == "en" ? "YYYY-MM-DD" : "ÅÅÅÅ-MM-DD";

    public string MaxLengthText => Language.Code == "en" ? $"At most {Question.EffectiveMaxLength} characters." : $"Högst {Question.EffectiveMaxLength} tecken.";

    public string ShowIfValues => Question.ShowIf is null ? "" : string.Join(' ', Question.ShowIf.Values);
}
