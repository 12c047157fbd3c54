using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>"Logga ut" from the questionnaire: the citizen cookie is removed; the answers stay saved.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SignOutModel(PortalDbContext db, QuestionnaireService questionnaires, QuestionnaireCatalog catalog, IOptions<QuestionnaireOptions> options, TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    public IActionResult OnGet()
    {
        SetLanguage();
        SetLayout(Text.SignOutButton);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SetLanguage();
        await HttpContext.SignOutAsync(CitizenAccess.Scheme);
        return RedirectToPage("/Questionnaire/LinkNotValid", new { reason = "utloggad", lang = Language == Languages.English ? "en" : null });
    }
}
