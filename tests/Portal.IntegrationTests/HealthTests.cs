using System.Net;
using System.Text.Json;

namespace Portal.IntegrationTests;

[Collection(PortalAppGroup.Name)]
public sealed class HealthTests(PortalAppFactory factory)
{
    [Fact]
    public async Task Healthz_WithDatabase_ReportsHealthy()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
