using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Questionnaires;

namespace Portal.Web.Pages.Questionnaire.Form;

/// <summary>The confirmation: reference number, the person's own SGI-skyddskoll result, the meeting and what happens next.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DoneModel(
    PortalDbContext db,
    QuestionnaireService questionnaires,
    QuestionnaireCatalog catalog,
    SgiFromQuestionnaire sgi,
    IOptions<QuestionnaireOptions> options,
    TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    public SgiFromQuestionnaire.Summary? Sgi { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Saved is not { IsSubmitted: true })
        {
            return Redirect(FormUrl());
        }

        Sgi = await sgi.SummarizeAsync(Definition, Answers, NowUtc, Language, cancellationToken);
        SetLayout(Saved.Submissions.Count > 1 ? Text.ChangedTitle : Text.DoneTitle);
        // The confirmation is shown, and the session ends with it (a shared computer keeps no way into the answers).
        await SignOutCitizenAsync();
        return Page();
    }
}
