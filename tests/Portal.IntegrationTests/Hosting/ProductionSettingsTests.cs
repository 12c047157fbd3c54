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
}
