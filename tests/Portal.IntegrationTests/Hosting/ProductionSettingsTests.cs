namespace Portal.IntegrationTests.Hosting;

/// <summary>Issue 14: settings that are refused or required in Production.</summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public void DemoEnabled_InProduction_RefusesToStart()
    {
        // Arrange: the demo accounts' passwords and TOTP keys are published in the README
        using var app = new PortalAppFactory();
        using var demo = app.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));

        // Act
        var error = Record.Exception(() => demo.Services);

        // Assert
        Assert.NotNull(error);
        Assert.Contains("Demo:Enabled", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("refused in Production", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hsts_IsOneYear_WithSubdomains()
    {
        // Arrange: HSTS is never sent for localhost, so another host name
        using var app = new PortalAppFactory();
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://omstallning.test") });

        // Act
        using var response = await client.GetAsync("/");

        // Assert
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Hsts_FollowsItsSettings()
    {
        // Arrange
        using var app = new PortalAppFactory();
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("Hsts:MaxAgeDays", "730").UseSetting("Hsts:IncludeSubDomains", "false"));
        using var client = configured.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://omstallning.test") });

        // Act
        using var response = await client.GetAsync("/");

        // Assert
        Assert.Equal("max-age=63072000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }
}
