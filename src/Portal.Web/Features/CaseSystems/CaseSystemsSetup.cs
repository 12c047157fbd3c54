using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.CaseSystems;

/// <summary>
/// Case systems as OAuth 2.0 clients of the portal's own server: the administrators' pages (/admin/arendesystem), the
/// client-credentials grant (called by the token endpoint, <see cref="OpenIdServer.MapOpenIdServer"/>), and the demo
/// client in Development.
/// </summary>
public static class CaseSystemsSetup
{
    /// <summary>The demo case system (Demo:Enabled only; the secret is in the README).</summary>
    public const string DemoClientId = "demo-arendesystem";

    public const string DemoSecret = "demo-arendesystem-hemlighet-2026";

    public static IServiceCollection AddCaseSystems(this IServiceCollection services)
    {
        services.AddScoped<CaseSystemService>();
        services.Configure<RazorPagesOptions>(options => CaseSystemsConventions.Apply(options.Conventions));
        return services;
    }

    /// <summary>The demo case system, acting for the demo handläggare Anna (Demo:Enabled, never in Production).</summary>
    public static async Task InitializeCaseSystemsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        if (!provider.GetRequiredService<IConfiguration>().GetValue<bool>("Demo:Enabled"))
        {
            return;
        }

        var db = provider.GetRequiredService<PortalDbContext>();
        if (await db.CaseSystems.AnyAsync(s => s.ClientId == DemoClientId, cancellationToken)
            || await provider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("anna.handlaggare") is not { } anna)
        {
            return;
        }

        var context = new ProcessContext("system:demo-data", provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, "Demodata");
        await provider.GetRequiredService<CaseSystemService>().RegisterAsync(
            "Demo-ärendesystem", [ApiPolicies.ReadScope, ApiPolicies.WriteScope], anna.Id, context, DemoClientId, DemoSecret, cancellationToken);
    }
}
