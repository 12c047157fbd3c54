using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Portal.IntegrationTests.Pages.Staff;
using Portal.IntegrationTests.Pages.Staff.AfMeetings;
using Portal.TestSupport;
using Portal.Web.Features.CaseSystems;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// Issue 16: case systems as OAuth 2.0 clients of the portal's own server. Registered, rotated and revoked through the
/// administrators' pages; tokens by client credentials, audited; keys in the database shared by every instance.
/// </summary>
public sealed class CaseSystemTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<FormClient> AdminAsync()
    {
        await _app.SeedStaffAsync();
        var http = _app.CreateBrowserLikeClient();
        http.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value("demo-admin", StaffRoles.Administrator));
        return new FormClient(http);
    }

    private static async Task<(string ClientId, string Secret)> SecretOnAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await PortalAppFactory.ParseAsync(response);
        return (document.QuerySelector("#client-id")!.TextContent, document.QuerySelector("#client-secret")!.TextContent);
    }

    private async Task<int> AuditCountAsync(AuditEventType type)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.CountAsync(e => e.EventType == type.Name);
    }

    private static async Task<HttpStatusCode> ReadAnswersAsync(PortalAppFactory app, string token, Guid meeting)
    {
        using var client = app.CreateBrowserLikeClient().WithToken(token);
        using var response = await client.GetAsync($"/api/v1/meetings/{meeting}/answers");
        return response.StatusCode;
    }

    [Fact]
    public async Task AdministratorRegistersASystem_SeesTheSecretOnce_AndTheSystemReadsPreparedAnswers_WithEveryTokenAudited()
    {
        // Arrange
        var admin = await AdminAsync();
        var meeting = await _app.CreateMeetingForAsync(StaffTestData.Anna.Id);
        var issuedBefore = await AuditCountAsync(AuditEventType.CaseSystemTokenIssued);

        // Act: register through the page, then use what it showed
        var registered = await admin.SubmitAsync("/admin/arendesystem",
            ("Input.Name", "Ärendehanteringen"), ("Input.Scopes", ApiPolicies.ReadScope), ("Input.ActsForUserId", StaffTestData.Anna.Id));
        var (clientId, secret) = await SecretOnAsync(registered);
        var token = await TestTokens.AccessTokenOf(await _app.RequestTokenAsync(clientId, secret));
        var status = await ReadAnswersAsync(_app, token, meeting);
        var (_, list) = await admin.GetAsync("/admin/arendesystem");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ärendehanteringen", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector("#client-secret"));
        Assert.DoesNotContain(secret, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(AuditEventType.CaseSystemRegistered));
        Assert.Equal(issuedBefore + 1, await AuditCountAsync(AuditEventType.CaseSystemTokenIssued));
    }

    [Fact]
    public async Task RegisterForm_WithNothingFilledIn_NamesEachField_AndRegistersNothing()
    {
        // Arrange
        var admin = await AdminAsync();

        // Act
        var response = await admin.SubmitAsync("/admin/arendesystem", ("Input.Name", " "));
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = document.QuerySelector(".error-summary, [role=alert]")?.TextContent ?? document.Body!.TextContent;
        Assert.Contains("Skriv systemets namn.", summary, StringComparison.Ordinal);
        Assert.Contains("Välj minst en behörighet.", summary, StringComparison.Ordinal);
        Assert.Contains("Välj den handläggare som systemet agerar för.", summary, StringComparison.Ordinal);
        Assert.Equal(0, await AuditCountAsync(AuditEventType.CaseSystemRegistered));
    }

    [Theory]
    [InlineData("meetings.af.read", "anna.handlaggare", "Behörigheten meetings.af.read kan bara ges till ett system som agerar för en handläggare på Arbetsförmedlingen, och du har valt en handläggare på Försäkringskassan.")]
    [InlineData("meetings.read meetings.af.read", "anna.handlaggare", "Behörigheten meetings.af.read kan bara ges till ett system som agerar för en handläggare på Arbetsförmedlingen, och du har valt en handläggare på Försäkringskassan.")]
    [InlineData("meetings.read", "hanna.af", "Behörigheten meetings.read kan bara ges till ett system som agerar för en handläggare på Försäkringskassan, och du har valt en handläggare på Arbetsförmedlingen.")]
    [InlineData("meetings.read meetings.write meetings.af.read", "hanna.af", "Behörigheterna meetings.read och meetings.write kan bara ges till ett system som agerar för en handläggare på Försäkringskassan, och du har valt en handläggare på Arbetsförmedlingen.")]
    public async Task RegisterForm_RefusesAScopeForTheOtherAgencysAccount_InSwedish_AndRegistersNothing(string scopes, string userName, string message)
    {
        // Arrange
        var admin = await AdminAsync();
        var account = StaffTestData.Demo(userName);

        // Act
        var fields = scopes.Split(' ').Select(s => ("Input.Scopes", s)).Prepend(("Input.Name", "Fel kombination")).Append(("Input.ActsForUserId", account.Id)).ToArray();
        var response = await admin.SubmitAsync("/admin/arendesystem", fields);
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.QuerySelector(".error-summary, [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, document.QuerySelector("#scopes")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#client-secret"));
        Assert.Equal(0, await AuditCountAsync(AuditEventType.CaseSystemRegistered));
    }

    [Fact]
    public async Task AnAfCaseSystem_RegisteredOnThePage_ForAnAfHandlaggare_ReadsTheAfApiOnly()
    {
        // Arrange: Hanna takes part in a meeting whose person consents
        var admin = await AdminAsync();
        var meeting = (await _app.CreateAfMeetingAsync()).MeetingId;
        await _app.SubmitWithConsentAsync(meeting, consent: true);
        var (_, form) = await admin.GetAsync("/admin/arendesystem");

        // Act
        var registered = await admin.SubmitAsync("/admin/arendesystem",
            ("Input.Name", "Arbetsförmedlingens ärendesystem"), ("Input.Scopes", ApiPolicies.AfReadScope), ("Input.ActsForUserId", AfTestData.Hanna.Id));
        var (clientId, secret) = await SecretOnAsync(registered);
        var token = await TestTokens.AccessTokenOf(await _app.RequestTokenAsync(clientId, secret));
        using var api = _app.CreateBrowserLikeClient().WithToken(token);
        using var answers = await api.GetAsync($"/api/v1/af/meetings/{meeting}/answers");
        using var fkAnswers = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");

        // Assert: Hanna is offered under AF's heading, the system reads AF's endpoint and not FK's
        Assert.Equal(AfTestData.Hanna.Id, form.QuerySelector("#acts-for optgroup[label='Handläggare på Arbetsförmedlingen'] option")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, answers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fkAnswers.StatusCode);
    }

    [Fact]
    public async Task RotatedSecret_StopsTheOldSecretAndItsTokens_AndTheNewOneWorks()
    {
        // Arrange
        var admin = await AdminAsync();
        var meeting = await _app.CreateMeetingForAsync(StaffTestData.Anna.Id);
        var client = await _app.CaseSystemAsync(StaffTestData.Anna.UserName);
        var oldToken = await TestTokens.AccessTokenOf(await _app.RequestTokenAsync(client.ClientId, client.Secret));

        // Act
        var (_, newSecret) = await SecretOnAsync(await admin.PostToAsync($"/admin/arendesystem/{client.Id}", $"/admin/arendesystem/{client.Id}?handler=Rotate"));
        using var withOldSecret = await _app.RequestTokenAsync(client.ClientId, client.Secret);
        var newToken = await TestTokens.AccessTokenOf(await _app.RequestTokenAsync(client.ClientId, newSecret));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, withOldSecret.StatusCode);
        Assert.Equal(OpenIddictConstants.Errors.InvalidClient, (await withOldSecret.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadAnswersAsync(_app, oldToken, meeting));
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(_app, newToken, meeting));
        Assert.Equal(1, await AuditCountAsync(AuditEventType.CaseSystemSecretRotated));
    }

    [Fact]
    public async Task RevokedClient_GetsNoNewToken_AndItsIssuedTokenStops()
    {
        // Arrange
        var admin = await AdminAsync();
        var meeting = await _app.CreateMeetingForAsync(StaffTestData.Anna.Id);
        var client = await _app.CaseSystemAsync(StaffTestData.Anna.UserName);
        var token = await TestTokens.AccessTokenOf(await _app.RequestTokenAsync(client.ClientId, client.Secret));
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(_app, token, meeting));

        // Act
        var revoked = await admin.PostToAsync($"/admin/arendesystem/{client.Id}", $"/admin/arendesystem/{client.Id}?handler=Revoke");
        using var tokenRequest = await _app.RequestTokenAsync(client.ClientId, client.Secret);

        // Assert
        Assert.Contains("Ärendesystemet är spärrat.", (await PortalAppFactory.ParseAsync(revoked)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadAnswersAsync(_app, token, meeting));
        Assert.Equal(HttpStatusCode.Unauthorized, tokenRequest.StatusCode);
        Assert.Equal(OpenIddictConstants.Errors.InvalidClient, (await tokenRequest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(1, await AuditCountAsync(AuditEventType.CaseSystemRevoked));
    }

    [Fact]
    public async Task AScopeTheSystemWasNotGiven_IsRefusedAtTheTokenEndpoint_AndByTheApi()
    {
        // Arrange: a system with meetings.read only
        var meeting = await _app.CreateMeetingForAsync(StaffTestData.Anna.Id);
        var client = await _app.CaseSystemAsync(StaffTestData.Anna.UserName, ApiPolicies.ReadScope);

        // Act
        using var asksForWrite = await _app.RequestTokenAsync(client.ClientId, client.Secret, ApiPolicies.WriteScope);
        var readToken = await TestTokens.AccessTokenOf(await _app.RequestTokenAsync(client.ClientId, client.Secret));
        using var api = _app.CreateBrowserLikeClient().WithToken(readToken);
        using var delete = await api.DeleteAsync($"/api/v1/meetings/{meeting}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, asksForWrite.StatusCode);
        // OpenIddict names a scope the client has no permission for an invalid request.
        var refusal = await asksForWrite.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(OpenIddictConstants.Errors.InvalidRequest, refusal.GetProperty("error").GetString());
        Assert.False(refusal.TryGetProperty("access_token", out _));
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Fact]
    public async Task ATokenForAnotherAudience_FromTheSameServer_IsRefused()
    {
        // Arrange: the server issues this one client's tokens to another audience (a real token, real key, real entry)
        using var app = new PortalAppFactory();
        app.TestServices.Add(services => services.AddOpenIddict().AddServer().AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
            .UseInlineHandler(context =>
            {
                if (context.ClientId == "annan-mottagare")
                {
                    context.AccessTokenPrincipal?.SetAudiences("en-annan-tjanst");
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.PrepareAccessTokenPrincipal.Descriptor.Order + 1)));
        await app.SeedStaffAsync();
        var meeting = await app.CreateMeetingForAsync(StaffTestData.Anna.Id);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseSystemService>().RegisterAsync("Annan mottagare", [ApiPolicies.ReadScope], StaffTestData.Anna.Id,
                new ProcessContext("test", app.Clock.GetUtcNow().UtcDateTime), "annan-mottagare", "hemlighet-for-annan-mottagare-0123456789");
        }

        // Act
        var token = await TestTokens.AccessTokenOf(await app.RequestTokenAsync("annan-mottagare", "hemlighet-for-annan-mottagare-0123456789"));
        using var api = app.CreateBrowserLikeClient().WithToken(token);
        using var response = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Inloggning krävs", problem.GetProperty("title").GetString());
        Assert.Contains("annan mottagare", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(app, await app.TokenAsync(StaffTestData.Anna.UserName), meeting));
    }

    [Fact]
    public async Task AnExpiredToken_IsRefused_WithAProblemDocument()
    {
        // Arrange: a token that lives 15 minutes (OpenIdServer:AccessTokenMinutes), used 16 minutes later
        await _app.SeedStaffAsync();
        var meeting = await _app.CreateMeetingForAsync(StaffTestData.Anna.Id);
        var token = await _app.TokenAsync(StaffTestData.Anna.UserName);
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(_app, token, meeting));
        _app.Clock.Advance(TimeSpan.FromMinutes(16));

        // Act
        using var api = _app.CreateBrowserLikeClient().WithToken(token);
        using var response = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Inloggning krävs", problem.GetProperty("title").GetString());
        Assert.Contains("gått ut", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(_app, await _app.TokenAsync(StaffTestData.Anna.UserName), meeting));
    }

    [Fact]
    public async Task TheTokenEndpoint_RefusesPlainHttp_OutsideDevelopment()
    {
        // Arrange
        var client = await _app.CaseSystemAsync(StaffTestData.Anna.UserName);
        using var http = _app.CreateBrowserLikeClient();

        // Act
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.Secret,
        }));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("access_token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenIssuedByOneInstance_WorksOnAnother_BeforeAndAfterTheKeysRotate()
    {
        // Arrange: two instances of one installation (one database)
        using var other = new PortalAppFactory(_app);
        var meeting = await _app.CreateMeetingForAsync(StaffTestData.Anna.Id);
        var ringA = _app.Services.GetRequiredService<ServerKeyRing>();
        var ringB = other.Services.GetRequiredService<ServerKeyRing>();
        var firstKey = Assert.Single(ringA.EncryptionCertificates).Thumbprint;

        // Act and assert 1: each instance accepts the other's tokens
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(other, await _app.TokenAsync(StaffTestData.Anna.UserName), meeting));
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(_app, await other.TokenAsync(StaffTestData.Anna.UserName), meeting));

        // Act and assert 2: 80 days on (the 90-day keys end within 14 days) both instances look; the next key is
        // published on both but not used yet
        await AdvanceAndRefreshAsync(TimeSpan.FromDays(80));
        var published = await _app.TokenAsync(StaffTestData.Anna.UserName);
        Assert.Equal(2, ringB.EncryptionCertificates.Count);
        Assert.Equal(firstKey, KeyIdOf(published));
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(other, published, meeting));

        // Act and assert 3: a day later the new key encrypts (and signs) on both, and each accepts the other's tokens
        await AdvanceAndRefreshAsync(TimeSpan.FromHours(25));
        var newKey = ringA.EncryptionCertificates.Single(c => c.Thumbprint != firstKey).Thumbprint;
        var rotatedA = await _app.TokenAsync(StaffTestData.Anna.UserName);
        var rotatedB = await other.TokenAsync(StaffTestData.Anna.UserName);
        Assert.Equal(newKey, KeyIdOf(rotatedA));
        Assert.Equal(newKey, KeyIdOf(rotatedB));
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(other, rotatedA, meeting));
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(_app, rotatedB, meeting));

        async Task AdvanceAndRefreshAsync(TimeSpan by)
        {
            _app.Clock.Advance(by);
            other.Clock.Advance(by);
            await ringA.RefreshAsync();
            await ringB.RefreshAsync();
        }
    }

    [Fact]
    public async Task TheDemoCaseSystem_GetsATokenWithTheReadmeSecret_AndReadsPreparedAnswers()
    {
        // Arrange: Development, where the demo data (and the demo case system acting for Anna) exist; one of Anna's
        // demo meetings, and one whose questionnaire was filled in and sent
        using var app = new PortalAppFactory { EnvironmentName = "Development" };
        Guid demoMeeting;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            demoMeeting = await db.Meetings.Where(m => m.CaseOfficerId == StaffTestData.Anna.Id).Select(m => m.Id).FirstAsync();
        }

        var answered = await app.CreateMeetingForAsync(StaffTestData.Anna.Id);

        // Act: as the README's curl does, over http on a development machine
        using var http = app.CreateBrowserLikeClient();
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = CaseSystemsSetup.DemoClientId,
            ["client_secret"] = CaseSystemsSetup.DemoSecret,
        }));
        var token = await TestTokens.AccessTokenOf(response);
        using var api = app.CreateBrowserLikeClient().WithToken(token);
        using var prepared = await api.GetAsync($"/api/v1/meetings/{answered}/answers");
        var body = await prepared.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.OK, await ReadAnswersAsync(app, token, demoMeeting));
        Assert.Equal(HttpStatusCode.OK, prepared.StatusCode);
        Assert.Equal(1, body.GetProperty("submission").GetInt32());
        Assert.Contains(body.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("answers").EnumerateArray()),
            answer => answer.GetProperty("answer").GetString() == "Vad händer med min SGI?");
    }

    /// <summary>The key id in the (encrypted) access token's header: the thumbprint of the encryption certificate.</summary>
    private static string KeyIdOf(string token)
    {
        var header = token.Split('.')[0].Replace('-', '+').Replace('_', '/');
        header = header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header))).RootElement.GetProperty("kid").GetString()!;
    }
}
