using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Texts;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// What every page of the SGI-skyddskoll shares. The answers live only in the query string, keyed by the flow's
/// node ids (<see cref="SgiCheckFlow.Ids"/>), so the journey works without JavaScript, a result can be bookmarked,
/// and nothing about the person is stored. Texts come from the content store (<see cref="SgiTextCatalog"/>).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class SgiCheckPageModel(SgiTextCatalog catalog, TimeProvider time) : PageModel
{
    /// <summary>Query key that marks a submitted question form.</summary>
    public const string SubmittedKey = "skickat";

    /// <summary>Query key that sends the person back to the check-answers page after changing an answer.</summary>
    public const string ChangeKey = "andra";

    /// <summary>Query key of the "I don't know" checkbox beside a number.</summary>
    public const string UnknownKey = "vetinte";

    private const int MaxAnswerLength = 40;

    public Language Language { get; private set; } = Languages.Swedish;

    public SgiCheckUrls Urls { get; private set; } = null!;

    public TextBundle Texts { get; private set; } = new();

    /// <summary>The answers in the query string: known question ids only, first value, trimmed.</summary>
    public Dictionary<string, string> Answers { get; private set; } = new(StringComparer.Ordinal);

    public DateOnly Today { get; private set; }

    protected TimeProvider Time => time;

    public string Ui(string key) => Texts.Ui.TryGetValue(key, out var text) ? text : key;

    public string Ui(string key, string name, string value) => Ui(key).Replace("{" + name + "}", value, StringComparison.Ordinal);

    /// <summary>Whether the person has not registered at AF yet and answers about the registration they plan (<see cref="SgiJourneyAnswers"/>).</summary>
    public bool Planned => SgiJourneyAnswers.IsPlanned(Answers);

    /// <summary>
    /// A question's texts. After "next" the questions about the AF registration are worded for a registration that
    /// has happened or for a plan (<c>question.registered.{id}</c> or <c>question.planned.{id}</c>, with an optional
    /// <c>.hint</c>, under <c>ui:</c>).
    /// </summary>
    public QuestionText Question(string id)
    {
        var question = Texts.Questions.TryGetValue(id, out var q) ? q : new QuestionText { Text = id };
        var variant = Planned ? "question.planned." : SgiJourneyAnswers.IsRegistered(Answers) ? "question.registered." : null;
        if (variant is not null && Texts.Ui.TryGetValue(variant + id, out var text))
        {
            return new QuestionText { Text = text, Hint = Texts.Ui.GetValueOrDefault(variant + id + ".hint") ?? question.Hint, Options = question.Options };
        }

        return question;
    }

    public string FormatDate(DateOnly date) => ResultTexts.FormatDate(date, Language.Code);

    /// <summary>An answer as the person sees it: the option's label, a written-out date or a number.</summary>
    public string FormatAnswer(string id, string raw)
    {
        var node = SgiCheckFlow.Get(id);
        var question = Question(id);
        if (id == SgiCheckFlow.Ids.Next && raw == SgiCheckFlow.Values.Af && Planned)
        {
            return Ui("next.af-planned");
        }

        if (question.Options.TryGetValue(raw, out var label))
        {
            return label;
        }

        if (node.Kind == QuestionKind.Date && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return FormatDate(date);
        }

        return node.Kind == QuestionKind.Number && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? ResultTexts.FormatNumber(number, Language.Code)
            : raw;
    }

    /// <summary>Reads the language, texts, today's date and the answers. Call first in every handler.</summary>
    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        Language = HttpContext.GetLanguage();
        Urls = new SgiCheckUrls(Url, Language);
        Texts = await catalog.GetAsync(Language, cancellationToken);
        Today = SgiCheckDates.Today(time);
        Answers = ReadAnswers(Request.Query);
    }

    public static Dictionary<string, string> ReadAnswers(IQueryCollection query)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in SgiCheckFlow.All)
        {
            if (query.TryGetValue(node.Id, out var values) && values.Count > 0 && values[0] is { } value)
            {
                var trimmed = value.Trim();
                if (trimmed.Length > 0)
                {
                    answers[node.Id] = trimmed.Length > MaxAnswerLength ? trimmed[..MaxAnswerLength] : trimmed;
                }
            }
        }

        if (query.TryGetValue(SgiJourneyAnswers.PlannedKey, out var planned) && planned.Count > 0 && planned[0] == "1")
        {
            answers[SgiJourneyAnswers.PlannedKey] = "1";
        }

        return answers;
    }

    /// <summary>The answers as a query string ("?a=1&amp;b=2", or "" when empty), in the flow's order.</summary>
    public static string Query(IReadOnlyDictionary<string, string> answers, params (string Key, string Value)[] extra)
    {
        var text = new StringBuilder();
        foreach (var node in SgiCheckFlow.All)
        {
            if (answers.TryGetValue(node.Id, out var value))
            {
                Append(text, node.Id, value);
            }
        }

        if (answers.TryGetValue(SgiJourneyAnswers.PlannedKey, out var planned))
        {
            Append(text, SgiJourneyAnswers.PlannedKey, planned);
        }

        foreach (var (key, value) in extra)
        {
            Append(text, key, value);
        }

        return text.ToString();

        static void Append(StringBuilder text, string key, string value) =>
            text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
    }

    /// <summary>Only the answers on the path the flow takes (what a result depends on).</summary>
    public static Dictionary<string, string> OnPath(IReadOnlyDictionary<string, string> answers)
    {
        var onPath = SgiCheckFlow.Path(answers).ToDictionary(id => id, id => answers[id], StringComparer.Ordinal);
        if (SgiJourneyAnswers.IsPlanned(answers) && onPath.GetValueOrDefault(SgiCheckFlow.Ids.Next) == SgiCheckFlow.Values.Af)
        {
            onPath[SgiJourneyAnswers.PlannedKey] = "1";
        }

        return onPath;
    }

    public string QuestionUrl(string id, IReadOnlyDictionary<string, string> answers, bool change = false) =>
        Urls.Question(id) + (change ? Query(answers, (ChangeKey, "1")) : Query(answers));

    /// <summary>Where the journey goes on: the first question without a valid answer, or the check page.</summary>
    public string ContinueUrl(IReadOnlyDictionary<string, string> answers, bool change = false) =>
        SgiCheckFlow.NextQuestion(answers) is { } next ? QuestionUrl(next, answers, change) : Urls.Check + Query(answers);

    protected void SetLayout(string title, string url, bool noIndex = true)
    {
        var crumbs = new List<LayoutLink> { new(Language.Text.HomeCrumb, Language.PageUrl(Languages.StartSlug)), new(Ui("crumb"), Urls.Start) };
        if (url != Urls.Start)
        {
            crumbs.Add(new LayoutLink(title, url));
        }

        var languages = Languages.All
            .Select(l => new LanguageLink(l.NativeName, HttpContext.SamePageIn(l) ?? Url.PageIn(l, "/SgiCheck/Index"), l.HtmlLang, l == Language))
            .ToList();
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Language, title, languages, crumbs, Ui("start.lead"), noIndex: noIndex, url: Url);
    }
}

/// <summary>The model of <c>_Answers.cshtml</c>: the answers on the path of <paramref name="Page"/>.</summary>
public sealed record AnswersView(SgiCheckPageModel Page, IReadOnlyList<string> Path, bool WithChangeLinks);

/// <summary>The addresses of the SGI-skyddskoll in one language, made from its pages' routes.</summary>
public sealed class SgiCheckUrls(IUrlHelper url, Language language)
{
    /// <summary>The guidance page about protecting the SGI, by its slug in each language (content).</summary>
    private static readonly Dictionary<string, string> GuideSlugs = new()
    {
        [Languages.Swedish.Code] = "skydda-din-sgi",
        [Languages.English.Code] = "protect-your-sgi",
        [Languages.EasySwedish.Code] = "skydda-din-sgi",
    };

    public string Start => url.PageIn(language, "/SgiCheck/Index");

    public string Check => url.PageIn(language, "/SgiCheck/Check");

    public string Result => url.PageIn(language, "/SgiCheck/Result");

    public string Save => url.PageIn(language, "/SgiCheck/Save");

    public string GuidePage => language.PageUrl(GuideSlugs[language.Code]);

    public string Question(string id) => url.PageIn(language, "/SgiCheck/Question", new { id });
}

/// <summary>The English and lättläst addresses of the SGI-skyddskoll (the Swedish ones are in the pages' @page lines).</summary>
public static class SgiCheckPages
{
    public static void AddLanguageRoutes(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddLanguageRoutes("/SgiCheck/Index", new(Languages.English, "sgi-check"), new(Languages.EasySwedish));
        conventions.AddLanguageRoutes("/SgiCheck/Question", new(Languages.English, "sgi-check/question/{id}"), new(Languages.EasySwedish));
        conventions.AddLanguageRoutes("/SgiCheck/Check", new(Languages.English, "sgi-check/check-answers"), new(Languages.EasySwedish));
        conventions.AddLanguageRoutes("/SgiCheck/Result", new(Languages.English, "sgi-check/result"), new(Languages.EasySwedish));
        conventions.AddLanguageRoutes("/SgiCheck/Save", new(Languages.English, "sgi-check/save"), new(Languages.EasySwedish));
    }
}
