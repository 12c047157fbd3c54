using System.Net;
using Portal.TestSupport;

namespace Portal.IntegrationTests.Pages.Staff.Account;

/// <summary>
/// The authenticator code (issue 14, items 6 and 8): used once, accepted only for the current step and one step either
/// side of the app's clock, and a non-ASCII return address at the code step is no 500.
/// </summary>
public sealed class TotpTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<FormClient> PasswordStepAsync(Portal.Web.Features.StaffAccounts.DemoStaff.Account account, string returnUrl = "")
    {
        await _app.SeedStaffAsync();
        var client = new FormClient(_app.CreateBrowserLikeClient());
        var query = returnUrl.Length == 0 ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var response = await client.SubmitAsync("/personal/logga-in" + query, ("UserName", account.UserName), ("Password", account.Password));
        Assert.StartsWith("/personal/tvastegsverifiering", FormClient.Location(response), StringComparison.Ordinal);
        return client;
    }

    private static Task<HttpResponseMessage> CodeAsync(FormClient client, string code, string query = "") =>
        client.SubmitAsync("/personal/tvastegsverifiering" + query, ("Code", code));

    [Fact]
    public async Task ACode_SignsInOnce_ASecondUseOfTheSameCodeIsRefused()
    {
        // Arrange
        var account = StaffTestData.Admin;
        var code = Totp.Code(account.AuthenticatorKey!, _app.Clock.GetUtcNow());
        var first = await PasswordStepAsync(account);
        Assert.Equal("/personal", FormClient.Location(await CodeAsync(first, code)));
        var second = await PasswordStepAsync(account);

        // Act
        var replay = await CodeAsync(second, code);

        // Assert
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Koden stämmer inte", (await PortalAppFactory.ParseAsync(replay)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/personal")).Response.StatusCode);
    }

    [Theory]
    [InlineData(-60, false)]
    [InlineData(-30, true)]
    [InlineData(30, true)]
    [InlineData(60, false)]
    public async Task OnlyOneStepEitherSideIsAccepted(int offsetSeconds, bool accepted)
    {
        // Arrange
        var account = StaffTestData.Editor;
        var client = await PasswordStepAsync(account);
        var code = Totp.Code(account.AuthenticatorKey!, _app.Clock.GetUtcNow().AddSeconds(offsetSeconds));
        Assert.NotEqual(Totp.Code(account.AuthenticatorKey!, _app.Clock.GetUtcNow()), code);

        // Act
        var response = await CodeAsync(client, code);

        // Assert
        Assert.Equal(accepted ? "/personal" : null, FormClient.Location(response));
    }

    [Theory]
    [InlineData("/å", "/%C3%A5")]
    [InlineData("/personal/moten?namn=Åsa", "/personal/moten?namn=%C3%85sa")]
    [InlineData("https://example.org/", "/personal")]
    [InlineData("//example.org/", "/personal")]
    public async Task ReturnUrl_AtTheCodeStep_IsLocalAndAscii_NeverA500(string returnUrl, string expected)
    {
        // Arrange
        var account = StaffTestData.FollowUp;
        var client = await PasswordStepAsync(account, returnUrl);

        // Act
        var response = await CodeAsync(client, await StaffTestData.FreshCodeAsync(_app, account), "?returnUrl=" + Uri.EscapeDataString(returnUrl));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, FormClient.Location(response));
    }
}
