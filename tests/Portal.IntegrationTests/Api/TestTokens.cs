using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Staff;
using Portal.Web.Features.CaseSystems;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// Real access tokens from the app's own server: a case system registered through the real service (once per app,
/// account and scopes), and its token fetched from /connect/token with client credentials over https.
/// </summary>
public static class TestTokens
{
    public const string AllScopes = "meetings.read meetings.write";

    /// <summary>FK's scopes and AF's, for the role matrix: the account's role then decides.</summary>
    public const string EveryScope = "meetings.read meetings.write meetings.af.read";

    public sealed record Client(Guid Id, string ClientId, string Secret);

    private static readonly ConditionalWeakTable<PortalAppFactory, ConcurrentDictionary<string, Client>> Clients = [];

    /// <summary>A case system acting for the account, with the given scopes.</summary>
    public static async Task<Client> CaseSystemAsync(this PortalAppFactory app, string userName, string scope = AllScopes)
    {
        var clients = Clients.GetOrCreateValue(app);
        var key = userName + "|" + scope;
        if (clients.TryGetValue(key, out var client))
        {
            return client;
        }

        await app.SeedStaffAsync();
        using var services = app.Services.CreateScope();
        var user = await services.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No account {userName}.");
        var registered = await services.ServiceProvider.GetRequiredService<CaseSystemService>().RegisterAsync(
            $"Testsystem för {userName}", scope.Split(' '), user.Id, new ProcessContext("test", app.Clock.GetUtcNow().UtcDateTime));
        client = new Client(registered.System.Id, registered.System.ClientId, registered.Secret);
        clients[key] = client;
        return client;
    }

    /// <summary>The token endpoint's answer to a client-credentials request.</summary>
    public static async Task<HttpResponseMessage> RequestTokenAsync(this PortalAppFactory app, string clientId, string secret, string? scope = null)
    {
        using var http = app.CreateHttpsClient();
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> AccessTokenOf(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"/connect/token answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>An access token for a case system acting for the account.</summary>
    public static async Task<string> TokenAsync(this PortalAppFactory app, string userName, string scope = AllScopes)
    {
        var client = await app.CaseSystemAsync(userName, scope);
        using var response = await app.RequestTokenAsync(client.ClientId, client.Secret);
        return await AccessTokenOf(response);
    }

    /// <summary>A client for the token endpoint: https, as behind the load balancer (the server refuses plain http outside Development).</summary>
    public static HttpClient CreateHttpsClient(this PortalAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client of the case API with a fresh token for a case system acting for the account.</summary>
    public static async Task<HttpClient> CaseApiClientAsync(this PortalAppFactory app, string userName, string scope = AllScopes) =>
        app.CreateBrowserLikeClient().WithToken(await app.TokenAsync(userName, scope));
}
