using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Texts;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// The confirmation: reference number, the meeting, and the person's own SGI-skyddskoll result as the checker's
/// result page shows it (verdict, deadline with the days left, the actions in order, the deadline as a calendar
/// file), then what happens next.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DoneModel(
    PortalDbContext db,
    QuestionnaireService questionnaires,
    QuestionnaireCatalog catalog,
    SgiFromQuestionnaire sgi,
    SgiTextCatalog sgiTexts,
    IOptions<QuestionnaireOptions> options,
    TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    /// <summary>The result with its texts, or null when the answers cannot decide it (the handläggare checks it at the meeting).</summary>
    public Result? Sgi { get; private set; }

    /// <summary>The SGI-skyddskoll's own texts (verdict headings, deadline, days left), so both pages say it alike.</summary>
    public TextBundle SgiTexts { get; private set; } = new();

    public DateOnly Today { get; private set; }

    /// <summary>The deadline as a calendar file: the checker's date-only file, which needs no session (the receipt ends it).</summary>
    public string? CalendarUrl => ResultModel.CalendarLink(new SgiCheckUrls(Url, Language), Sgi?.Deadline, Today);

    public string SgiUi(string key) => SgiTexts.Ui.TryGetValue(key, out var text) ? text : key;

    public string SgiUi(string key, string name, string value) => SgiUi(key).Replace("{" + name + "}", value, StringComparison.Ordinal);

    public string FormatDate(DateOnly date) => ResultTexts.FormatDate(date, Language.Code);

    /// <summary>"Det är 12 dagar kvar." and the like, in the checker's words (<see cref="ResultModel.DaysLeftText"/>).</summary>
    public string DaysLeft(DateOnly deadline)
    {
        var (key, days) = ResultModel.DaysLeftText(deadline, Today);
        return SgiUi(key, "days", days);
    }

    public string LinkText(ResultAction action) => action.LinkKey is { } key ? SgiUi("link." + key) : SgiUi("result.action-link");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadResultAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        SetLayout(Saved!.Submissions.Count > 1 ? Text.ChangedTitle : Text.DoneTitle);
        // The confirmation is shown, and the session ends with it (a shared computer keeps no way into the answers).
        await SignOutCitizenAsync();
        return Page();
    }

    public static string MessageKind(Verdict verdict) => ResultModel.MessageKind(verdict);

    private async Task<IActionResult?> LoadResultAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Saved is not { IsSubmitted: true })
        {
            return Redirect(FormUrl());
        }

        Today = Portal.Web.Platform.Time.StockholmTime.DateOf(NowUtc);
        SgiTexts = await sgiTexts.GetAsync(Language, cancellationToken);
        Sgi = await sgi.ResultAsync(Definition, Answers, NowUtc, Language, cancellationToken);
        return null;
    }
}
