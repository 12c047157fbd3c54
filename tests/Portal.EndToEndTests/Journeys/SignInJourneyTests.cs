using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Portal.Web.Features.Meetings;

namespace Portal.EndToEndTests.Journeys;

/// <summary>
/// A host in Development whose e-legitimation broker and staff single sign-on are the stand-in identity provider in the
/// same app, on a port chosen before the start (the provider's address is in the settings), and one Chromium.
/// </summary>
public sealed class StandInFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser;

    public StandInFixture()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        Host = new PortalHost(port, "Development", new Dictionary<string, string?>
        {
            ["CitizenIdentification:Broker:Authority"] = url,
            ["CitizenIdentification:Broker:ClientId"] = "portal-medborgare",
            ["CitizenIdentification:Broker:Scopes:0"] = "personal_identity_number",
            ["StaffSso:Authority"] = url,
            ["StaffSso:ClientId"] = "portal-personal",
            ["StaffSso:Scopes:0"] = "profile",
            ["StaffSso:Scopes:1"] = "groups",
            ["StaffSso:Roles:grupp-handlaggare"] = "Handläggare",
        });
        _browser = new BrowserFixture(Host);
    }

    public PortalHost Host { get; }

    public string Url(string path) => _browser.Url(path);

    public Task<IPage> NewPageAsync(bool javaScriptEnabled = true) => _browser.NewPageAsync(javaScriptEnabled);

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// Issue 16 in Chromium: a demo citizen signs in with the stand-in e-legitimation and reaches their questionnaire (also
/// without JavaScript); a demo handläggare signs in through the stand-in single sign-on and out again. Axe on every page.
/// </summary>
public sealed class SignInJourneyTests(StandInFixture host) : IClassFixture<StandInFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ADemoCitizen_SignsInWithTheStandInELegitimation_AndReachesTheirQuestionnaire(bool javaScript)
    {
        // Arrange
        var demo = DemoData.Invitations.Single(d => d.Token.StartsWith(javaScript ? "demo-tolvan" : "demo-maja", StringComparison.Ordinal));
        var page = await host.NewPageAsync(javaScript);
        await page.GotoAsync(host.Url("/mote/" + demo.Token));
        await ScanAsync(page, javaScript);

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in med e-legitimation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Testinloggning");
        await ScanAsync(page, javaScript);
        await page.Locator($"label[for='person-{(javaScript ? "tolvan" : "maja")}']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du är inloggad");
        await ScanAsync(page, javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = "Fortsätt till frågorna" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Förbered ditt möte");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Börja svara" })).ToBeVisibleAsync();
        await ScanAsync(page, javaScript);
    }

    [Fact]
    public async Task ADemoHandlaggare_SignsInThroughTheStandInSingleSignOn_AndOutAgain()
    {
        // Arrange
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.Url("/personal/logga-in"));
        await page.AssertNoAxeViolationsAsync();

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in med myndighetens inloggning" }).ClickAsync();
        await page.Locator("label[for='staff-anna.handlaggare']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du är inloggad");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Fortsätt" }).ClickAsync();
        await page.GotoAsync(host.Url("/handlaggare/moten"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Logga in som personal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).First.ClickAsync();

        // Assert: back through the provider's end-session endpoint to the sign-in page
        await Assertions.Expect(page.GetByText("Du är utloggad.")).ToBeVisibleAsync();
        await page.GotoAsync(host.Url("/handlaggare/moten"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in som personal");
    }

    // axe runs inside the page, so it scans only with JavaScript on.
    private static Task ScanAsync(IPage page, bool javaScript) => javaScript ? page.AssertNoAxeViolationsAsync() : Task.CompletedTask;
}
