using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.TestSupport;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Pages.Staff.Account;

/// <summary>
/// Wrong answers at staff sign-in under truly parallel requests (issue 14, items 3 and 4): twenty clients, each with
/// its own cookies, post at once. At most five answers are checked, the account ends up locked, every failure is in
/// the audit log, and no request gets a 500. Each test has its own app and database (SQLite or PostgreSQL).
/// </summary>
public sealed class SignInGuardTests : IDisposable
{
    private const int Parallel = 20;

    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static readonly string[] CheckedPasswordEvents = [AuditEventType.StaffSignInFailed.Name, AuditEventType.StaffLockedOut.Name];

    [Fact]
    public async Task TwentyParallelWrongPasswords_CheckAtMostFive_LockTheAccount_AuditEach_AndNever500()
    {
        // Arrange
        await _app.SeedStaffAsync();
        var account = StaffTestData.Bo;
        var clients = await ClientsOnAsync("/personal/logga-in");

        // Act
        var responses = await Task.WhenAll(clients.Select(c => c.Client.SubmitAsync(c.Form, "/personal/logga-in", ("UserName", account.UserName), ("Password", "Fel-Losenord-2026"))));
        var correct = await new FormClient(_app.CreateBrowserLikeClient()).SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));

        // Assert
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var events = await db.AuditEvents.Where(e => e.SubjectId == account.Id && e.EventType != AuditEventType.StaffAccountCreated.Name).Select(e => e.EventType).ToListAsync();
        Assert.Equal(5, events.Count(CheckedPasswordEvents.Contains));
        Assert.Equal(Parallel + 1, events.Count);
        Assert.Equal(1, events.Count(e => e == AuditEventType.StaffLockedOut.Name));
    }

    [Theory]
    [InlineData("/personal/tvastegsverifiering", "Code")]
    [InlineData("/personal/aterstallningskod", "Code")]
    public async Task TwentyParallelWrongSecondFactors_CheckAtMostFive_LockTheAccount_AuditEach_AndNever500(string path, string field)
    {
        // Arrange: twenty sessions past the password step
        await _app.SeedStaffAsync();
        var account = StaffTestData.Anna;
        var clients = new List<(FormClient Client, AngleSharp.Html.Dom.IHtmlDocument Form)>();
        for (var i = 0; i < Parallel; i++)
        {
            var client = new FormClient(_app.CreateBrowserLikeClient());
            var password = await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));
            Assert.Equal("/personal/tvastegsverifiering", FormClient.Location(password));
            clients.Add((client, (await client.GetAsync(path)).Document));
        }

        var wrong = WrongCode(account, _app.Clock);

        // Act
        var responses = await Task.WhenAll(clients.Select(c => c.Client.SubmitAsync(c.Form, path, (field, path.EndsWith("kod", StringComparison.Ordinal) ? "fel00-kod99" : wrong))));

        // Assert: the right password and code no longer open the account
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var late = new FormClient(_app.CreateBrowserLikeClient());
        var latePassword = await late.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));
        if (FormClient.Location(latePassword) == "/personal/tvastegsverifiering")
        {
            await late.SubmitAsync("/personal/tvastegsverifiering", ("Code", Totp.Code(account.AuthenticatorKey!, _app.Clock.GetUtcNow())));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await late.GetAsync("/personal")).Response.StatusCode);
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var events = await db.AuditEvents.Where(e => e.SubjectId == account.Id && e.EventType != AuditEventType.StaffAccountCreated.Name).Select(e => e.EventType).ToListAsync();
        var checkedCount = events.Count(e => e == AuditEventType.StaffTwoFactorFailed.Name || e == AuditEventType.StaffRecoveryCodeFailed.Name || e == AuditEventType.StaffLockedOut.Name);
        Assert.Equal(5, checkedCount);
        Assert.Equal(Parallel + 1, events.Count);
    }

    [Fact]
    public async Task RecoveryCode_DoesNotOpenALockedAccount_AndWrongCodesAreCounted()
    {
        // Arrange: a recovery code from the account's own set, then five wrong recovery codes
        await _app.SeedStaffAsync();
        var account = StaffTestData.TeamLead;
        string recoveryCode;
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync(account.UserName))!;
            recoveryCode = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.First();
        }

        var client = new FormClient(_app.CreateBrowserLikeClient());
        await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/personal/aterstallningskod", ("Code", "fel00-kod0" + i));
        }

        // Act
        var right = await client.SubmitAsync("/personal/aterstallningskod", ("Code", recoveryCode));

        // Assert
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("spärrat", (await PortalAppFactory.ParseAsync(right)).QuerySelector("#error-summary, main")!.TextContent, StringComparison.Ordinal);
        var (start, _) = await client.GetAsync("/personal");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
    }

    [Fact]
    public async Task RepeatedLocks_LastLonger()
    {
        // Arrange
        await _app.SeedStaffAsync();
        var account = StaffTestData.Editor;
        var client = new FormClient(_app.CreateBrowserLikeClient());
        async Task<bool> PasswordOpensAsync()
        {
            var response = await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));
            return response.StatusCode == HttpStatusCode.Redirect;
        }

        async Task FiveWrongAsync()
        {
            for (var i = 0; i < 5; i++)
            {
                await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", "Fel-Losenord-2026"));
            }
        }

        // Act & Assert: the first lock is short (five posts from a stranger keep the real user out for a minute)
        await FiveWrongAsync();
        Assert.False(await PasswordOpensAsync());
        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        await FiveWrongAsync();
        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await PasswordOpensAsync());
        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await PasswordOpensAsync());
    }

    /// <summary>A code that is wrong for every step near the app's clock and the real one.</summary>
    public static string WrongCode(DemoStaff.Account account, TimeProvider appClock)
    {
        var used = new[] { DateTimeOffset.UtcNow, appClock.GetUtcNow() }
            .SelectMany(now => new[] { -90, -60, -30, 0, 30, 60, 90 }.Select(s => Totp.Code(account.AuthenticatorKey!, now.AddSeconds(s))))
            .ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !used.Contains(c));
    }

    private async Task<List<(FormClient Client, AngleSharp.Html.Dom.IHtmlDocument Form)>> ClientsOnAsync(string path)
    {
        var clients = new List<(FormClient, AngleSharp.Html.Dom.IHtmlDocument)>();
        for (var i = 0; i < Parallel; i++)
        {
            var client = new FormClient(_app.CreateBrowserLikeClient());
            clients.Add((client, (await client.GetAsync(path)).Document));
        }

        return clients;
    }
}
