using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.TestSupport;
using Portal.Web.Auditing;
using Portal.Web.Data;

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
        var wrong = Totp.Now(StaffTestData.Bo.AuthenticatorKey!) == "000000" ? "111111" : "000000";

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
        Assert.Equal(6, await db.AuditEvents.CountAsync(e => e.SubjectId == "demo-uppfoljning" && (e.EventType == AuditEventType.StaffSignInFailed.Name || e.EventType == AuditEventType.StaffLockedOut.Name)));
        var user = await db.Users.SingleAsync(u => u.Id == "demo-uppfoljning");
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await db.SaveChangesAsync();
    }
}
