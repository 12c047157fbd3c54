using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Portal.SgiCheck;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Texts;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// The result, said once: the verdict in a message box of the matching kind with the one deadline (written out,
/// with the days left, or that it has passed), the actions in order (an urgent "register today" in the warning style
/// first), each link once, the legal basis with the rule ids, and the answers and the date of the check (so a printout
/// shows what it was based on). A deadline still ahead can be saved as a calendar file (<c>?handler=ics</c>), whose
/// address carries only that date: no answers in the link or the file.
/// </summary>
public sealed class ResultModel(SgiTextCatalog catalog, TimeProvider time, SavedSgiAnswers saved, ILogger<ResultModel> logger) : SgiCheckPageModel(catalog, time)
{
    /// <summary>Query key of the calendar file's date (ISO); the only thing its address carries.</summary>
    public const string CalendarDateKey = "datum";

    /// <summary>How far ahead a calendar file may be made (a deadline is never further away than this).</summary>
    public const int CalendarHorizonDays = 400;

    public Result Outcome { get; private set; } = null!;

    public string CheckUrl { get; private set; } = "";

    /// <summary>The calendar file for a deadline that has not passed; null otherwise.</summary>
    public string? CalendarUrl { get; private set; }

    /// <summary>Whether this browser keeps these answers for a pre-meeting questionnaire (see <see cref="SavedSgiAnswers"/>).</summary>
    public bool IsSaved { get; private set; }

    /// <summary>The page that saves these answers in the browser; the result page itself has no form and sets no cookie.</summary>
    public string SaveUrl { get; private set; } = "";

    /// <summary>The questions the result is based on, in the order asked (shown with the answers, also in print).</summary>
    public IReadOnlyList<string> Path { get; private set; } = [];

    /// <summary>The first action, when it is the urgent "register today": shown in the warning style before the others.</summary>
    public ResultAction? UrgentAction { get; private set; }

    /// <summary>The day the person plans to register at AF, when they have not registered yet.</summary>
    public DateOnly? PlannedRegistration { get; private set; }

    /// <summary>
    /// The warning for a planned registration after the deadline when the engine has not already put "register
    /// today" first (issue 21, item 8): register today instead of waiting for the day planned.
    /// </summary>
    public string? PlanAfterDeadline { get; private set; }

    /// <summary>The other actions in order, each with its link only where that address has not been linked before.</summary>
    public IReadOnlyList<(ResultAction Action, string? Url)> Actions { get; private set; } = [];

    /// <summary>
    /// The link key of an action that sends the person back to the checker (for example to check again with the date
    /// of a decision that has not come yet); it leads to this language's start page.
    /// </summary>
    public const string CheckerLinkKey = "check";

    /// <summary>Whether the "Gör om" button is shown: not when an action already links to the start page.</summary>
    public bool ShowRedo { get; private set; } = true;

    /// <summary>Whether the contact routes of Försäkringskassan and Arbetsförmedlingen are shown (an action asks the person to get help).</summary>
    public bool ShowContact { get; private set; }

    /// <summary>Whether the website links of the contact routes are shown (false where an action already linked that site).</summary>
    public bool LinkFkSite { get; private set; }

    /// <summary>See <see cref="LinkFkSite"/>.</summary>
    public bool LinkAfSite { get; private set; }

    /// <summary>The legal basis: each reference with its rule id and note, then the rule ids that have no reference of their own.</summary>
    public IReadOnlyList<LegalBasisEntry> Legal { get; private set; } = [];

    public const string FkPhone = "0771-524 524";
    public const string FkPhoneHref = "tel:+46771524524";
    public const string FkSite = "https://www.forsakringskassan.se";
    public const string AfPhone = "0771-416 416";
    public const string AfPhoneHref = "tel:+46771416416";
    public const string AfSite = "https://arbetsformedlingen.se";

    /// <summary>The FKUI message box kind for the verdict: never friendlier than the verdict.</summary>
    public static string MessageKind(Verdict verdict) => verdict switch
    {
        Verdict.Protected => "success",
        Verdict.LikelyProtected or Verdict.NoSgi or Verdict.NewSgi => "info",
        Verdict.PartlyProtected or Verdict.AtRisk => "warning",
        _ => "error",
    };

    /// <summary>Whether the deadline has passed (today is after it).</summary>
    public bool DeadlinePassed => Outcome.Deadline is { } deadline && deadline < Today;

    /// <summary>Whether the summary text already names the deadline, so the box does not say the date a second time.</summary>
    public bool SummaryNamesDeadline => Texts.Texts.TryGetValue(Outcome.SummaryCode, out var template) && template.Contains("{deadline}", StringComparison.Ordinal);

    /// <summary>The one sentence about the deadline in the verdict box, or null when the summary already says it all.</summary>
    public string? DeadlineText()
    {
        if (Outcome.Deadline is not { } deadline)
        {
            return null;
        }

        if (DeadlinePassed)
        {
            return SummaryNamesDeadline ? null : Ui("result.deadline-passed", "date", FormatDate(deadline));
        }

        var days = DaysLeft(deadline);
        return SummaryNamesDeadline ? days : Ui("result.deadline", "date", FormatDate(deadline)) + " " + days;
    }

    /// <summary>"Det är 12 dagar kvar." and the like, from today to a deadline that has not passed.</summary>
    public string DaysLeft(DateOnly deadline)
    {
        var (key, days) = DaysLeftText(deadline, Today);
        return Ui(key, "days", days);
    }

    /// <summary>
    /// The text key (and the day count for its {days}) that says how far a deadline still ahead is from today. The
    /// checker's result and the questionnaire's receipt both say it with this, so they cannot word it differently.
    /// </summary>
    public static (string Key, string Days) DaysLeftText(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        var key = days switch
        {
            > 1 => "result.days-left",
            1 => "result.day-left",
            _ => "result.today",
        };
        return (key, days.ToString(CultureInfo.InvariantCulture));
    }

    public string LinkText(ResultAction action) => action.LinkKey is { } key ? Ui("link." + key) : Ui("result.action-link");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await EvaluateAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var answers = OnPath(Answers);
        Path = SgiCheckFlow.Path(Answers);
        CheckUrl = Urls.Check + Query(answers);
        CalendarUrl = CalendarLink(Urls, Outcome.Deadline, Today);
        SaveUrl = Urls.Save + Query(answers);
        IsSaved = saved.Read(HttpContext) is { } kept && SavedSgiAnswers.Same(kept.Journey, answers);
        PlanActions();
        Legal = LegalWithRuleIds(Outcome);
        SetLayout(Ui("result.title"), Urls.Result);
        return Page();
    }

    /// <summary>
    /// The address of the calendar file for a deadline that is still ahead (within the horizon), or null. It carries the
    /// date only, so the questionnaire's receipt links to it as well, also after the person's session has ended.
    /// </summary>
    public static string? CalendarLink(SgiCheckUrls urls, DateOnly? deadline, DateOnly today) =>
        deadline is { } date && date >= today && date <= today.AddDays(CalendarHorizonDays)
            ? QueryHelpers.AddQueryString(urls.Result, new Dictionary<string, string?> { ["handler"] = "ics", [CalendarDateKey] = IsoDate.Format(date) })
            : null;

    /// <summary>
    /// The calendar file for a deadline. Its address carries the date only (no answers, nothing about the person), so
    /// it is made without evaluating anything; a date that is not a real date, has passed or lies beyond the horizon
    /// gets no file.
    /// </summary>
    public async Task<IActionResult> OnGetIcsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var raw = Request.Query[CalendarDateKey].ToString();
        if (IsoDate.Validate(raw, out var date) is not null || date < Today || date > Today.AddDays(CalendarHorizonDays))
        {
            return NotFound();
        }

        var startUrl = HttpContext.RequestServices.GetRequiredService<Platform.Hosting.PublicAddress>().Absolute(Urls.Start);
        var file = IcsCalendar.ForDeadline(
            date,
            Ui("calendar.summary"),
            Ui("calendar.description", "url", startUrl),
            $"{Language.Code}|{date:yyyy-MM-dd}",
            Time.GetUtcNow());
        return File(file, IcsCalendar.ContentType, string.Create(CultureInfo.InvariantCulture, $"sgi-{date:yyyy-MM-dd}.ics"));
    }

    /// <summary>The legal-basis entries, each with its rule id, and the deciding rules that have no legal reference.</summary>
    public static IReadOnlyList<LegalBasisEntry> LegalWithRuleIds(Result outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var entries = outcome.LegalBasis.ToList();
        var covered = entries.Select(e => e.RuleId).ToHashSet(StringComparer.Ordinal);
        entries.AddRange(outcome.Rules.Where(id => !covered.Contains(id)).Select(id => new LegalBasisEntry { Ref = "", RuleId = id }));
        return entries;
    }

    /// <summary>The urgent action first, then the others with each address linked once; the contact routes when an action asks for help.</summary>
    private void PlanActions()
    {
        var actions = Outcome.Actions.ToList();
        if (actions.Count > 0 && actions[0].Code == TextCodes.RegisterAfNow)
        {
            UrgentAction = actions[0];
            actions.RemoveAt(0);
        }

        var linked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var planned = new List<(ResultAction, string?)>(actions.Count);
        foreach (var action in actions)
        {
            if (action.LinkKey == ActionLinks.Contact)
            {
                // "Kontakta oss" leads straight to FK's and AF's phone numbers and websites, shown below the actions.
                ShowContact = true;
                planned.Add((action, null));
                continue;
            }

            var address = action.LinkKey switch
            {
                CheckerLinkKey => Urls.Start,
                ActionLinks.ProtectSgi when Language == Platform.Localization.Languages.EasySwedish => Urls.GuidePage,
                _ => action.Url,
            };
            planned.Add((action, address is { } url && linked.Add(url) ? url : null));
        }

        if (UrgentAction?.Url is { } urgentUrl)
        {
            linked.Add(urgentUrl);
        }

        Actions = planned;
        ShowRedo = !linked.Contains(Urls.Start);
        if (UrgentAction is null && PlannedRegistration is { } plan && Outcome.Deadline is { } deadline && plan > deadline)
        {
            PlanAfterDeadline = Ui("result.plan-after-deadline", "planned", FormatDate(plan));
        }

        LinkFkSite = !linked.Contains(FkSite);
        LinkAfSite = !linked.Contains(AfSite);
    }

    private async Task<IActionResult?> EvaluateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (SgiCheckFlow.NextQuestion(Answers) is not null)
        {
            return Redirect(ContinueUrl(Answers));
        }

        try
        {
            var checkAnswers = SgiJourneyAnswers.ToAnswers(Answers, Today);
            PlannedRegistration = Planned ? checkAnswers.Next.OfType<AfRegistrationStep>().FirstOrDefault()?.From : null;
            var result = SgiChecker.Evaluate(checkAnswers, Today);
            Outcome = ResultTexts.Render(result, Texts.Texts, Language.Code);
            return null;
        }
        catch (ArgumentException ex)
        {
            // The flow accepted answers that the engine refuses: send the person to check them, and log it to be fixed.
            logger.LogError(ex, "The SGI check could not evaluate answers from the step-by-step journey.");
            return Redirect(Urls.Check + Query(OnPath(Answers), ("fel", "1")));
        }
    }
}
