using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Web.Platform.Hosting;

/// <summary>
/// A page without a handler for the request's method answers 405. Razor Pages would otherwise render the page without
/// running any handler (e.g. PUT on a form page), with none of its data loaded, which ends in a 500.
/// GET and HEAD keep the framework's behaviour: a page without OnGet is a static page.
/// </summary>
public sealed class UndeclaredMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
