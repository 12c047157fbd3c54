using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>A printable copy of the person's own answers.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyAnswersModel(PortalDbContext db, QuestionnaireService questionnaires, QuestionnaireCatalog catalog, IOptions<QuestionnaireOptions> options, TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
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

        SetLayout(Text.MyAnswers);
        return Page();
    }
}
