using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Feedback;

/// <summary>The texts of "Hittade du det du sökte?" in the page's language.</summary>
public sealed record FeedbackText(
    string Question,
    string Yes,
    string No,
    string CommentLabel,
    string CommentHint,
    string Send,
    string ChooseAnswer,
    string CommentTooLong,
    string ThanksTitle,
    string ThanksText,
    string BackToPage,
    string FormTitle)
{
    public static FeedbackText For(Language language) => language.Code switch
    {
        "en" => English,
        "lattlast" => EasySwedish,
        _ => Swedish,
    };

    private static readonly FeedbackText Swedish = new(
        "Hittade du det du sökte?",
        "Ja",
        "Nej",
        "Vill du berätta mer? (frivilligt)",
        "Skriv inte personnummer, telefonnummer eller e-postadress. Vi kan inte svara på det du skriver här.",
        "Skicka svar",
        "Välj ja eller nej.",
        "Skriv högst 500 tecken.",
        "Tack för ditt svar",
        "Vi använder svaren för att göra sidorna bättre. Svaret sparas utan namn och utan något som kan visa vem du är.",
        "Tillbaka till sidan",
        "Svara på frågan");

    private static readonly FeedbackText EasySwedish = new(
        "Hittade du det du sökte?",
        "Ja",
        "Nej",
        "Vill du skriva något mer? Du behöver inte.",
        "Skriv inte ditt personnummer, telefonnummer eller din e-post. Vi kan inte svara dig här.",
        "Skicka",
        "Välj ja eller nej.",
        "Du har skrivit för mycket. Skriv högst 500 tecken.",
        "Tack för ditt svar",
        "Vi använder svaren för att göra sidorna bättre. Vi vet inte vem du är.",
        "Tillbaka till sidan",
        "Svara på frågan");

    private static readonly FeedbackText English = new(
        "Did you find what you were looking for?",
        "Yes",
        "No",
        "Would you like to tell us more? (optional)",
        "Do not write a personal identity number, phone number or e-mail address. We cannot reply to what you write here.",
        "Send answer",
        "Choose yes or no.",
        "Write at most 500 characters.",
        "Thank you for your answer",
        "We use the answers to improve the pages. Your answer is stored without a name or anything that could show who you are.",
        "Back to the page",
        "Answer the question");
}

/// <summary>The model of the form partial: the page it is about and the answer so far (after an error).</summary>
public sealed record FeedbackFormView(Guid ItemId, Language Language, string? Answer = null, string? Comment = null, IReadOnlyDictionary<string, string>? Errors = null)
{
    public FeedbackText Text => FeedbackText.For(Language);

    public string? ErrorFor(string field) => Errors?.GetValueOrDefault(field);
}
