using System.Globalization;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// The texts of the invitation pages (the meeting, the three answers, another time, declining and the page for those who
/// decline) in Swedish, English and lättläst. Written for a reader who may be ill and stressed, often on a phone.
/// </summary>
public sealed class InvitationText
{
    public required string Title { get; init; }
    public required string Invited { get; init; }
    public required string MeetingType { get; init; }
    public required string When { get; init; }
    public required string How { get; init; }
    public required string Who { get; init; }
    public required string WhoText { get; init; }
    public required string WhatFor { get; init; }
    public required string PurposeKontaktmote { get; init; }
    public required string PurposeOmstallningsmote { get; init; }
    public required string PurposeKartlaggning { get; init; }
    public required string Voluntary { get; init; }
    public required string Practical { get; init; }
    public required string VideoWithLink { get; init; }
    public required string VideoWithoutLink { get; init; }
    public required string PhoneText { get; init; }
    public required string OnSiteWithAddress { get; init; }
    public required string OnSiteWithoutAddress { get; init; }
    public required string ContactHeading { get; init; }
    public required string ContactDefault { get; init; }
    public required string Calendar { get; init; }
    public required string AnswerLegend { get; init; }
    public required string Coming { get; init; }
    public required string OtherTime { get; init; }
    public required string Declined { get; init; }
    public required string SendAnswer { get; init; }
    public required string ChooseOne { get; init; }
    public required string YouAnswered { get; init; }
    public required string CanChangeUntil { get; init; }
    public required string AfterCutoff { get; init; }
    public required string CancelledTitle { get; init; }
    public required string CancelledText { get; init; }
    public required string ComingThanks { get; init; }
    public required string PrepareLink { get; init; }
    public required string PrepareText { get; init; }
    public required string ChangeAnswer { get; init; }
    public required string BackToInvitation { get; init; }
    public required string ErrorHeading { get; init; }

    // Another time
    public required string OtherTitle { get; init; }
    public required string OtherIntro { get; init; }
    public required string FreeTimes { get; init; }
    public required string NoFreeTimes { get; init; }
    public required string BookButton { get; init; }
    public required string ChooseTime { get; init; }
    public required string TimeTaken { get; init; }
    public required string TimeGone { get; init; }
    public required string Booked { get; init; }
    public required string Confirmed { get; init; }
    public required string WishHeading { get; init; }
    public required string WishLabel { get; init; }
    public required string WishHint { get; init; }
    public required string WishRequired { get; init; }
    public required string WishTooLong { get; init; }
    public required string ChannelLegend { get; init; }
    public required string ChannelSame { get; init; }
    public required string Interpreter { get; init; }
    public required string WishButton { get; init; }
    public required string WishWaiting { get; init; }
    public required string WishHandled { get; init; }
    public required string NewTimeCalendar { get; init; }

    // Declining
    public required string DeclineTitle { get; init; }
    public required string DeclineIntro { get; init; }
    public required string ReasonLegend { get; init; }
    public required string ReasonBackAtEmployer { get; init; }
    public required string ReasonHasSupport { get; init; }
    public required string ReasonTooIll { get; init; }
    public required string ReasonNoUse { get; init; }
    public required string ReasonNoTime { get; init; }
    public required string ReasonOther { get; init; }
    public required string ReasonTextLabel { get; init; }
    public required string ReasonTextHint { get; init; }
    public required string ReasonTextTooLong { get; init; }
    public required string DeclineButton { get; init; }

    // The page for those who decline
    public required string WithoutTitle { get; init; }
    public required string WithoutNothingChanges { get; init; }
    public required string WithoutChangeMind { get; init; }
    public required string WouldHaveGivenHeading { get; init; }
    public required IReadOnlyList<string> WouldHaveGiven { get; init; }
    public required string ChecklistHeading { get; init; }
    public required IReadOnlyList<string> Checklist { get; init; }
    public required string SgiHeading { get; init; }
    public required string SgiDeadline { get; init; }
    public required string SgiNoDeadline { get; init; }
    public required string SgiDeadlineCalendar { get; init; }
    public required string SgiSeeResult { get; init; }
    public required string SgiDoCheck { get; init; }
    public required string SgiCheckLink { get; init; }
    public required string ReadMoreHeading { get; init; }
    public required string StillTellFk { get; init; }
    public required string StillTellFkLink { get; init; }

    public string Purpose(string type) => type switch
    {
        MeetingTypes.Kontaktmote => PurposeKontaktmote,
        MeetingTypes.GemensamKartlaggning => PurposeKartlaggning,
        _ => PurposeOmstallningsmote,
    };

    public string AnswerName(string? answer) => answer switch
    {
        InvitationAnswers.Coming => Coming,
        InvitationAnswers.OtherTime => OtherTime,
        InvitationAnswers.Declined => Declined,
        _ => "",
    };

    public string ReasonName(string reason) => reason switch
    {
        DeclineReasons.BackAtEmployer => ReasonBackAtEmployer,
        DeclineReasons.HasSupport => ReasonHasSupport,
        DeclineReasons.TooIll => ReasonTooIll,
        DeclineReasons.NoUse => ReasonNoUse,
        DeclineReasons.NoTime => ReasonNoTime,
        _ => ReasonOther,
    };

    public static InvitationText For(Language language) =>
        language == Languages.English ? English : language == Languages.EasySwedish ? EasySwedish : Swedish;

    /// <summary>The meeting's time in the reader's language, in Stockholm time ("tisdag 15 december 2026 kl. 10.00").</summary>
    public static string FormatDateTime(DateTime utc, Language language) => QuestionnaireJourneyText.FormatDateTime(utc, language);

    public static string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);

    /// <summary>The guidance pages for a person who declines, in the reader's language (title, address).</summary>
    public static IReadOnlyList<(string Title, string Url)> PagesFor(Language language, string? reason)
    {
        if (language == Languages.English)
        {
            var en = new List<(string, string)>
            {
                ("If you decline the meeting", "/en/if-you-decline-the-meeting"),
                ("Protect your SGI", "/en/protect-your-sgi"),
                ("Register with Arbetsförmedlingen", "/en/register-with-arbetsformedlingen"),
                ("Money during the transition", "/en/money-during-the-transition"),
                ("If you disagree with the decision", "/en/if-you-disagree-with-the-decision"),
            };
            if (reason == DeclineReasons.BackAtEmployer)
            {
                en.Insert(1, ("I still have my job", "/en/i-still-have-my-job"));
            }
            else if (reason == DeclineReasons.TooIll)
            {
                en.Insert(1, ("I am still ill", "/en/i-am-still-ill"));
            }

            return en;
        }

        var prefix = language == Languages.EasySwedish ? "/lattlast" : "";
        var sv = new List<(string, string)>
        {
            ("Om du tackar nej till mötet", prefix + "/om-du-tackar-nej-till-motet"),
            ("Skydda din SGI", prefix + "/skydda-din-sgi"),
            ("Skriv in dig hos Arbetsförmedlingen", prefix + "/skriv-in-dig-hos-arbetsformedlingen"),
            ("Pengar under omställningen", prefix + "/pengar-under-omstallningen"),
            ("Om du inte håller med om beslutet", prefix + "/om-du-inte-haller-med"),
        };
        if (reason == DeclineReasons.BackAtEmployer)
        {
            sv.Insert(1, ("Jag har kvar min anställning", prefix + "/jag-har-kvar-min-anstallning"));
        }
        else if (reason == DeclineReasons.TooIll)
        {
            sv.Insert(1, ("Jag är fortfarande sjuk", prefix + "/jag-ar-fortfarande-sjuk"));
        }

        return sv;
    }

    private static readonly InvitationText Swedish = new()
    {
        Title = "Din inbjudan",
        Invited = "Du är inbjuden till ett {0} med Försäkringskassan och Arbetsförmedlingen.",
        MeetingType = "Möte",
        When = "När",
        How = "Hur",
        Who = "Vilka är med",
        WhoText = "Din handläggare på Försäkringskassan och en handläggare från Arbetsförmedlingen. Om du vill kan fler vara med, till exempel någon från vården, kommunen eller din arbetsgivare.",
        WhatFor = "Vad mötet är till för",
        PurposeKontaktmote = "Mötet ska hjälpa dig att börja söka ett annat arbete medan du fortfarande får sjukpenning. Arbetsförmedlingen berättar vilket stöd du kan få.",
        PurposeOmstallningsmote = "Ni går igenom din situation och vad du kan göra nu. Arbetsförmedlingen kan hjälpa dig att skriva in dig som arbetssökande redan under mötet. Det är viktigt för att skydda din sjukpenninggrundande inkomst (SGI).",
        PurposeKartlaggning = "Ni går tillsammans igenom vad du kan och vill, och vilket stöd som kan hjälpa dig tillbaka till arbete.",
        Voluntary = "Mötet är frivilligt. Du bestämmer själv om du vill vara med.",
        Practical = "Inför mötet",
        VideoWithLink = "Mötet är ett videomöte. Öppna den här länken när det är dags:",
        VideoWithoutLink = "Mötet är ett videomöte. Din handläggare skickar länken till mötet.",
        PhoneText = "Mötet är på telefon. Handläggaren ringer upp dig på det nummer som Försäkringskassan har till dig. Har du bytt nummer? Hör av dig till handläggaren.",
        OnSiteWithAddress = "Mötet är på plats. Adress:",
        OnSiteWithoutAddress = "Mötet är på plats. Din handläggare berättar var.",
        ContactHeading = "Så når du din handläggare",
        ContactDefault = "Ring Försäkringskassan på 0771-524 524 och säg att du har fått en inbjudan till ett möte.",
        Calendar = "Lägg in mötet i din kalender (.ics-fil)",
        AnswerLegend = "Vad vill du svara?",
        Coming = "Jag kommer",
        OtherTime = "Jag vill ha en annan tid",
        Declined = "Jag vill inte ha mötet",
        SendAnswer = "Skicka svaret",
        ChooseOne = "Välj ett av svaren.",
        YouAnswered = "Ditt svar: {0}.",
        CanChangeUntil = "Du kan ändra ditt svar fram till {0}.",
        AfterCutoff = "Det går inte längre att ändra svaret här. Vill du ändra något? Kontakta din handläggare.",
        CancelledTitle = "Mötet är inställt",
        CancelledText = "Försäkringskassan har ställt in mötet som skulle ha varit {0}. Du behöver inte göra något nu. Din handläggare hör av sig om det blir ett nytt möte. Har du frågor? Kontakta din handläggare.",
        ComingThanks = "Tack! Du har svarat att du kommer.",
        PrepareLink = "Förbered mötet",
        PrepareText = "Om du vill kan du svara på några frågor före mötet. Då kan handläggarna förbereda sig. Det är frivilligt och tar ungefär 10 minuter.",
        ChangeAnswer = "Ändra ditt svar på inbjudan",
        BackToInvitation = "Tillbaka till inbjudan",
        ErrorHeading = "Något behöver rättas",
        OtherTitle = "Välj en annan tid",
        OtherIntro = "Välj en av de lediga tiderna. Tiden blir din direkt, och mötet flyttas dit.",
        FreeTimes = "Lediga tider",
        NoFreeTimes = "Det finns inga lediga tider just nu. Skriv när det passar dig, så hör handläggaren av sig.",
        BookButton = "Boka tiden",
        ChooseTime = "Välj en tid.",
        TimeTaken = "Någon annan hann boka den tiden. Välj en annan tid.",
        TimeGone = "Den tiden går inte att boka längre. Välj en annan tid.",
        Booked = "Din nya tid är bokad: {0}.",
        Confirmed = "Handläggaren har bekräftat tiden.",
        WishHeading = "Passar ingen av tiderna?",
        WishLabel = "Skriv när det passar dig",
        WishHint = "Till exempel: förmiddagar, men inte på fredagar. Skriv inte om din hälsa eller diagnos här. Högst 500 tecken.",
        WishRequired = "Skriv när det passar dig.",
        WishTooLong = "Skriv högst 500 tecken.",
        ChannelLegend = "Vill du ha mötet på ett annat sätt?",
        ChannelSame = "Nej, som det är nu",
        Interpreter = "Jag behöver tolk",
        WishButton = "Skicka önskemålet",
        WishWaiting = "Du har bett om en annan tid. Handläggaren hör av sig med en ny tid.",
        WishHandled = "Handläggaren har gett dig en ny tid: {0}.",
        NewTimeCalendar = "Lägg in den nya tiden i din kalender (.ics-fil)",
        DeclineTitle = "Du vill inte ha mötet",
        DeclineIntro = "Det går bra att tacka nej. Om du vill kan du berätta varför. Det hjälper Försäkringskassan och Arbetsförmedlingen att göra mötena bättre. Du behöver inte svara.",
        ReasonLegend = "Varför vill du inte ha mötet? (frivilligt)",
        ReasonBackAtEmployer = "Jag ska tillbaka till min arbetsgivare",
        ReasonHasSupport = "Jag har redan stöd från Arbetsförmedlingen, vården eller kommunen",
        ReasonTooIll = "Jag är för sjuk just nu",
        ReasonNoUse = "Jag ser inte vad mötet skulle ge mig",
        ReasonNoTime = "Jag har inte tid",
        ReasonOther = "Något annat",
        ReasonTextLabel = "Vill du berätta mer? (frivilligt)",
        ReasonTextHint = "Skriv inte om din hälsa eller diagnos här. Högst 500 tecken.",
        ReasonTextTooLong = "Skriv högst 500 tecken.",
        DeclineButton = "Skicka svaret",
        WithoutTitle = "Utan mötet: det här gör du själv",
        WithoutNothingChanges = "Du har tackat nej till mötet. Det ändrar ingenting i Försäkringskassans beslut.",
        WithoutChangeMind = "Ändrar du dig? Du kan ändra ditt svar fram till {0}.",
        WouldHaveGivenHeading = "Det här hade mötet gett dig",
        WouldHaveGiven =
        [
            "Hjälp att skriva in dig hos Arbetsförmedlingen, ofta redan under mötet.",
            "En första plan för vad du ska göra nu.",
            "Svar på frågor om pengar, om din SGI och om vad som händer sedan.",
            "Kontakt med vården, kommunen eller din arbetsgivare om du behöver det.",
        ],
        ChecklistHeading = "Checklista",
        Checklist =
        [
            "Ska du inte tillbaka till ett arbete? Skriv in dig hos Arbetsförmedlingen i tid. Annars kan du förlora din SGI.",
            "Sök arbete för lika många timmar som din SGI bygger på.",
            "Läs beslutet från Försäkringskassan när det kommer. Där står vad som gäller för dig och hur du begär omprövning.",
            "Ta reda på vilka pengar du kan få, till exempel från a-kassan.",
            "Lägg in sista dagen i din kalender, så att du inte missar den.",
        ],
        SgiHeading = "Din SGI",
        SgiDeadline = "Enligt SGI-skyddskollen är sista dagen för nästa steg {0}.",
        SgiNoDeadline = "Enligt SGI-skyddskollen har du ingen sista dag att hålla reda på just nu.",
        SgiDeadlineCalendar = "Lägg in sista dagen i din kalender (.ics-fil)",
        SgiSeeResult = "Se hela resultatet från SGI-skyddskollen",
        SgiDoCheck = "Gör SGI-skyddskollen. Den tar några minuter och visar vilken dag du senast måste göra något för att skydda din SGI.",
        SgiCheckLink = "Till SGI-skyddskollen",
        ReadMoreHeading = "Läs mer om din situation",
        StillTellFk = "Vill du ändå att Försäkringskassan ska veta hur du har det? Du kan svara på frågorna inför mötet även om du inte kommer.",
        StillTellFkLink = "Svara på frågorna",
    };

    private static readonly InvitationText English = new()
    {
        Title = "Your invitation",
        Invited = "You are invited to a {0} with Försäkringskassan and Arbetsförmedlingen.",
        MeetingType = "Meeting",
        When = "When",
        How = "How",
        Who = "Who takes part",
        WhoText = "Your case officer at Försäkringskassan and a case officer from Arbetsförmedlingen. If you want, others can take part too, for example someone from healthcare, the municipality or your employer.",
        WhatFor = "What the meeting is for",
        PurposeKontaktmote = "The meeting helps you start looking for another job while you still get sickness benefit (sjukpenning). Arbetsförmedlingen tells you what support you can get.",
        PurposeOmstallningsmote = "You go through your situation and what you can do now. Arbetsförmedlingen can help you register as a job seeker during the meeting. This matters for protecting your sickness benefit qualifying income (SGI).",
        PurposeKartlaggning = "Together you go through what you can do and want to do, and what support can help you back to work.",
        Voluntary = "The meeting is voluntary. You decide whether you want to take part.",
        Practical = "Before the meeting",
        VideoWithLink = "The meeting is a video meeting. Open this link when it is time:",
        VideoWithoutLink = "The meeting is a video meeting. Your case officer will send you the link.",
        PhoneText = "The meeting is by phone. The case officer calls you on the number Försäkringskassan has for you. Have you changed your number? Contact the case officer.",
        OnSiteWithAddress = "The meeting is in person. Address:",
        OnSiteWithoutAddress = "The meeting is in person. Your case officer will tell you where.",
        ContactHeading = "How to reach your case officer",
        ContactDefault = "Call Försäkringskassan on 0771-524 524 and say that you have an invitation to a meeting.",
        Calendar = "Add the meeting to your calendar (.ics file)",
        AnswerLegend = "What is your answer?",
        Coming = "I am coming",
        OtherTime = "I want another time",
        Declined = "I do not want the meeting",
        SendAnswer = "Send my answer",
        ChooseOne = "Choose one of the answers.",
        YouAnswered = "Your answer: {0}.",
        CanChangeUntil = "You can change your answer until {0}.",
        AfterCutoff = "You can no longer change your answer here. Do you want to change something? Contact your case officer.",
        CancelledTitle = "The meeting is cancelled",
        CancelledText = "Försäkringskassan has cancelled the meeting that was planned for {0}. You do not need to do anything now. Your case officer will contact you if there is a new meeting. Questions? Contact your case officer.",
        ComingThanks = "Thank you! You have answered that you are coming.",
        PrepareLink = "Prepare for the meeting",
        PrepareText = "If you want, you can answer a few questions before the meeting, so the case officers can prepare. It is voluntary and takes about 10 minutes.",
        ChangeAnswer = "Change your answer to the invitation",
        BackToInvitation = "Back to the invitation",
        ErrorHeading = "Something needs correcting",
        OtherTitle = "Choose another time",
        OtherIntro = "Choose one of the free times. The time is yours at once, and the meeting moves to it.",
        FreeTimes = "Free times",
        NoFreeTimes = "There are no free times right now. Write when it suits you, and the case officer will contact you.",
        BookButton = "Book the time",
        ChooseTime = "Choose a time.",
        TimeTaken = "Someone else booked that time first. Choose another time.",
        TimeGone = "That time can no longer be booked. Choose another time.",
        Booked = "Your new time is booked: {0}.",
        Confirmed = "The case officer has confirmed the time.",
        WishHeading = "None of the times suits you?",
        WishLabel = "Write when it suits you",
        WishHint = "For example: mornings, but not on Fridays. Do not write about your health or diagnosis here. At most 500 characters.",
        WishRequired = "Write when it suits you.",
        WishTooLong = "Write at most 500 characters.",
        ChannelLegend = "Do you want the meeting in another way?",
        ChannelSame = "No, as it is now",
        Interpreter = "I need an interpreter",
        WishButton = "Send my wish",
        WishWaiting = "You have asked for another time. The case officer will contact you with a new time.",
        WishHandled = "The case officer has given you a new time: {0}.",
        NewTimeCalendar = "Add the new time to your calendar (.ics file)",
        DeclineTitle = "You do not want the meeting",
        DeclineIntro = "It is fine to say no. If you want, you can tell us why. It helps Försäkringskassan and Arbetsförmedlingen make the meetings better. You do not have to answer.",
        ReasonLegend = "Why do you not want the meeting? (optional)",
        ReasonBackAtEmployer = "I am going back to my employer",
        ReasonHasSupport = "I already have support from Arbetsförmedlingen, healthcare or the municipality",
        ReasonTooIll = "I am too ill right now",
        ReasonNoUse = "I do not see what the meeting would give me",
        ReasonNoTime = "I do not have time",
        ReasonOther = "Something else",
        ReasonTextLabel = "Do you want to tell us more? (optional)",
        ReasonTextHint = "Do not write about your health or diagnosis here. At most 500 characters.",
        ReasonTextTooLong = "Write at most 500 characters.",
        DeclineButton = "Send my answer",
        WithoutTitle = "Without the meeting: what you do yourself",
        WithoutNothingChanges = "You have said no to the meeting. This changes nothing in Försäkringskassan's decision.",
        WithoutChangeMind = "Changed your mind? You can change your answer until {0}.",
        WouldHaveGivenHeading = "What the meeting would have given you",
        WouldHaveGiven =
        [
            "Help to register with Arbetsförmedlingen, often during the meeting itself.",
            "A first plan for what to do now.",
            "Answers to questions about money, your SGI and what happens next.",
            "Contact with healthcare, the municipality or your employer if you need it.",
        ],
        ChecklistHeading = "Checklist",
        Checklist =
        [
            "Are you not going back to a job? Register with Arbetsförmedlingen in time. Otherwise you can lose your SGI.",
            "Look for work for as many hours as your SGI is based on.",
            "Read Försäkringskassan's decision when it comes. It says what applies to you and how to ask for a review (omprövning).",
            "Find out what money you can get, for example from an unemployment fund (a-kassa).",
            "Put the last day in your calendar so you do not miss it.",
        ],
        SgiHeading = "Your SGI",
        SgiDeadline = "According to the SGI check, the last day for your next step is {0}.",
        SgiNoDeadline = "According to the SGI check, you have no last day to keep track of right now.",
        SgiDeadlineCalendar = "Add the last day to your calendar (.ics file)",
        SgiSeeResult = "See your whole SGI check result",
        SgiDoCheck = "Do the SGI check. It takes a few minutes and shows the last day you must act to protect your SGI.",
        SgiCheckLink = "Go to the SGI check",
        ReadMoreHeading = "Read more about your situation",
        StillTellFk = "Do you still want Försäkringskassan to know how you are doing? You can answer the questions before the meeting even if you are not coming.",
        StillTellFkLink = "Answer the questions",
    };

    private static readonly InvitationText EasySwedish = new()
    {
        Title = "Din inbjudan",
        Invited = "Du är bjuden till ett {0}. Försäkringskassan och Arbetsförmedlingen är med.",
        MeetingType = "Möte",
        When = "När",
        How = "Hur",
        Who = "Vilka är med",
        WhoText = "Din handläggare på Försäkringskassan. En handläggare från Arbetsförmedlingen. Du får ta med fler om du vill.",
        WhatFor = "Varför ett möte",
        PurposeKontaktmote = "På mötet får du hjälp att börja söka ett nytt jobb. Du har kvar din sjukpenning under tiden.",
        PurposeOmstallningsmote = "På mötet pratar ni om hur du har det och vad du kan göra nu. Arbetsförmedlingen kan hjälpa dig att skriva in dig på mötet. Det skyddar din SGI.",
        PurposeKartlaggning = "På mötet pratar ni om vad du kan och vill. Ni pratar om vilken hjälp du kan få för att börja jobba.",
        Voluntary = "Du väljer själv om du vill komma.",
        Practical = "Bra att veta",
        VideoWithLink = "Mötet är på video. Klicka på länken när det är dags:",
        VideoWithoutLink = "Mötet är på video. Du får en länk av din handläggare.",
        PhoneText = "Mötet är på telefon. Handläggaren ringer till dig. Har du fått ett nytt nummer? Säg det till handläggaren.",
        OnSiteWithAddress = "Mötet är på plats. Adress:",
        OnSiteWithoutAddress = "Mötet är på plats. Handläggaren säger var.",
        ContactHeading = "Så når du din handläggare",
        ContactDefault = "Ring Försäkringskassan på 0771-524 524. Säg att du har fått en inbjudan till ett möte.",
        Calendar = "Spara mötet i din kalender",
        AnswerLegend = "Vad svarar du?",
        Coming = "Jag kommer",
        OtherTime = "Jag vill ha en annan tid",
        Declined = "Jag vill inte ha mötet",
        SendAnswer = "Skicka svaret",
        ChooseOne = "Välj ett svar.",
        YouAnswered = "Du har svarat: {0}.",
        CanChangeUntil = "Du kan ändra svaret fram till {0}.",
        AfterCutoff = "Nu kan du inte ändra svaret här. Vill du ändra? Prata med din handläggare.",
        CancelledTitle = "Mötet blir inte av",
        CancelledText = "Försäkringskassan har tagit bort mötet {0}. Du behöver inte göra något nu. Handläggaren hör av sig om det blir ett nytt möte.",
        ComingThanks = "Tack! Du har svarat att du kommer.",
        PrepareLink = "Förbered mötet",
        PrepareText = "Du kan svara på några frågor före mötet. Det är frivilligt.",
        ChangeAnswer = "Ändra ditt svar",
        BackToInvitation = "Tillbaka till inbjudan",
        ErrorHeading = "Något behöver rättas",
        OtherTitle = "Välj en annan tid",
        OtherIntro = "Välj en tid. Då är tiden din.",
        FreeTimes = "Lediga tider",
        NoFreeTimes = "Det finns inga lediga tider nu. Skriv när det passar dig. Handläggaren hör av sig.",
        BookButton = "Boka tiden",
        ChooseTime = "Välj en tid.",
        TimeTaken = "Någon annan tog tiden först. Välj en annan tid.",
        TimeGone = "Den tiden går inte att boka. Välj en annan tid.",
        Booked = "Din nya tid: {0}.",
        Confirmed = "Handläggaren har sagt ja till tiden.",
        WishHeading = "Passar ingen tid?",
        WishLabel = "Skriv när det passar dig",
        WishHint = "Till exempel: på förmiddagen. Skriv inte om din hälsa här. Högst 500 tecken.",
        WishRequired = "Skriv när det passar dig.",
        WishTooLong = "Skriv högst 500 tecken.",
        ChannelLegend = "Vill du ha mötet på ett annat sätt?",
        ChannelSame = "Nej",
        Interpreter = "Jag behöver tolk",
        WishButton = "Skicka",
        WishWaiting = "Du vill ha en annan tid. Handläggaren hör av sig.",
        WishHandled = "Du har fått en ny tid: {0}.",
        NewTimeCalendar = "Spara den nya tiden i din kalender",
        DeclineTitle = "Du vill inte ha mötet",
        DeclineIntro = "Du får säga nej. Du kan berätta varför om du vill. Du behöver inte.",
        ReasonLegend = "Varför vill du inte ha mötet? (du behöver inte svara)",
        ReasonBackAtEmployer = "Jag ska tillbaka till mitt jobb",
        ReasonHasSupport = "Jag får redan hjälp av Arbetsförmedlingen, vården eller kommunen",
        ReasonTooIll = "Jag är för sjuk nu",
        ReasonNoUse = "Jag tror inte att mötet hjälper mig",
        ReasonNoTime = "Jag har inte tid",
        ReasonOther = "Något annat",
        ReasonTextLabel = "Vill du skriva mer? (du behöver inte)",
        ReasonTextHint = "Skriv inte om din hälsa här. Högst 500 tecken.",
        ReasonTextTooLong = "Skriv högst 500 tecken.",
        DeclineButton = "Skicka svaret",
        WithoutTitle = "Utan mötet: det här gör du",
        WithoutNothingChanges = "Du har sagt nej till mötet. Beslutet från Försäkringskassan blir inte annorlunda för det.",
        WithoutChangeMind = "Ändrar du dig? Du kan ändra svaret fram till {0}.",
        WouldHaveGivenHeading = "Det här hade du fått på mötet",
        WouldHaveGiven =
        [
            "Hjälp att skriva in dig hos Arbetsförmedlingen.",
            "En plan för vad du ska göra nu.",
            "Svar på frågor om pengar och om din SGI.",
        ],
        ChecklistHeading = "Gör så här",
        Checklist =
        [
            "Ska du inte tillbaka till ett jobb? Skriv in dig hos Arbetsförmedlingen i tid. Annars kan du förlora din SGI.",
            "Sök jobb lika många timmar som förut.",
            "Läs beslutet från Försäkringskassan.",
            "Ta reda på vilka pengar du kan få.",
            "Skriv upp sista dagen i din kalender.",
        ],
        SgiHeading = "Din SGI",
        SgiDeadline = "Sista dagen för nästa steg är {0}.",
        SgiNoDeadline = "Du har ingen sista dag att tänka på just nu.",
        SgiDeadlineCalendar = "Spara sista dagen i din kalender",
        SgiSeeResult = "Se hela svaret från SGI-skyddskollen",
        SgiDoCheck = "Gör SGI-skyddskollen. Då ser du vilken dag du måste göra något.",
        SgiCheckLink = "Till SGI-skyddskollen",
        ReadMoreHeading = "Läs mer",
        StillTellFk = "Vill du ändå berätta hur du har det? Du kan svara på frågorna fast du inte kommer.",
        StillTellFkLink = "Svara på frågorna",
    };
}
