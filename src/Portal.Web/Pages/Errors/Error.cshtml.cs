using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Hosting;
using Portal.Web.Localization;

namespace Portal.Web.Pages.Errors;

/// <summary>The friendly error page for unknown addresses (404) and failures (500), in the language of the address.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public Language Language { get; private set; } = Languages.Swedish;

    public bool IsNotFound { get; private set; }

    public bool IsBadRequest { get; private set; }

    public bool IsTooManyRequests { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public PageResult OnGet(int? code) => Show(code);

    public PageResult OnPost(int? code) => Show(code);

    // The status code pages re-execute this page with the original method, so every method shows it.
    public PageResult OnPut(int? code) => Show(code);

    public PageResult OnDelete(int? code) => Show(code);

    public PageResult OnPatch(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var reExecuted = originalPath is not null;
        Language = Languages.FromPath(originalPath);

        var status = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status500InternalServerError;
        if (!reExecuted)
        {
            Response.StatusCode = status;
        }

        IsNotFound = status == StatusCodes.Status404NotFound;
        IsTooManyRequests = status == StatusCodes.Status429TooManyRequests;
        IsBadRequest = status is >= 400 and < 500 && !IsNotFound && !IsTooManyRequests;
        var text = Language.Text;
        (Title, Text) = IsNotFound ? (text.NotFoundTitle, text.NotFoundText)
            : IsTooManyRequests ? (text.TooManyRequestsTitle, text.TooManyRequestsText)
            : IsBadRequest ? (text.BadRequestTitle, text.BadRequestText)
            : (text.ErrorTitle, text.ErrorText);
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Language, Title, noIndex: true);
        return Page();
    }
}
