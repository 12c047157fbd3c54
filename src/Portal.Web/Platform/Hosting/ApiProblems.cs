using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Platform.Hosting;

/// <summary>RFC 7807 problem documents for the API, in Swedish.</summary>
public static class ApiProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail, Type = "https://tools.ietf.org/html/rfc9110#section-15.5." + (status - 399) },
            options: null,
            contentType: "application/problem+json");
    }

    public static IResult Problem(int status, string title, string detail, IDictionary<string, string[]>? errors = null) =>
        errors is null
            ? Results.Problem(detail: detail, statusCode: status, title: title)
            : Results.ValidationProblem(errors, detail: detail, title: title, statusCode: status);
}
