namespace Portal.Web.Platform.Localization;

/// <summary>The fixed interface texts of the layout and the generic pages, per language.</summary>
public sealed class UiText
{
    public required string ServiceName { get; init; }
    public required string ServiceTagline { get; init; }
    public required string SkipLink { get; init; }
    public required string HomeCrumb { get; init; }
    public required string BreadcrumbsLabel { get; init; }
    public required string LanguagesLabel { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchButton { get; init; }
    public required string SearchTitle { get; init; }
    public required string SearchPath { get; init; }
    public required string SearchResultsFor { get; init; }
    public required string SearchNoResults { get; init; }
    public required string SearchTooLong { get; init; }
    public required string SearchEmpty { get; init; }
    public required string LastReviewed { get; init; }
    public required string RelatedPages { get; init; }
    public required string InThisSection { get; init; }
    public required string SectionNavLabel { get; init; }
    public required string FooterLabel { get; init; }
    public required string FooterAbout { get; init; }
    public required string Contact { get; init; }
    public required string Accessibility { get; init; }
    public required string Privacy { get; init; }

    /// <summary>Slugs of the footer's pages in this language (contact, accessibility statement, personal data).</summary>
    public required (string Contact, string Accessibility, string Privacy) FooterSlugs { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string NotFoundStart { get; init; }

    /// <summary>An unpublished page's old address (410): the page is removed, with links to start and search.</summary>
    public required string GoneTitle { get; init; }
    public required string GoneText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string BadRequestTitle { get; init; }
    public required string BadRequestText { get; init; }
    public required string TooManyRequestsTitle { get; init; }
    public required string TooManyRequestsText { get; init; }
    public required string MissingTranslationTitle { get; init; }
    public required string MissingTranslationText { get; init; }
    public required string MissingTranslationLink { get; init; }
    public required string InfoPrefix { get; init; }
    public required string WarningPrefix { get; init; }
    public required string Print { get; init; }

    /// <summary>The box at the top of the start page: the one action when sjukpenning has stopped (issue 15).</summary>
    public required string SgiNowHeading { get; init; }

    public required string SgiNowText { get; init; }

    /// <summary>The SGI-skyddskoll button on the start page and on every situation page.</summary>
    public required string SgiCheckButton { get; init; }

    /// <summary>Where the SGI-skyddskoll starts for a reader of this language.</summary>
    public required string SgiCheckPath { get; init; }
    public required IReadOnlyDictionary<string, string> Sections { get; init; }

    public string SectionName(string section) => Sections.TryGetValue(section, out var name) ? name : section;

    public static UiText For(Language language) => language.Code switch
    {
        "en" => EnglishText,
        "lattlast" => EasySwedishText,
        _ => SwedishText,
    };

    private static readonly Dictionary<string, string> SwedishSections = new()
    {
        ["start"] = "Start",
        ["situation"] = "Din situation",
        ["sgi"] = "SGI och Arbetsförmedlingen",
        ["moten"] = "Möten",
        ["pengar-och-rattigheter"] = "Pengar och rättigheter",
        ["om-tjansten"] = "Om webbplatsen",
    };

    private static readonly UiText SwedishText = new()
    {
        ServiceName = "Omställningsportalen",
        ServiceTagline = "Stöd när sjukpenningen slutar eller nekas",
        SkipLink = "Gå direkt till innehållet",
        HomeCrumb = "Start",
        BreadcrumbsLabel = "Du är här",
        LanguagesLabel = "Språk och lättläst",
        SearchLabel = "Sök på webbplatsen",
        SearchButton = "Sök",
        SearchTitle = "Sök",
        SearchPath = "/sok",
        SearchResultsFor = "Sökresultat för",
        SearchNoResults = "Vi hittade inga sidor som matchar din sökning. Prova ett annat eller kortare ord.",
        SearchTooLong = "Sökningen är för lång. Skriv högst 200 tecken.",
        SearchEmpty = "Skriv ett eller flera ord som du vill söka efter.",
        LastReviewed = "Senast granskad",
        RelatedPages = "Relaterade sidor",
        InThisSection = "I det här avsnittet",
        SectionNavLabel = "Sidor i avsnittet",
        FooterLabel = "Om webbplatsen",
        FooterAbout = "Omställningsportalen ger information. Det är Försäkringskassan som beslutar i ditt ärende.",
        Contact = "Kontakt",
        Accessibility = "Tillgänglighetsredogörelse",
        Privacy = "Så behandlar vi dina personuppgifter",
        FooterSlugs = ("kontakt", "tillganglighet", "personuppgifter"),
        NotFoundTitle = "Sidan finns inte",
        NotFoundText = "Vi hittar inte sidan du söker. Den kan ha flyttats, eller så är adressen felstavad.",
        NotFoundStart = "Gå till startsidan",
        GoneTitle = "Sidan har tagits bort",
        GoneText = "Sidan som fanns på den här adressen finns inte längre på webbplatsen. Börja på startsidan eller sök efter det du letar efter.",
        ErrorTitle = "Något gick fel",
        ErrorText = "Ett fel uppstod hos oss. Ingenting av det du har skrivit har sparats i onödan eller visats för någon annan. Försök igen om en stund.",
        BadRequestTitle = "Det gick inte att skicka",
        BadRequestText = "Sidan var för gammal eller ofullständig för att vi skulle kunna ta emot det du skickade. Gå tillbaka, ladda om sidan och försök igen.",
        TooManyRequestsTitle = "För många försök just nu",
        TooManyRequestsText = "Vi har tagit emot många försök från dig på kort tid. Vänta en minut och försök sedan igen. Det du redan har sparat finns kvar.",
        MissingTranslationTitle = "Sidan finns inte på lättläst svenska",
        MissingTranslationText = "Den här sidan finns bara på vanlig svenska än så länge.",
        MissingTranslationLink = "Läs sidan på svenska",
        InfoPrefix = "Information",
        WarningPrefix = "Viktigt",
        Print = "Skriv ut",
        SgiNowHeading = "Har din sjukpenning slutat?",
        SgiNowText = "Skriv in dig hos Arbetsförmedlingen i dag. Det går på nätet, även på kvällen och i helgen. Då behåller du din SGI. Kontrollera sedan vad som gäller för dig.",
        SgiCheckButton = "Kontrollera ditt SGI-skydd",
        SgiCheckPath = "/sgi-koll",
        Sections = SwedishSections,
    };


    private static readonly UiText EasySwedishText = new()
    {
        ServiceName = SwedishText.ServiceName,
        ServiceTagline = SwedishText.ServiceTagline,
        SkipLink = SwedishText.SkipLink,
        HomeCrumb = "Lättläst",
        BreadcrumbsLabel = SwedishText.BreadcrumbsLabel,
        LanguagesLabel = SwedishText.LanguagesLabel,
        SearchLabel = SwedishText.SearchLabel,
        SearchButton = SwedishText.SearchButton,
        SearchTitle = SwedishText.SearchTitle,
        SearchPath = "/lattlast/sok",
        SearchResultsFor = SwedishText.SearchResultsFor,
        SearchNoResults = "Vi hittade ingen sida. Prova ett annat ord.",
        SearchTooLong = "Du skrev för många tecken. Skriv högst 200 tecken.",
        SearchEmpty = "Skriv ett ord som du vill söka efter.",
        LastReviewed = SwedishText.LastReviewed,
        RelatedPages = "Läs mer",
        InThisSection = SwedishText.InThisSection,
        SectionNavLabel = SwedishText.SectionNavLabel,
        FooterLabel = SwedishText.FooterLabel,
        FooterAbout = "Den här webbplatsen ger information. Försäkringskassan bestämmer i ditt ärende.",
        Contact = SwedishText.Contact,
        Accessibility = SwedishText.Accessibility,
        Privacy = SwedishText.Privacy,
        FooterSlugs = SwedishText.FooterSlugs,
        NotFoundTitle = SwedishText.NotFoundTitle,
        NotFoundText = "Vi hittar inte sidan. Adressen kan vara fel.",
        NotFoundStart = SwedishText.NotFoundStart,
        GoneTitle = "Sidan finns inte längre",
        GoneText = "Sidan är borttagen. Gå till startsidan. Eller sök efter det du vill veta.",
        ErrorTitle = SwedishText.ErrorTitle,
        ErrorText = "Det blev ett fel hos oss. Försök igen om en stund.",
        BadRequestTitle = "Det gick inte att skicka",
        BadRequestText = "Något blev fel när du skickade. Gå tillbaka och försök igen.",
        TooManyRequestsTitle = "Du har försökt många gånger",
        TooManyRequestsText = "Vänta en minut. Försök sedan igen. Det du har sparat finns kvar.",
        MissingTranslationTitle = "Sidan finns inte på lättläst svenska",
        MissingTranslationText = "Den här sidan finns bara på vanlig svenska.",
        MissingTranslationLink = "Läs sidan på vanlig svenska",
        InfoPrefix = SwedishText.InfoPrefix,
        WarningPrefix = SwedishText.WarningPrefix,
        Print = SwedishText.Print,
        SgiNowHeading = "Har din sjukpenning slutat?",
        SgiNowText = "Skriv in dig hos Arbetsförmedlingen i dag. Du kan göra det på internet alla dagar. Då får du behålla din SGI. SGI är den inkomst som dina pengar räknas från när du blir sjuk eller får barn.",
        SgiCheckButton = "Kolla om din SGI är skyddad",
        SgiCheckPath = "/lattlast/sgi-koll",
        Sections = SwedishSections,
    };

    private static readonly UiText EnglishText = new()
    {
        ServiceName = "Omställningsportalen",
        ServiceTagline = "Support when your sickness benefit stops or is denied",
        SkipLink = "Skip to main content",
        HomeCrumb = "Start",
        BreadcrumbsLabel = "You are here",
        LanguagesLabel = "Language",
        SearchLabel = "Search this website",
        SearchButton = "Search",
        SearchTitle = "Search",
        SearchPath = "/en/search",
        SearchResultsFor = "Search results for",
        SearchNoResults = "We found no pages matching your search. Try another or a shorter word.",
        SearchTooLong = "Your search is too long. Use at most 200 characters.",
        SearchEmpty = "Type one or more words to search for.",
        LastReviewed = "Last reviewed",
        RelatedPages = "Related pages",
        InThisSection = "In this section",
        SectionNavLabel = "Pages in this section",
        FooterLabel = "About this website",
        FooterAbout = "Omställningsportalen gives information. Försäkringskassan decides your case.",
        Contact = "Contact",
        Accessibility = "Accessibility statement",
        Privacy = "How we handle your personal data",
        FooterSlugs = ("contact", "accessibility", "personal-data"),
        NotFoundTitle = "Page not found",
        NotFoundText = "We cannot find the page you are looking for. It may have moved, or the address may be misspelt.",
        NotFoundStart = "Go to the start page",
        GoneTitle = "This page has been removed",
        GoneText = "The page that was at this address is no longer on the website. Start from the start page, or search for what you are looking for.",
        ErrorTitle = "Something went wrong",
        ErrorText = "An error occurred on our side. Please try again in a while.",
        BadRequestTitle = "We could not receive that",
        BadRequestText = "The page was too old or incomplete for us to receive what you sent. Go back, reload the page and try again.",
        TooManyRequestsTitle = "Too many attempts right now",
        TooManyRequestsText = "We have received many attempts from you in a short time. Wait a minute and then try again. What you have already saved is kept.",
        MissingTranslationTitle = "This page is not available in English",
        MissingTranslationText = "This page is only available in Swedish so far.",
        MissingTranslationLink = "Read the page in Swedish",
        InfoPrefix = "Information",
        WarningPrefix = "Important",
        Print = "Print",
        SgiNowHeading = "Has your sickness benefit (sjukpenning) stopped?",
        SgiNowText = "Register with Arbetsförmedlingen today. You can do it online, also in the evening and at the weekend. This keeps your SGI. Then check what applies to you.",
        SgiCheckButton = "Check your SGI protection",
        SgiCheckPath = "/en/sgi-check",
        Sections = new Dictionary<string, string>
        {
            ["start"] = "Start",
            ["situation"] = "Your situation",
            ["sgi"] = "SGI and Arbetsförmedlingen",
            ["moten"] = "Meetings",
            ["pengar-och-rattigheter"] = "Money and rights",
            ["om-tjansten"] = "About this website",
        },
    };
}
