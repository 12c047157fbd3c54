using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.SgiCheck;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Texts;
using Portal.Web.SgiCheck;

namespace Portal.Web.Pages.SgiCheck;

/// <summary>
/// The result: the verdict in a message box of the matching kind, the deadline written out with the days left
/// from today, the actions in order, what to check in the decision letter, the legal basis and the rules version;
/// print, start again, and the deadline as a calendar file (<c>?handler=ics</c>).
/// </summary>
public sealed class ResultModel(SgiTextCatalog catalog, TimeProvider time, SavedSgiAnswers saved, ILogger<ResultModel> logger) : SgiCheckPageModel(catalog, time)
{
    public Result Outcome { get; private set; } = null!;

    public string CheckUrl { get; private set; } = "";

    public string? CalendarUrl { get; private set; }

    /// <summary>Whether this browser keeps these answers for a pre-meeting questionnaire (see <see cref="SavedSgiAnswers"/>).</summary>
    public bool IsSaved { get; private set; }

    /// <summary>The page that saves these answers in the browser; the result page itself has no form and sets no cookie.</summary>
    public string SaveUrl { get; private set; } = "";

    /// <summary>The FKUI message box kind for the verdict: never friendlier than the verdict.</summary>
    public static string MessageKind(Verdict verdict) => verdict switch
    {
        Verdict.Protected => "success",
        Verdict.LikelyProtected or Verdict.NoSgi or Verdict.NewSgi => "info",
        Verdict.PartlyProtected or Verdict.AtRisk => "warning",
        _ => "error",
    };

    /// <summary>"Det är 12 dagar kvar." and the like, from today to the deadline.</summary>
    public string DaysLeft(DateOnly deadline)
    {
        var days = deadline.DayNumber - Today.DayNumber;
        return days switch
        {
            > 1 => Ui("result.days-left", "days", days.ToString(CultureInfo.InvariantCulture)),
            1 => Ui("result.day-left"),
            0 => Ui("result.today"),
            -1 => Ui("result.passed-one"),
            _ => Ui("result.passed", "days", (-days).ToString(CultureInfo.InvariantCulture)),
        };
    }

    public string LinkText(ResultAction action) => action.LinkKey is { } key ? Ui("link." + key) : Ui("result.action-link");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await EvaluateAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var answers = OnPath(Answers);
        CheckUrl = Urls.Check + Query(answers);
        CalendarUrl = Outcome.Deadline is null ? null : Urls.Result + Query(answers, ("handler", "ics"));
        SaveUrl = Urls.Save + Query(answers);
        IsSaved = saved.Read(HttpContext) is { } kept && SavedSgiAnswers.Same(kept.Journey, answers);
        SetLayout(Ui("result.title"), Urls.Result);
        return Page();
    }

    public async Task<IActionResult> OnGetIcsAsync(CancellationToken cancellationToken)
    {
        if (await EvaluateAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Outcome.Deadline is not { } deadline)
        {
            return NotFound();
        }

        var resultUrl = HttpContext.RequestServices.GetRequiredService<Hosting.PublicAddress>().Absolute($"{Urls.Result}{Query(OnPath(Answers))}");
        var file = IcsCalendar.ForDeadline(
            deadline,
            Ui("calendar.summary"),
            Ui("calendar.description", "url", resultUrl),
            $"{Language.Code}|{deadline:yyyy-MM-dd}|{Query(OnPath(Answers))}",
            Time.GetUtcNow());
        return File(file, IcsCalendar.ContentType, string.Create(CultureInfo.InvariantCulture, $"sgi-{deadline:yyyy-MM-dd}.ics"));
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
            var result = SgiChecker.Evaluate(SgiCheckFlow.ToAnswers(Answers, Today), Today);
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
