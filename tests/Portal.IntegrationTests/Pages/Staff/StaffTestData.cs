using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.TestSupport;
using Portal.Web.Features.StaffAccounts;

namespace Portal.IntegrationTests.Pages.Staff;

/// <summary>Demo staff accounts in the test app, and a client signed in through the real sign-in pages (password, then TOTP).</summary>
public static class StaffTestData
{
    public static DemoStaff.Account Demo(string userName) => DemoStaff.Accounts.Single(a => a.UserName == userName);

    public static DemoStaff.Account Anna => Demo("anna.handlaggare");

    public static DemoStaff.Account Bo => Demo("bo.handlaggare");

    public static DemoStaff.Account TeamLead => Demo("cecilia.teamledare");

    public static DemoStaff.Account Editor => Demo("david.redaktor");

    public static DemoStaff.Account Admin => Demo("eva.admin");

    public static DemoStaff.Account FollowUp => Demo("filip.uppfoljning");

    public static async Task SeedStaffAsync(this PortalAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoStaff>().SeedAsync();
    }

    /// <summary>
    /// The code for the app's clock. A code is used once per step and the test clock stands still, so the account's
    /// last used step is cleared first: tests sign in the same demo account many times (SignInGuardTests and
    /// TotpTests test the single use itself).
    /// </summary>
    public static async Task<string> FreshCodeAsync(PortalAppFactory app, DemoStaff.Account account)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Portal.Web.Platform.Data.PortalDbContext>();
        await db.Users.Where(u => u.UserName == account.UserName)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, (long?)null));
        return Totp.Code(account.AuthenticatorKey!, app.Clock.GetUtcNow());
    }

    public static async Task<FormClient> SignInAsStaffAsync(this PortalAppFactory app, DemoStaff.Account account)
    {
        await app.SeedStaffAsync();
        var client = new FormClient(app.CreateBrowserLikeClient());
        var response = await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/personal/tvastegsverifiering", FormClient.Location(response));
        response = await client.SubmitAsync("/personal/tvastegsverifiering", ("Code", await FreshCodeAsync(app, account)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/personal", FormClient.Location(response));
        return client;
    }
}
