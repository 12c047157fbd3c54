using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Staff accounts: sign-in with two-factor, the own account, and the administrators' account pages and audit log.</summary>
public static class StaffAccountsSetup
{
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<DemoStaff>();
        // The agency's single sign-on, when StaffSso is configured; local accounts stay unless StaffSignIn:LocalAccounts=false.
        services.AddStaffSso(configuration, environment);
        services.Configure<RazorPagesOptions>(options => StaffAccountsConventions.Apply(options.Conventions));
        return services;
    }

    /// <summary>The staff roles exist in every installation; the demo accounts only with Demo:Enabled, never in Production.</summary>
    public static async Task InitializeStaffAccountsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        await DemoStaff.EnsureRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
        if (provider.GetRequiredService<IConfiguration>().GetValue<bool>("Demo:Enabled"))
        {
            // The demo accounts' passwords and TOTP keys are in the README: never in Production.
            if (provider.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                throw new InvalidOperationException("Demo:Enabled creates staff accounts whose passwords and TOTP keys are published in the README, and is refused in Production. Remove the setting.");
            }

            await provider.GetRequiredService<DemoStaff>().SeedAsync(cancellationToken);
        }
    }
}
