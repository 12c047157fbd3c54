using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Rules for staff accounts shared by the administration pages and the first-administrator command.</summary>
public static class StaffAccountRules
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>Why an account cannot hold both agencies' handläggare roles (<see cref="StaffRoles.MixesAgencies"/>).</summary>
    public const string MixedAgenciesProblem =
        "Ett konto kan inte ha både rollen Handläggare och rollen Handläggare på Arbetsförmedlingen, eftersom de hör till olika myndigheter. Välj en av dem, eller gör ett konto till för var och en.";

    /// <summary>A message when the display name is too long or holds control or direction characters; null when it is fine.</summary>
    public static string? DisplayNameProblem(string displayName)
    {
        var name = displayName.Trim();
        if (name.Length > MaxDisplayNameLength)
        {
            return $"Namnet får vara högst {MaxDisplayNameLength} tecken.";
        }

        return name.Any(c => char.IsControl(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            ? "Namnet får bara innehålla bokstäver, mellanslag och vanliga tecken."
            : null;
    }
}

/// <summary>
/// <c>admin create-user --email &lt;address&gt; --name &lt;name&gt;</c>: creates the installation's first Administratör
/// (or another one) from the server's command line, prints a one-time password once, and exits. The person must choose
/// their own password and connect an authenticator app at first sign-in. Refuses an account that already exists.
/// </summary>
public static class AdminCommand
{
    public const string Actor = "system:admin-command";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var words = args.Skip(1).ToList();
        string? Option(string name)
        {
            var index = words.IndexOf(name);
            return index >= 0 && index + 1 < words.Count ? words[index + 1] : null;
        }

        var email = Option("--email")?.Trim().ToLowerInvariant();
        var name = Option("--name")?.Trim();
        if (words.FirstOrDefault() != "create-user" || string.IsNullOrEmpty(email) || string.IsNullOrEmpty(name))
        {
            await output.WriteLineAsync("Användning: admin create-user --email <e-postadress> --name \"<namn>\"");
            return 2;
        }

        if (StaffAccountRules.DisplayNameProblem(name) is { } problem)
        {
            await output.WriteLineAsync(problem);
            return 2;
        }

        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var users = provider.GetRequiredService<UserManager<StaffUser>>();
        var db = provider.GetRequiredService<PortalDbContext>();
        await DemoStaff.EnsureRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
        if (await users.FindByNameAsync(email) is not null)
        {
            await output.WriteLineAsync($"Det finns redan ett konto med användarnamnet {email}. Inget ändrades.");
            return 1;
        }

        var password = OneTimePassword();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = new StaffUser { UserName = email, Email = email, DisplayName = name, CreatedUtc = now, MustChangePassword = true };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AuditEvents.Add(new ProcessContext(Actor, now, "Första administratören, skapad från kommandoraden")
            .Event(AuditEventType.StaffAccountCreated, "StaffUser", user.Id, new { Roles = new[] { StaffRoles.Administrator } }));
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, StaffRoles.Administrator);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            await output.WriteLineAsync("Kontot kunde inte skapas: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        await transaction.CommitAsync();
        await output.WriteLineAsync($"Administratören {email} är skapad.");
        await output.WriteLineAsync($"Engångslösenord (visas bara nu): {password}");
        await output.WriteLineAsync("Vid första inloggningen väljer personen ett eget lösenord och kopplar en autentiseringsapp.");
        return 0;
    }

    /// <summary>24 characters from an alphabet without look-alikes, with upper and lower case and digits.</summary>
    public static string OneTimePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string all = upper + lower + digits;
        var chars = Enumerable.Range(0, 21).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)])
            .Append(upper[RandomNumberGenerator.GetInt32(upper.Length)])
            .Append(lower[RandomNumberGenerator.GetInt32(lower.Length)])
            .Append(digits[RandomNumberGenerator.GetInt32(digits.Length)])
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return "Tmp-" + new string(chars);
    }
}
