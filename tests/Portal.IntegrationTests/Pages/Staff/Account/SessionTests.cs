using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.IntegrationTests.Pages.Staff.Account;

/// <summary>
/// The staff session ends on the server (issue 14, item 2): a copy of the cookie taken before signing out no longer
/// works afterwards, a session unused for 30 minutes ends, and a busy one ends at the absolute limit. The clock is the
/// app's fake TimeProvider.
/// </summary>
public sealed class SessionTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Signs in through the pages and returns the client and the staff cookie as the browser got it.</summary>
    private async Task<(FormClient Client, string Cookie)> SignInAsync()
    {
        await _app.SeedStaffAsync();
        var account = StaffTestData.Anna;
        var client = new FormClient(_app.CreateBrowserLikeClient());
        await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));
        var response = await client.SubmitAsync("/personal/tvastegsverifiering", ("Code", await StaffTestData.FreshCodeAsync(_app, account)));
        Assert.Equal("/personal", FormClient.Location(response));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.staff=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    private async Task<HttpStatusCode> WithCookieAsync(string cookie)
    {
        using var raw = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personal");
        request.Headers.Add("Cookie", cookie);
        using var response = await raw.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task AfterSigningOut_ACopyOfTheOldCookieNoLongerWorks()
    {
        // Arrange
        var (client, cookie) = await SignInAsync();
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(cookie));

        // Act
        var signOut = await client.SubmitAsync("/personal/logga-ut");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(cookie));
    }

    [Fact]
    public async Task ASessionUnusedFor31Minutes_Ends()
    {
        // Arrange
        var (client, _) = await SignInAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/personal")).Response.StatusCode);

        // Act
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        var (response, _) = await client.GetAsync("/personal");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ABusySession_EndsAtTheAbsoluteLimit()
    {
        // Arrange: a request every 20 minutes keeps the session from going idle
        var (client, _) = await SignInAsync();
        var statuses = new List<(TimeSpan After, HttpStatusCode Status)>();

        // Act
        for (var elapsed = TimeSpan.FromMinutes(20); elapsed <= TimeSpan.FromHours(12); elapsed += TimeSpan.FromMinutes(20))
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(20));
            statuses.Add((elapsed, (await client.GetAsync("/personal")).Response.StatusCode));
        }

        // Assert: open for the default 10 hours, then closed
        Assert.All(statuses.Where(s => s.After <= TimeSpan.FromHours(10)), s => Assert.Equal(HttpStatusCode.OK, s.Status));
        Assert.All(statuses.Where(s => s.After > TimeSpan.FromHours(10)), s => Assert.Equal(HttpStatusCode.Redirect, s.Status));
    }

    [Theory]
    [InlineData("StaffSessions:IdleMinutes", "45")]
    [InlineData("StaffSessions:AbsoluteHours", "13")]
    public void LimitsAboveTheMaxima_AreRefusedAtStart(string setting, string value)
    {
        // Arrange
        using var app = _app.WithWebHostBuilder(builder => builder.UseSetting(setting, value));

        // Act
        var error = Record.Exception(() => app.CreateClient());

        // Assert
        Assert.NotNull(error);
        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }
}
