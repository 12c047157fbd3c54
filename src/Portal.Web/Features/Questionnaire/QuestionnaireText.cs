using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>The fixed texts of the questionnaire journey (the questions themselves are content).</summary>
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

    public static QuestionnaireText For(Language language) => language.Code == "en" ? English : Swedish;

    private static readonly QuestionnaireText Swedish = new()
    {
        Required = "Svara på frågan.",
        ChooseAnAnswer = "Välj ett av svaren.",
        ChooseAmongOptions = "Välj bland svaren som finns.",
        ExclusiveOption = "Svaret ”{0}” kan inte väljas tillsammans med andra svar. Välj bara det, eller ta bort det.",
        OneAnswer = "Skriv ett svar.",
        TooLong = "Texten är för lång. Skriv högst {0} tecken (du har skrivit {1}).",
        InvalidCharacters = "Texten innehåller tecken som inte går att spara. Ta bort dem och försök igen.",
        NotANumber = "Skriv ett tal, till exempel 40 eller 37,5.",
        NumberOutOfRange = "Skriv ett tal mellan {0} och {1}.",
        NotADate = "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-16.",
        DateUnreasonable = "Datumet verkar inte stämma. Kontrollera året.",
        DateMustBePast = "Datumet kan inte vara senare än i dag.",
        DateMustBeFuture = "Datumet kan inte vara tidigare än i dag.",
    };

    private static readonly QuestionnaireText English = new()
    {
        Required = "Answer the question.",
        ChooseAnAnswer = "Choose one of the answers.",
        ChooseAmongOptions = "Choose among the answers given.",
        ExclusiveOption = "The answer “{0}” cannot be chosen together with other answers. Choose only that one, or remove it.",
        OneAnswer = "Write one answer.",
        TooLong = "The text is too long. Write at most {0} characters (you have written {1}).",
        InvalidCharacters = "The text contains characters that cannot be saved. Remove them and try again.",
        NotANumber = "Write a number, for example 40 or 37.5.",
        NumberOutOfRange = "Write a number between {0} and {1}.",
        NotADate = "Write the date as YYYY-MM-DD, for example 2026-03-16.",
        DateUnreasonable = "The date does not look right. Check the year.",
        DateMustBePast = "The date cannot be later than today.",
        DateMustBeFuture = "The date cannot be earlier than today.",
    };
}
