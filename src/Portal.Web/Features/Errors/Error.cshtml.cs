using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Errors;

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

    // A re-executed request keeps its method: without these, a PUT, DELETE or PATCH that ends in 404 or 405 would
    // reach the page without a handler and fail for want of a layout.
    public PageResult OnPut(int? code) => Show(code);

    public PageResult OnDelete(int? code) => Show(code);

    public PageResult OnPatch(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var reExecuted = originalPath is not null;
        Language = Languages.FromPath(originalPath);

        // The exception handler re-executes without a code; a refused request (a body over the limit: 413, a broken
        // one: 400) keeps the status it was given, anything else is a 500.
        var status = code is >= 400 and <= 599 ? code.Value
            : reExecuted && Response.StatusCode is >= 400 and < 500 ? Response.StatusCode
            : StatusCodes.Status500InternalServerError;
        if (!reExecuted)
        {
            Response.StatusCode = status;
        }

        IsNotFound = status is StatusCodes.Status404NotFound or StatusCodes.Status410Gone;
        IsTooManyRequests = status == StatusCodes.Status429TooManyRequests;
        IsBadRequest = status is >= 400 and < 500 && !IsNotFound && !IsTooManyRequests;
        var text = Language.Text;
        (Title, Text) = status == StatusCodes.Status410Gone ? (text.GoneTitle, text.GoneText)
            : IsNotFound ? (text.NotFoundTitle, text.NotFoundText)
            : IsTooManyRequests ? (text.TooManyRequestsTitle, text.TooManyRequestsText)
            : IsBadRequest ? (text.BadRequestTitle, text.BadRequestText)
            : (text.ErrorTitle, text.ErrorText);
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Language, Title, noIndex: true, url: Url);
        return Page();
    }
}
