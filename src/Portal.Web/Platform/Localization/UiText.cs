namespace Portal.Web.Platform.Localization;

/// <summary>The fixed interface texts of the layout and the generic pages: a text table (<see cref="TextTables"/>, Texts/UiText.*.yml).</summary>
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
    public required FooterSlugs FooterSlugs { get; init; }
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
    public required Dictionary<string, string> Sections { get; init; }

    public string SectionName(string section) => Sections.TryGetValue(section, out var name) ? name : section;

    public static UiText For(Language language) => TextTables.Get<UiText>(language);
}

/// <summary>The slugs of the footer's pages in one language.</summary>
public sealed class FooterSlugs
{
    public required string Contact { get; init; }
    public required string Accessibility { get; init; }
    public required string Privacy { get; init; }
}
