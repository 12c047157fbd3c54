using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Platform.Hosting;

/// <summary>
/// The one writer of RFC 7807 problem documents: ASP.NET Core's problem details service (<c>AddProblemDetails</c>),
/// used by every API error (validation, 401/403 from the bearer scheme, 404 and 405 under /api, 429 from the rate
/// limiter, unhandled exceptions under /api). Titles and details are Swedish; a status without its own text gets the
/// Swedish title here instead of the framework's English one.
/// </summary>
public static class ApiProblems
{
    /// <summary>Swedish titles for problems that the framework raises with its English default title.</summary>
    private static readonly Dictionary<int, (string English, string Title, string Detail)> Defaults = new()
    {
        [StatusCodes.Status400BadRequest] = ("Bad Request", "Felaktig begäran", "Begäran kunde inte läsas."),
        [StatusCodes.Status404NotFound] = ("Not Found", "Adressen finns inte", "Det finns inget API på den här adressen."),
        [StatusCodes.Status405MethodNotAllowed] = ("Method Not Allowed", "Metoden stöds inte", "Adressen finns, men inte för den här HTTP-metoden."),
        [StatusCodes.Status413PayloadTooLarge] = ("Payload Too Large", "För stort innehåll", "Innehållet är större än vad API:et tar emot."),
        [StatusCodes.Status415UnsupportedMediaType] = ("Unsupported Media Type", "Fel innehållstyp", "Skicka innehållet som JSON med Content-Type: application/json."),
        [StatusCodes.Status500InternalServerError] = ("An error occurred while processing your request.", "Något gick fel", "Försök igen om en stund."),
    };

    /// <summary>Registers the problem details service with the portal's Swedish defaults.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Status is { } status && Defaults.TryGetValue(status, out var texts) && (problem.Title is null || problem.Title == texts.English))
            {
                problem.Title = texts.Title;
                problem.Detail ??= texts.Detail;
            }
        });

    /// <summary>Writes a problem document to a response outside an endpoint (authentication events).</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Problem(status, title, detail).ExecuteAsync(context);

    /// <summary>Writes a problem document (through the problem details service, as every API error is written).</summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem) =>
        TypedResults.Problem(problem).ExecuteAsync(context);

    public static IResult Problem(int status, string title, string detail, IDictionary<string, string[]>? errors = null) =>
        errors is null
            ? Results.Problem(detail: detail, statusCode: status, title: title)
            : Results.ValidationProblem(errors, detail: detail, title: title, statusCode: status);

    /// <summary>A problem with members of its own beside title and detail (RFC 7807 extension members), for a client to act on.</summary>
    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?> extensions) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    /// <summary>
    /// Under /api, errors without a body of their own (404, 405, an unhandled exception) become problem documents
    /// instead of the HTML error page. Put it after the HTML status code pages, so it runs first on the way out.
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api =>
            {
                api.UseExceptionHandler();
                api.UseStatusCodePages();
            });
}
