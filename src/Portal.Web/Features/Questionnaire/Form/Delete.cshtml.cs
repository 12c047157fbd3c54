using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>The person deletes their answers altogether (until the cut-off).</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DeleteModel(PortalDbContext db, QuestionnaireService questionnaires, QuestionnaireCatalog catalog, IOptions<QuestionnaireOptions> options, TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    public bool Deleted { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool? klart, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        Deleted = klart == true && Saved is null;
        SetLayout(Deleted ? Text.DeletedTitle : Text.DeleteTitle);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Saved is not null && CanChange)
        {
            await Questionnaires.DeleteAsync(Saved, Context("Personen raderade sina svar"), cancellationToken);
            // Nothing is left to see: the confirmation is shown once, and the session ends with it.
            Deleted = true;
            await SignOutCitizenAsync();
            SetLayout(Text.DeletedTitle);
            return Page();
        }

        return Redirect(FormUrl("/Questionnaire/Form/Delete", new { klart = "true" }));
    }
}
