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

    /// <summary>The demo case system of Arbetsförmedlingen, acting for hanna.af with meetings.af.read (Demo:Enabled only; the secret is in the README).</summary>
    public const string DemoAfClientId = "demo-af-arendesystem";

    public const string DemoAfSecret = "demo-af-arendesystem-hemlighet-2026";

    public static IServiceCollection AddCaseSystems(this IServiceCollection services)
    {
        services.AddScoped<CaseSystemService>();
        services.Configure<RazorPagesOptions>(options => CaseSystemsConventions.Apply(options.Conventions));
        return services;
    }

    /// <summary>
    /// The demo case systems (Demo:Enabled, never in Production): FK's acting for the demo handläggare Anna, and
    /// Arbetsförmedlingen's acting for the demo AF handläggare Hanna.
    /// </summary>
    public static async Task InitializeCaseSystemsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        if (!provider.GetRequiredService<IConfiguration>().GetValue<bool>("Demo:Enabled"))
        {
            return;
        }

        var db = provider.GetRequiredService<PortalDbContext>();
        var users = provider.GetRequiredService<UserManager<StaffUser>>();
        var context = new ProcessContext("system:demo-data", provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, "Demodata");
        foreach (var (name, clientId, secret, userName, scopes) in new[]
        {
            ("Demo-ärendesystem", DemoClientId, DemoSecret, "anna.handlaggare", new[] { ApiPolicies.ReadScope, ApiPolicies.WriteScope }),
            ("Demo-ärendesystem för Arbetsförmedlingen", DemoAfClientId, DemoAfSecret, "hanna.af", [ApiPolicies.AfReadScope]),
        })
        {
            if (!await db.CaseSystems.AnyAsync(s => s.ClientId == clientId, cancellationToken) && await users.FindByNameAsync(userName) is { } account)
            {
                await provider.GetRequiredService<CaseSystemService>().RegisterAsync(name, scopes, account.Id, context, clientId, secret, cancellationToken);
            }
        }
    }
}
