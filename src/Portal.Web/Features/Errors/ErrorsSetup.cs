using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.Errors;

/// <summary>The friendly error pages (/fel/{code}): open to everyone, in the page's language.</summary>
public static class ErrorsSetup
{
    public static IServiceCollection AddErrorPages(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(options => options.Conventions.AllowAnonymousToFolder("/Errors"));
}
