using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Staff.Account;

[Collection(PortalAppGroup.Name)]
public sealed class SignInTests(PortalAppFactory factory)
{
    [Fact]
    public async Task SignIn_WithPasswordAndTotp_OpensTheStaffStartPage()
    {
        // Arrange
        var client = await factory.SignInAsStaffAsync(StaffTestData.Anna);

        // Act
        var (response, document) = await client.GetAsync("/personal");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Anna Handläggare", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongTotp_IsRefusedWithAMessage()
    {
        // Arrange
        await factory.SeedStaffAsync();
        var client = new FormClient(factory.CreateBrowserLikeClient());
        await client.SubmitAsync("/personal/logga-in", ("UserName", StaffTestData.Bo.UserName), ("Password", StaffTestData.Bo.Password));
        var wrong = SignInGuardTests.WrongCode(StaffTestData.Bo, factory.Clock);

        // Act
        var response = await client.SubmitAsync("/personal/tvastegsverifiering", ("Code", wrong));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await PortalAppFactory.ParseAsync(response);
        Assert.Contains("Koden stämmer inte", document.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        var (start, _) = await client.GetAsync("/personal");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_IsRefused_AndFiveFailuresLockTheAccount()
    {
        // Arrange
        await factory.SeedStaffAsync();
        var account = StaffTestData.FollowUp;
        var client = new FormClient(factory.CreateBrowserLikeClient());

        // Act
        HttpResponseMessage response = null!;
        for (var i = 0; i < 5; i++)
        {
            response = await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", "Fel-losenord-123"));
        }

        var correct = await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        Assert.Contains("spärrat", (await PortalAppFactory.ParseAsync(correct)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(6, await db.AuditEvents.CountAsync(e => e.SubjectId == "demo-uppfoljning" && (e.EventType == AuditEventType.StaffSignInFailed.Name || e.EventType == AuditEventType.StaffLockedOut.Name || e.EventType == AuditEventType.StaffSignInRefusedWhileLocked.Name)));
        await db.Users.Where(u => u.Id == "demo-uppfoljning")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.SignInLockedUntilUtc, (DateTime?)null).SetProperty(u => u.SignInLockCount, 0));
    }
}
