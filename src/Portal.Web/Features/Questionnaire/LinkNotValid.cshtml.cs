using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>Unknown, incomplete or expired links, and the signed-out and not-yours cases: what to do instead.</summary>
public sealed class LinkNotValidModel : PageModel
{
    public Language Language { get; private set; } = Languages.Swedish;

    public QuestionnaireJourneyText Text => QuestionnaireJourneyText.For(Language);

    public string Kind { get; private set; } = "invalid";

    public void OnGet(string? reason)
    {
        Language = HttpContext.GetLanguage();
        Kind = reason switch
        {
            "utloggad" => "signed-out",
            "inte-din" => "not-yours",
            _ => "invalid",
        };
        if (Kind == "not-yours")
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        var title = Kind switch
        {
            "signed-out" => Text.SignInAgainTitle,
            "not-yours" => Text.NotYoursTitle,
            _ => Text.LinkNotValidTitle,
        };
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Language, title, noIndex: true, url: Url);
    }
}
