using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.TestSupport;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Pages.Staff.Admin;

/// <summary>
/// What an administrator may do to accounts (issue 14, item 5 and parts of 15) and the first-administrator command
/// (issue 13, item 5), through the real pages and the real command.
/// </summary>
public sealed partial class AccountAdministrationTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(int Exit, string Output)> CommandAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await AdminCommand.RunAsync(_app.Services, args, output);
        return (exit, output.ToString());
    }

    /// <summary>A client acting as an administrator with the given id (the test sign-in; the real sign-in is tested elsewhere).</summary>
    private FormClient AdminClient(string userId)
    {
        var http = _app.CreateBrowserLikeClient();
        http.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value(userId, StaffRoles.Administrator));
        return new FormClient(http);
    }

    private async Task<IList<string>> PermissionsAsync(string userId)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.UserClaims.Where(c => c.UserId == userId && c.ClaimType == StaffPermissions.ClaimType).Select(c => c.ClaimValue!).ToListAsync();
    }

    private async Task<string> IdOfAsync(string userName)
    {
        using var scope = _app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName))!.Id;
    }

    [Fact]
    public async Task AnAdministrator_CannotChangeTheirOwnRolesOrPermissions_NorLockThemselves()
    {
        // Arrange
        await _app.SeedStaffAsync();
        var admin = AdminClient(StaffTestData.Admin.Id);
        var page = $"/admin/konton/{StaffTestData.Admin.Id}";

        // Act
        var roles = await admin.SubmitAsync(page, ("Roles", StaffRoles.Administrator), ("Roles", StaffRoles.Handlaggare), ("Permissions", StaffPermissions.ProtectedIdentity));
        var lockSelf = await PostHandlerAsync(admin, page, "Lock");

        // Assert
        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Contains("egna roller", (await PortalAppFactory.ParseAsync(roles)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ditt eget konto", (await PortalAppFactory.ParseAsync(lockSelf)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByIdAsync(StaffTestData.Admin.Id))!;
        Assert.Equal([StaffRoles.Administrator], await users.GetRolesAsync(user));
        Assert.Empty(await PermissionsAsync(StaffTestData.Admin.Id));
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public async Task TheLastActiveAdministrator_CannotBeRemovedOrLocked()
    {
        // Arrange: someone acting as an administrator whose account is not an active Administratör in the database
        await _app.SeedStaffAsync();
        var other = AdminClient("nagon-annan");
        var page = $"/admin/konton/{StaffTestData.Admin.Id}";

        // Act
        var remove = await other.SubmitAsync(page, ("Roles", StaffRoles.Redaktor));
        var lockIt = await PostHandlerAsync(other, page, "Lock");

        // Assert
        Assert.Contains("enda aktiva administratören", (await PortalAppFactory.ParseAsync(remove)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("enda aktiva administratören", (await PortalAppFactory.ParseAsync(lockIt)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(StaffTestData.Admin.Id))!, StaffRoles.Administrator));
    }

    [Fact]
    public async Task AnAccount_NeverGetsBothAgenciesHandlaggareRoles_OnCreateOrChange_AndNothingIsSaved()
    {
        // Arrange
        await _app.SeedStaffAsync();
        var admin = AdminClient(StaffTestData.Admin.Id);
        var bo = $"/admin/konton/{StaffTestData.Bo.Id}";
        var hanna = $"/admin/konton/{StaffTestData.Demo("hanna.af").Id}";
        int EventsBefore() => CountEvents(AuditEventType.StaffRolesChanged) + CountEvents(AuditEventType.StaffAccountCreated);
        var before = EventsBefore();

        // Act
        var created = await admin.SubmitAsync("/admin/konton", ("Input.DisplayName", "Tove Tvåroll"), ("Input.UserName", "tove.tvaroll"), ("Input.Password", "Tre-Blaa-Elefanter-Dansar-7"), ("Input.Roles", StaffRoles.Handlaggare), ("Input.Roles", StaffRoles.AfHandlaggare));
        var fkGetsAf = await admin.SubmitAsync(bo, ("Roles", StaffRoles.Handlaggare), ("Roles", StaffRoles.AfHandlaggare));
        var afGetsFk = await admin.SubmitAsync(hanna, ("Roles", StaffRoles.AfHandlaggare), ("Roles", StaffRoles.Handlaggare), ("Roles", StaffRoles.Uppfoljning));
        var swapped = await admin.SubmitAsync(bo, ("Roles", StaffRoles.AfHandlaggare));

        // Assert: a clear Swedish error on each page, no account, no role changed, no event; one agency at a time is fine
        foreach (var refused in new[] { created, fkGetsAf, afGetsFk })
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("hör till olika myndigheter", (await PortalAppFactory.ParseAsync(refused)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, swapped.StatusCode);
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.Null(await users.FindByNameAsync("tove.tvaroll"));
        Assert.Equal([StaffRoles.AfHandlaggare], await users.GetRolesAsync((await users.FindByIdAsync(StaffTestData.Demo("hanna.af").Id))!));
        Assert.Equal([StaffRoles.AfHandlaggare], await users.GetRolesAsync((await users.FindByIdAsync(StaffTestData.Bo.Id))!));
        Assert.Equal(before + 1, EventsBefore());
    }

    [Fact]
    public void NoDemoAccount_HoldsBothAgenciesHandlaggareRoles_AndSeedingRefusesOne()
    {
        // Arrange
        var mixed = new[] { StaffRoles.AfHandlaggare, StaffRoles.Redaktor, StaffRoles.Handlaggare };

        // Act and assert
        Assert.DoesNotContain(DemoStaff.Accounts, a => StaffRoles.MixesAgencies(a.Roles));
        var refusal = Assert.Throws<InvalidOperationException>(() => DemoStaff.EnsureOneAgency(new DemoStaff.Account("demo-tva", "tva.roller", "Två Roller", "Demo-Tva-Roller-2026", null, mixed, [])));
        Assert.Contains("tva.roller", refusal.Message, StringComparison.Ordinal);
        DemoStaff.EnsureOneAgency(StaffTestData.Demo("olle.af"));
        Assert.True(StaffRoles.MixesAgencies(mixed));
        Assert.False(StaffRoles.MixesAgencies([StaffRoles.Handlaggare, StaffRoles.Uppfoljning]));
        Assert.False(StaffRoles.MixesAgencies([StaffRoles.AfHandlaggare, StaffRoles.Administrator]));
    }

    private int CountEvents(AuditEventType type)
    {
        using var scope = _app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.Count(e => e.EventType == type.Name);
    }

    [Fact]
    public async Task TheProtectedIdentityPermission_NeedsASecondAdministrator()
    {
        // Arrange: a second administrator from the command
        await _app.SeedStaffAsync();
        Assert.Equal(0, (await CommandAsync("admin", "create-user", "--email", "andra.admin@example.se", "--name", "Andra Administratören")).Exit);
        var second = await IdOfAsync("andra.admin@example.se");
        var first = AdminClient(StaffTestData.Admin.Id);
        var bo = $"/admin/konton/{StaffTestData.Bo.Id}";

        // Act: the first asks, then tries to approve alone; the second approves
        var asked = await first.SubmitAsync(bo, ("Roles", StaffRoles.Handlaggare), ("Permissions", StaffPermissions.ProtectedIdentity));
        var afterAsking = await PermissionsAsync(StaffTestData.Bo.Id);
        var selfApproval = await PostHandlerAsync(first, bo, "Approve");
        var afterSelfApproval = await PermissionsAsync(StaffTestData.Bo.Id);
        var approved = await PostHandlerAsync(AdminClient(second), bo, "Approve");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.DoesNotContain(StaffPermissions.ProtectedIdentity, afterAsking);
        Assert.Contains("annan administratör", (await PortalAppFactory.ParseAsync(selfApproval)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffPermissions.ProtectedIdentity, afterSelfApproval);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains(StaffPermissions.ProtectedIdentity, await PermissionsAsync(StaffTestData.Bo.Id));
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var events = await db.AuditEvents.Where(e => e.SubjectId == StaffTestData.Bo.Id).Select(e => new { e.EventType, e.Actor }).ToListAsync();
        Assert.Contains(events, e => e.EventType == AuditEventType.StaffPermissionRequested.Name && e.Actor == "staff:" + StaffTestData.Admin.Id);
        Assert.Contains(events, e => e.EventType == AuditEventType.StaffPermissionApproved.Name && e.Actor == "staff:" + second);
    }

    /// <summary>Posts a page handler with the antiforgery token of the client's own session.</summary>
    private static async Task<HttpResponseMessage> PostHandlerAsync(FormClient client, string page, string handler)
    {
        var (_, document) = await client.GetAsync(page);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task FirstAdministratorCommand_OneTimePassword_ForcesOwnPasswordAndTwoFactor_AndRefusesAnExistingUser()
    {
        // Arrange
        var (exit, output) = await CommandAsync("admin", "create-user", "--email", "forsta.admin@example.se", "--name", "Första Administratören");
        var password = OneTimePassword().Match(output).Groups[1].Value;
        var client = new FormClient(_app.CreateBrowserLikeClient());

        // Act: sign in with the one-time password, connect the app, and choose an own password
        var signIn = await client.SubmitAsync("/personal/logga-in", ("UserName", "forsta.admin@example.se"), ("Password", password));
        var (_, setUp) = await client.GetAsync("/personal/konfigurera-tvastegsverifiering");
        var key = setUp.QuerySelector(".secret")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await client.SubmitAsync(setUp, "/personal/konfigurera-tvastegsverifiering", ("Code", Totp.Code(key, _app.Clock.GetUtcNow())));
        var (forced, _) = await client.GetAsync("/admin/konton");
        var common = await client.SubmitAsync("/personal/konto/byt-losenord", ("CurrentPassword", password), ("NewPassword", "Password1234"), ("RepeatPassword", "Password1234"));
        var changed = await client.SubmitAsync("/personal/konto/byt-losenord", ("CurrentPassword", password), ("NewPassword", "Tre-Blaa-Elefanter-Dansar-7"), ("RepeatPassword", "Tre-Blaa-Elefanter-Dansar-7"));
        var (accounts, _) = await client.GetAsync("/admin/konton");
        var again = await CommandAsync("admin", "create-user", "--email", "forsta.admin@example.se", "--name", "Någon Annan");

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal("/personal/konfigurera-tvastegsverifiering", FormClient.Location(signIn));
        Assert.Equal("/personal/konto/byt-losenord", FormClient.Location(forced));
        Assert.Contains("för vanligt", (await PortalAppFactory.ParseAsync(common)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
        Assert.Equal(1, again.Exit);
        Assert.Contains("finns redan", again.Output, StringComparison.Ordinal);
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByNameAsync("forsta.admin@example.se"))!;
        Assert.Equal("Första Administratören", user.DisplayName);
        Assert.True(user.TwoFactorEnabled);
        Assert.False(user.MustChangePassword);
        Assert.True(await users.IsInRoleAsync(user, StaffRoles.Administrator));
    }

    [Fact]
    public async Task ANewAccount_MustChangeItsPassword_AndDisplayNamesAreLimited()
    {
        // Arrange
        await _app.SeedStaffAsync();
        var admin = AdminClient(StaffTestData.Admin.Id);

        // Act
        var tooLong = await admin.SubmitAsync("/admin/konton", ("Input.DisplayName", new string('A', 101)), ("Input.UserName", "lang.namn"), ("Input.Password", "Tre-Blaa-Elefanter-Dansar-7"), ("Input.Roles", StaffRoles.Redaktor));
        var weak = await admin.SubmitAsync("/admin/konton", ("Input.DisplayName", "Svag Svagsson"), ("Input.UserName", "svag.svagsson"), ("Input.Password", "Password1234"), ("Input.Roles", StaffRoles.Redaktor));
        var created = await admin.SubmitAsync("/admin/konton", ("Input.DisplayName", "Ny Nysson"), ("Input.UserName", "ny.nysson"), ("Input.Password", "Tre-Blaa-Elefanter-Dansar-7"), ("Input.Roles", StaffRoles.Redaktor));

        // Assert
        Assert.Contains("högst 100 tecken", (await PortalAppFactory.ParseAsync(tooLong)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("för vanligt", (await PortalAppFactory.ParseAsync(weak)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True((await users.FindByNameAsync("ny.nysson"))!.MustChangePassword);
        Assert.Null(await users.FindByNameAsync("svag.svagsson"));
    }

    [Theory]
    [InlineData("Password1234", true)]
    [InlineData("P4ssw0rd2026", true)]
    [InlineData("Sommar2026!", true)]
    [InlineData("Qwerty123456", true)]
    [InlineData("Losenord1234", true)]
    [InlineData("Aa1234567890", true)]
    [InlineData("Tre-Blaa-Elefanter-Dansar-7", false)]
    [InlineData("Demo-Administrator-2026", false)]
    public void CommonPasswords_AreRecognised(string password, bool common) =>
        Assert.Equal(common, CommonPasswordValidator.IsCommon(password));

    [GeneratedRegex(@"Engångslösenord \(visas bara nu\): (\S+)")]
    private static partial Regex OneTimePassword();
}
