using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Portal.IntegrationTests.Api;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.IntegrationTests.Pages.DevIdentityProvider;

/// <summary>The app in Development, where the stand-in identity provider runs, with one public test client (PKCE).</summary>
public sealed class DevelopmentApp : IDisposable
{
    public const string ClientId = "testklient";
    public const string RedirectUri = "https://klient.test/tillbaka";

    public DevelopmentApp()
    {
        using var scope = App.Services.CreateScope();
        var descriptor = new OpenIddictApplicationDescriptor { ClientId = ClientId, ClientType = ClientTypes.Public, DisplayName = "Testklient" };
        descriptor.RedirectUris.Add(new Uri(RedirectUri));
        foreach (var permission in new[]
        {
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile, Permissions.Prefixes.Scope + "personal_identity_number", Permissions.Prefixes.Scope + "groups",
        })
        {
            descriptor.Permissions.Add(permission);
        }

        scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor).AsTask().GetAwaiter().GetResult();
    }

    public PortalAppFactory App { get; } = new() { EnvironmentName = "Development" };

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Issue 16: the development identity provider. Authorization code with PKCE only; one chooses a test person or a demo
/// staff member and gets a signed id token naming them; a wrong verifier, a replayed code, a request without PKCE and a
/// cancelled sign-in get nothing.
/// </summary>
public sealed class DevIdentityProviderTests(DevelopmentApp development) : IClassFixture<DevelopmentApp>
{
    private readonly PortalAppFactory _app = development.App;

    private static string Verifier() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string AuthorizeUrl(string? challenge, string state = "s-123", string nonce = "n-456") =>
        $"/connect/authorize?client_id={DevelopmentApp.ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(DevelopmentApp.RedirectUri)}"
        + $"&scope={Uri.EscapeDataString("openid profile personal_identity_number groups")}&state={state}&nonce={nonce}"
        + (challenge is null ? "" : $"&code_challenge={challenge}&code_challenge_method=S256");

    private static Dictionary<string, string> Query(Uri location) => location.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    /// <summary>Chooses an identity on the provider's page; returns the redirect back to the client.</summary>
    private async Task<Uri> ChooseAsync(FormClient browser, string url, params (string Name, string Value)[] choice)
    {
        var (page, document) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var back = await browser.SubmitAsync(document, url, choice);
        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.StartsWith(DevelopmentApp.RedirectUri, back.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        return back.Headers.Location!;
    }

    private async Task<HttpResponseMessage> RedeemAsync(string code, string verifier)
    {
        using var http = _app.CreateHttpsClient();
        return await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = DevelopmentApp.ClientId,
            ["code"] = code,
            ["redirect_uri"] = DevelopmentApp.RedirectUri,
            ["code_verifier"] = verifier,
        }));
    }

    private static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(part)).RootElement;
    }

    [Fact]
    public async Task ATestPerson_SignsInWithCodeAndPkce_AndTheIdTokenCarriesThePersonnummerAndTheNonce()
    {
        // Arrange
        var browser = new FormClient(_app.CreateHttpsClient());
        var verifier = Verifier();

        // Act
        var back = Query(await ChooseAsync(browser, AuthorizeUrl(Challenge(verifier)), ("identity", "person:tolvan")));
        using var tokens = await RedeemAsync(back["code"], verifier);
        var body = await tokens.Content.ReadFromJsonAsync<JsonElement>();
        var discovery = await browser.Http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        // Assert
        Assert.Equal("s-123", back["state"]);
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        var idToken = Payload(body.GetProperty("id_token").GetString()!);
        Assert.Equal("191212121212", idToken.GetProperty("personal_identity_number").GetString());
        Assert.Equal("n-456", idToken.GetProperty("nonce").GetString());
        Assert.Equal(DevelopmentApp.ClientId, idToken.GetProperty("aud").GetString());
        Assert.EndsWith("/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString(), StringComparison.Ordinal);
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task ADemoStaffMember_SignsIn_AndTheIdTokenCarriesTheirGroups()
    {
        // Arrange
        var browser = new FormClient(_app.CreateHttpsClient());
        var verifier = Verifier();

        // Act
        var back = Query(await ChooseAsync(browser, AuthorizeUrl(Challenge(verifier)), ("identity", "staff:anna.handlaggare")));
        using var tokens = await RedeemAsync(back["code"], verifier);
        var idToken = Payload((await tokens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id_token").GetString()!);

        // Assert
        Assert.Equal("anna.handlaggare", idToken.GetProperty("preferred_username").GetString());
        var groups = idToken.GetProperty("groups");
        Assert.Equal("grupp-handlaggare", groups.ValueKind == JsonValueKind.Array ? groups[0].GetString() : groups.GetString());
    }

    [Fact]
    public async Task AWrongVerifier_AndAReplayedCode_GetNoToken()
    {
        // Arrange
        var browser = new FormClient(_app.CreateHttpsClient());
        var verifier = Verifier();
        var first = Query(await ChooseAsync(browser, AuthorizeUrl(Challenge(verifier)), ("identity", "person:maja")));
        var second = Query(await ChooseAsync(browser, AuthorizeUrl(Challenge(verifier)), ("identity", "person:maja")));

        // Act
        using var wrongVerifier = await RedeemAsync(first["code"], Verifier());
        using var redeemed = await RedeemAsync(second["code"], verifier);
        using var replayed = await RedeemAsync(second["code"], verifier);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Equal(Errors.InvalidGrant, (await wrongVerifier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal(Errors.InvalidGrant, (await replayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ARequestWithoutPkce_IsRefused_AndACancelledSignIn_IsSentBackWithAccessDenied()
    {
        // Arrange
        var browser = new FormClient(_app.CreateHttpsClient());

        // Act
        using var withoutPkce = await browser.Http.GetAsync(AuthorizeUrl(challenge: null));
        var cancelled = Query(await ChooseAsync(browser, AuthorizeUrl(Challenge(Verifier())), ("cancel", "1")));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, withoutPkce.StatusCode);
        Assert.Null(withoutPkce.Headers.Location);
        Assert.Equal(Errors.AccessDenied, cancelled["error"]);
        Assert.False(cancelled.ContainsKey("code"));
    }

    [Fact]
    public async Task TheChoicePage_PassesTheNuHtmlChecker()
    {
        // Arrange
        using var http = _app.CreateHttpsClient();

        // Act
        var html = await (await http.GetAsync(AuthorizeUrl(Challenge(Verifier())))).Content.ReadAsStringAsync();
        var errors = await Portal.TestSupport.HtmlChecker.ErrorsAsync(new Dictionary<string, string> { ["choice"] = html });

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
