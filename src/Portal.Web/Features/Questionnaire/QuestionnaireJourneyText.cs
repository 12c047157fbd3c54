using System.Globalization;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Questionnaire;

/// <summary>The fixed texts of the questionnaire pages in Swedish and English.</summary>
public sealed class QuestionnaireJourneyText
{
    public required string IdentifyTitle { get; init; }
    public required string IdentifyIntro { get; init; }
    public required string PersonnummerLabel { get; init; }
    public required string PersonnummerHint { get; init; }
    public required string IdentifyButton { get; init; }
    public required string WrongPersonnummer { get; init; }
    public required string Locked { get; init; }
    public required string LinkNotValidTitle { get; init; }
    public required string LinkNotValidText { get; init; }
    public required string SignInAgainTitle { get; init; }
    public required string SignInAgainText { get; init; }
    public required string SignOutButton { get; init; }
    public required string SignedOutNotice { get; init; }
    public required string NotYoursTitle { get; init; }
    public required string NotYoursText { get; init; }
    public required string YourMeeting { get; init; }
    public required string MeetingWhen { get; init; }
    public required string MeetingHow { get; init; }
    public required string Start { get; init; }
    public required string Continue { get; init; }
    public required string ContinueWhereYouLeft { get; init; }
    public required string SaveAndContinue { get; init; }
    public required string Back { get; init; }
    public required string CarryHeading { get; init; }
    public required string CarryText { get; init; }
    public required string CarryYes { get; init; }
    public required string CarryNo { get; init; }
    public required string CarryFilled { get; init; }
    public required string StepOf { get; init; }
    public required string StepsLabel { get; init; }
    public required string ErrorSummary { get; init; }
    public required string Optional { get; init; }
    public required string CheckTitle { get; init; }
    public required string CheckIntro { get; init; }
    public required string Change { get; init; }
    public required string NotAnswered { get; init; }
    public required string Submit { get; init; }
    public required string SubmitChanges { get; init; }
    public required string DoneTitle { get; init; }
    public required string ChangedTitle { get; init; }
    public required string ReferenceNumber { get; init; }
    public required string CanChangeUntil { get; init; }
    public required string CannotChangeAnymore { get; init; }
    public required string StatusDraft { get; init; }
    public required string StatusSubmitted { get; init; }
    public required string StatusChanged { get; init; }
    public required string MyAnswers { get; init; }
    public required string PrintAnswers { get; init; }
    public required string ReadLogTitle { get; init; }
    public required string ReadLogIntro { get; init; }
    public required string ReadLogEmpty { get; init; }
    public required string ReadLogWho { get; init; }
    public required string ReadByCaseOfficer { get; init; }
    public required string ReadBySystem { get; init; }
    public required string DeleteTitle { get; init; }
    public required string DeleteIntro { get; init; }
    public required string DeleteButton { get; init; }
    public required string DeletedTitle { get; init; }
    public required string DeletedText { get; init; }
    public required string NothingToDelete { get; init; }
    public required string ConflictTitle { get; init; }
    public required string ConflictText { get; init; }
    public required string ConflictSavedAnswers { get; init; }
    public required string ConflictKeepMine { get; init; }
    public required string NewQuestionsShown { get; init; }
    public required string SgiResultTitle { get; init; }
    public required string SgiNotComputed { get; init; }
    public required string Retention { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    public static QuestionnaireJourneyText For(Language language) => language.Code == "en" ? English : Swedish;

    /// <summary>Whether a question text ends in its own mark ("?"), so a list of answers adds no ":" after it.</summary>
    public static bool EndsWithMark(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '?' or '!' or ':' or '.';

    public static string FormatDateTime(DateTime utc, Language language)
    {
        var local = StockholmTime.ToLocal(utc);
        return language.Code == "en"
            ? local.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"))
            : local.ToString("dddd d MMMM yyyy 'kl.' HH.mm", CultureInfo.GetCultureInfo("sv-SE"));
    }

    private static readonly QuestionnaireJourneyText Swedish = new()
    {
        IdentifyTitle = "Förbered ditt möte",
        IdentifyIntro = "Du har fått en personlig länk till frågor inför ditt möte. För att vara säker på att det är du, skriv ditt personnummer.",
        PersonnummerLabel = "Personnummer",
        PersonnummerHint = "12 siffror, ÅÅÅÅMMDD-NNNN.",
        IdentifyButton = "Fortsätt",
        WrongPersonnummer = "Personnumret stämmer inte med inbjudan. Kontrollera siffrorna. Du har {0} försök kvar.",
        Locked = "Du har skrivit fel personnummer för många gånger. Av säkerhetsskäl är länken låst en stund, och längre för varje gång det händer igen. Försök igen senare, eller kontakta din handläggare.",
        LinkNotValidTitle = "Länken fungerar inte",
        LinkNotValidText = "Länken är inte giltig längre, eller så är den inte komplett. Länken slutar gälla när mötet har varit. Kontrollera att du har kopierat hela länken från din inbjudan. Har mötet inte varit än och fungerar länken ändå inte, kontakta din handläggare på Försäkringskassan (0771-524 524).",
        SignInAgainTitle = "Öppna länken i din inbjudan igen",
        SignInAgainText = "Av säkerhetsskäl behöver du öppna din personliga länk igen och skriva ditt personnummer. Dina sparade svar finns kvar.",
        SignOutButton = "Logga ut",
        SignedOutNotice = "Du är nu utloggad, så att ingen annan som använder den här datorn kan se dina svar. Vill du se, skriva ut eller ändra dina svar öppnar du länken i din inbjudan igen.",
        NotYoursTitle = "Du kan inte öppna det här formuläret",
        NotYoursText = "Du kan bara se dina egna svar. Öppna länken i din egen inbjudan.",
        YourMeeting = "Ditt möte",
        MeetingWhen = "När",
        MeetingHow = "Hur",
        Start = "Börja svara",
        Continue = "Fortsätt",
        ContinueWhereYouLeft = "Fortsätt där du slutade",
        SaveAndContinue = "Spara och fortsätt",
        Back = "Tillbaka",
        CarryHeading = "Vill du använda dina svar från SGI-skyddskollen?",
        CarryText = "Du har sparat svar från SGI-skyddskollen i den här webbläsaren. Vi kan fylla i de frågor här som de svarar på: vilket beslut du har fått, datumen, om du arbetar och om du är inskriven hos Arbetsförmedlingen. Du kan ändra svaren innan du går vidare. Säger du nej tas de sparade svaren bort från webbläsaren.",
        CarryYes = "Ja, fyll i svaren",
        CarryNo = "Nej, jag svarar själv",
        CarryFilled = "Vi har fyllt i svaren från SGI-skyddskollen. Kontrollera att de stämmer och ändra det som behövs innan du går vidare.",
        StepOf = "Steg {0} av {1}",
        StepsLabel = "Steg i formuläret",
        ErrorSummary = "Något behöver rättas",
        Optional = "(frivilligt)",
        CheckTitle = "Kontrollera dina svar",
        CheckIntro = "Läs igenom dina svar. Du kan ändra dem innan du skickar.",
        Change = "Ändra",
        NotAnswered = "Inte besvarad",
        Submit = "Skicka svaren",
        SubmitChanges = "Skicka ändringarna",
        DoneTitle = "Tack, dina svar är skickade",
        ChangedTitle = "Tack, dina ändringar är skickade",
        ReferenceNumber = "Referensnummer",
        CanChangeUntil = "Du kan ändra eller radera dina svar fram till {0}.",
        CannotChangeAnymore = "Mötet är nära, så du kan inte längre ändra dina svar här. Vill du ändra något, berätta det på mötet eller kontakta din handläggare.",
        StatusDraft = "Du har börjat men inte skickat dina svar.",
        StatusSubmitted = "Du har skickat dina svar.",
        StatusChanged = "Du har ändringar som inte är skickade än.",
        MyAnswers = "Dina svar",
        PrintAnswers = "Se och skriv ut dina svar",
        ReadLogTitle = "Vem har läst mina svar?",
        ReadLogIntro = "Här ser du varje gång dina svar har lästs: när, och om det var en handläggare eller Försäkringskassans ärendesystem. Vi visar aldrig namnet på den som läste.",
        ReadLogEmpty = "Ingen har läst dina svar än.",
        ReadLogWho = "Vem läste",
        ReadByCaseOfficer = "En handläggare på Försäkringskassan",
        ReadBySystem = "Försäkringskassans ärendesystem",
        DeleteTitle = "Radera dina svar",
        DeleteIntro = "Om du raderar dina svar tas de bort helt. De går inte att få tillbaka. Mötet blir kvar som vanligt.",
        DeleteButton = "Radera mina svar",
        DeletedTitle = "Dina svar är raderade",
        DeletedText = "Vi har tagit bort dina svar. Du kan svara på frågorna igen om du vill, så länge det är mer än ett dygn till mötet.",
        NothingToDelete = "Det finns inga sparade svar att radera.",
        ConflictTitle = "Dina svar har ändrats i ett annat fönster",
        ConflictText = "Medan du fyllde i den här sidan sparades andra svar, till exempel i en annan flik. Vi har inte sparat något av det du skrev nu. Jämför nedan och välj.",
        ConflictSavedAnswers = "Det här är sparat nu:",
        ConflictKeepMine = "Spara svaren på den här sidan",
        NewQuestionsShown = "Utifrån dina svar har vi lagt till en eller flera frågor på den här sidan. Dina svar hittills är sparade.",
        SgiResultTitle = "Ditt SGI-skydd",
        SgiNotComputed = "Vi kan inte räkna ut något om ditt SGI-skydd utifrån dina svar. Ta upp det på mötet.",
        Retention = "Svaren raderas {0} dagar efter mötet.",
        Yes = "Ja",
        No = "Nej",
    };

    private static readonly QuestionnaireJourneyText English = new()
    {
        IdentifyTitle = "Prepare for your meeting",
        IdentifyIntro = "You have received a personal link to questions before your meeting. To make sure it is you, enter your personnummer (Swedish personal identity number).",
        PersonnummerLabel = "Personnummer",
        PersonnummerHint = "12 digits, YYYYMMDD-NNNN.",
        IdentifyButton = "Continue",
        WrongPersonnummer = "The personnummer does not match the invitation. Check the digits. You have {0} tries left.",
        Locked = "You have entered a wrong personnummer too many times. For your safety the link is locked for a while, and longer each time it happens again. Try again later, or contact your case officer.",
        LinkNotValidTitle = "The link does not work",
        LinkNotValidText = "The link is no longer valid, or it is incomplete. The link stops working after the meeting. Check that you copied the whole link from your invitation. If the meeting has not taken place and the link still does not work, contact your case officer at Försäkringskassan (0771-524 524).",
        SignInAgainTitle = "Open the link in your invitation again",
        SignInAgainText = "For your safety, open your personal link again and enter your personnummer. Your saved answers are kept.",
        SignOutButton = "Sign out",
        SignedOutNotice = "You are now signed out, so that nobody else using this computer can see your answers. To see, print or change your answers, open the link in your invitation again.",
        NotYoursTitle = "You cannot open this form",
        NotYoursText = "You can only see your own answers. Open the link in your own invitation.",
        YourMeeting = "Your meeting",
        MeetingWhen = "When",
        MeetingHow = "How",
        Start = "Start answering",
        Continue = "Continue",
        ContinueWhereYouLeft = "Continue where you left off",
        SaveAndContinue = "Save and continue",
        Back = "Back",
        CarryHeading = "Do you want to use your answers from the SGI check?",
        CarryText = "You have saved answers from the SGI check in this browser. We can fill in the questions here that they answer: which decision you got, the dates, whether you work and whether you are registered with Arbetsförmedlingen. You can change the answers before you continue. If you say no, the saved answers are removed from this browser.",
        CarryYes = "Yes, fill in the answers",
        CarryNo = "No, I will answer myself",
        CarryFilled = "We have filled in the answers from the SGI check. Check that they are right and change what is needed before you continue.",
        StepOf = "Step {0} of {1}",
        StepsLabel = "Steps in the form",
        ErrorSummary = "Something needs correcting",
        Optional = "(optional)",
        CheckTitle = "Check your answers",
        CheckIntro = "Read through your answers. You can change them before you send.",
        Change = "Change",
        NotAnswered = "Not answered",
        Submit = "Send the answers",
        SubmitChanges = "Send the changes",
        DoneTitle = "Thank you, your answers have been sent",
        ChangedTitle = "Thank you, your changes have been sent",
        ReferenceNumber = "Reference number",
        CanChangeUntil = "You can change or delete your answers until {0}.",
        CannotChangeAnymore = "The meeting is close, so you can no longer change your answers here. If you want to change something, say so at the meeting or contact your case officer.",
        StatusDraft = "You have started but not sent your answers.",
        StatusSubmitted = "You have sent your answers.",
        StatusChanged = "You have changes that are not sent yet.",
        MyAnswers = "Your answers",
        PrintAnswers = "See and print your answers",
        ReadLogTitle = "Who has read my answers?",
        ReadLogIntro = "Here you see each time your answers were read: when, and whether it was a case officer or Försäkringskassan's case management system. We never show the name of the person who read them.",
        ReadLogEmpty = "Nobody has read your answers yet.",
        ReadLogWho = "Read by",
        ReadByCaseOfficer = "A case officer (handläggare) at Försäkringskassan",
        ReadBySystem = "Försäkringskassan's case management system",
        DeleteTitle = "Delete your answers",
        DeleteIntro = "If you delete your answers they are removed completely and cannot be restored. The meeting stays as planned.",
        DeleteButton = "Delete my answers",
        DeletedTitle = "Your answers have been deleted",
        DeletedText = "We have removed your answers. You can answer the questions again if you want, as long as the meeting is more than a day away.",
        NothingToDelete = "There are no saved answers to delete.",
        ConflictTitle = "Your answers were changed in another window",
        ConflictText = "While you were filling in this page, other answers were saved, for example in another tab. We have not saved anything you wrote now. Compare below and choose.",
        ConflictSavedAnswers = "This is what is saved now:",
        ConflictKeepMine = "Save the answers on this page",
        NewQuestionsShown = "Based on your answers we have added one or more questions to this page. Your answers so far are saved.",
        SgiResultTitle = "Your SGI protection",
        SgiNotComputed = "We cannot work out anything about your SGI protection from your answers. Bring it up at the meeting.",
        Retention = "The answers are deleted {0} days after the meeting.",
        Yes = "Yes",
        No = "No",
    };
}
