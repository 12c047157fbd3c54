using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.IntegrationTests.Api;

/// <summary>/openapi/case-api.json describes the case API only, with its OAuth 2.0 client-credentials scheme and each operation's scope.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class CaseApiOpenApiTests(PortalAppFactory factory)
{
    [Fact]
    public async Task CaseApiDocument_DeclaresClientCredentialsWithScopesPerOperation_AndListsOnlyTheCaseApi()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/case-api.json");

        // Assert
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        // Without CaseApi:AgencyIssuer the portal's own tokens are the only ones (AgencyIssuerTests has the other case).
        Assert.Equal(["oauth2"], schemes.EnumerateObject().Select(s => s.Name));
        var scheme = schemes.GetProperty("oauth2");
        Assert.Equal("oauth2", scheme.GetProperty("type").GetString());
        var flow = scheme.GetProperty("flows").GetProperty("clientCredentials");
        Assert.Equal("/connect/token", flow.GetProperty("tokenUrl").GetString());
        Assert.Equal(["meetings.af.read", "meetings.read", "meetings.write"], flow.GetProperty("scopes").EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal));
        var paths = document.GetProperty("paths").EnumerateObject().ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith("/api/v1/", path.Name, StringComparison.Ordinal));
        var scopes = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var requirement = Assert.Single(operation.Value.GetProperty("security").EnumerateArray());
                scopes[$"{operation.Name.ToUpperInvariant()} {path.Name}"] = Assert.Single(requirement.GetProperty("oauth2").EnumerateArray()).GetString()!;
            }
        }

        Assert.Equal("meetings.write", scopes["POST /api/v1/meetings"]);
        Assert.Equal("meetings.read", scopes["GET /api/v1/meetings"]);
        Assert.Equal("meetings.read", scopes["GET /api/v1/meetings/{id}/answers"]);
        Assert.Equal("meetings.af.read", scopes["GET /api/v1/af/meetings"]);
        Assert.Equal("meetings.af.read", scopes["GET /api/v1/af/meetings/{id}/answers"]);
        var afAnswers = document.GetProperty("paths").GetProperty("/api/v1/af/meetings/{id}/answers").GetProperty("get").GetProperty("responses");
        Assert.Equal(["200", "401", "403", "404"], afAnswers.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("AfSharedAnswers").GetProperty("properties").TryGetProperty("sections", out _));
        Assert.False(schemas.GetProperty("AfSharedAnswers").GetProperty("properties").TryGetProperty("sgi", out _));
        Assert.True(schemas.GetProperty("AfMeetingItem").GetProperty("properties").TryGetProperty("consent", out _));
    }
}
