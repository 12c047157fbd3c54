using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>The questionnaire's validation messages: a text table (<see cref="TextTables"/>, Texts/QuestionnaireText.*.yml); the questions themselves are content.</summary>
public sealed class QuestionnaireText
{
    public required string Required { get; init; }
    public required string ChooseAnAnswer { get; init; }
    public required string ChooseAmongOptions { get; init; }
    public required string ExclusiveOption { get; init; }
    public required string OneAnswer { get; init; }
    public required string TooLong { get; init; }
    public required string InvalidCharacters { get; init; }
    public required string NotANumber { get; init; }
    public required string NumberOutOfRange { get; init; }
    public required string NotADate { get; init; }
    public required string DateUnreasonable { get; init; }
    public required string DateMustBePast { get; init; }
    public required string DateMustBeFuture { get; init; }

    public static QuestionnaireText For(Language language) => TextTables.Get<QuestionnaireText>(language);
}
