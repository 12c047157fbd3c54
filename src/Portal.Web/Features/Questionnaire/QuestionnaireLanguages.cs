using Portal.Theme;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>The questionnaire is written in Swedish and English (content/questionnaire/formote.{sv,en}.yml).</summary>
public static class QuestionnaireLanguages
{
    public static IReadOnlyList<Language> All { get; } = [Languages.Swedish, Languages.English];

    /// <summary>The language menu: the page being shown in each of the questionnaire's languages.</summary>
    public static IReadOnlyList<LanguageLink> Links(HttpContext context, Language current) =>
        All.Select(l => new LanguageLink(l.NativeName, context.SamePageIn(l) ?? "", l.HtmlLang, l == current)).ToList();
}
