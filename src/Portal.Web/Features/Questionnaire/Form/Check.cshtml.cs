using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>Check your answers, with "Ändra" per answer, then submit. The only page that submits.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CheckModel(
    PortalDbContext db,
    QuestionnaireService questionnaires,
    QuestionnaireCatalog catalog,
    QuestionnaireStatistics statistics,
    IOptions<QuestionnaireOptions> options,
    TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public ErrorSummary Summary => new(Errors.Select(e =>
        new ErrorSummaryItem("answer-" + e.Key, Definition.FindQuestion(e.Key)!.Text, e.Value)).ToList(), Language);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Saved is null)
        {
            return Redirect(FormUrl());
        }

        SetLayout(Text.CheckTitle);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int revision, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Saved is null || !CanChange)
        {
            return Redirect(FormUrl());
        }

        // A double click or a reload of an already submitted revision lands on the confirmation without a second submission.
        if (Saved.SubmittedRevision == revision && Saved.Revision == revision)
        {
            return Redirect(FormUrl("/Questionnaire/Form/Done"));
        }

        Errors = AnswerValidator.ValidateAll(Definition, Answers, Portal.Web.Platform.Time.StockholmTime.DateOf(NowUtc), Language);
        if (Errors.Count > 0 || revision != Saved.Revision)
        {
            SetLayout(Text.CheckTitle);
            return Page();
        }

        var stats = statistics.For(Meeting, Definition, Answers, NowUtc);
        await Questionnaires.SubmitAsync(Saved, stats, Context("Skickade svaren"), cancellationToken);
        return Redirect(FormUrl("/Questionnaire/Form/Done"));
    }
}
