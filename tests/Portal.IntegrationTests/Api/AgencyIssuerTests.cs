using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Portal.IntegrationTests.Pages.Staff;
using Portal.IntegrationTests.Pages.Staff.AfMeetings;
using Portal.Web.Features.CaseSystems;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// Two apps: the agency's identity service, played by a second app in Development (its OpenIddict server, with the
/// discovery document and keys of the stand-in provider, issuing signed access tokens by client credentials), and the
/// portal, configured with it as CaseApi:AgencyIssuer. The portal reads the agency's discovery document and keys
/// through the agency app's test server.
/// </summary>
public sealed class AgencyApps : IDisposable
{
    public const string Issuer = "https://idp.test/";
    public const string Audience = "api://omstallningsportalen";

    /// <summary>Acts for Anna with both scopes.</summary>
    public const string System = "myndighet-arendesystem";

    /// <summary>Acts for Anna with meetings.read only.</summary>
    public const string ReadOnly = "myndighet-lasande";

    /// <summary>Issued to another audience by the agency.</summary>
    public const string OtherAudience = "myndighet-annan-mottagare";

    /// <summary>Arbetsförmedlingen's case system: acts for Hanna (AF) with meetings.af.read only.</summary>
    public const string AfSystem = "myndighet-af-arendesystem";

    /// <summary>Known to the agency, but not named in the portal's ActsFor.</summary>
    public const string Unmapped = "myndighet-okand-for-portalen";

    public const string Secret = "myndighetens-testhemlighet-0123456789";

    public AgencyApps()
    {
        // The agency's keys are made with its clock at start; tokens are then issued at the machine's time (the JWT
        // bearer handler checks lifetimes against it), or an hour back for an expired one.
        Agency.Clock.Set(DateTimeOffset.UtcNow.AddHours(-2));
        Agency.Settings["PublicAddress:BaseUrl"] = Issuer.TrimEnd('/');
        Agency.TestServices.Add(services => services.AddOpenIddict().AddServer(server =>
        {
            // An agency identity service signs its access tokens; it does not encrypt them for the portal.
            server.DisableAccessTokenEncryption();
            server.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    context.AccessTokenPrincipal?.SetAudiences(context.ClientId == OtherAudience ? "en-annan-tjanst" : Audience);
                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.PrepareAccessTokenPrincipal.Descriptor.Order + 1));
        }));

        Portal.Clock.Set(DateTimeOffset.UtcNow);
        Portal.Settings["CaseApi:AgencyIssuer:Issuer"] = Issuer;
        Portal.Settings["CaseApi:AgencyIssuer:Audience"] = Audience;
        Portal.Settings[$"CaseApi:AgencyIssuer:ActsFor:{System}"] = StaffTestData.Anna.UserName;
        Portal.Settings[$"CaseApi:AgencyIssuer:ActsFor:{ReadOnly}"] = StaffTestData.Anna.UserName;
        Portal.Settings[$"CaseApi:AgencyIssuer:ActsFor:{OtherAudience}"] = StaffTestData.Anna.UserName;
        Portal.Settings[$"CaseApi:AgencyIssuer:ActsFor:{AfSystem}"] = "hanna.af";
        Portal.TestServices.Add(services => services.Configure<JwtBearerOptions>(CaseApiBearer.AgencyScheme, options => options.BackchannelHttpHandler = Agency.Server.CreateHandler()));

        Agency.SeedStaffAsync().GetAwaiter().GetResult();
        using var scope = Agency.Services.CreateScope();
        var systems = scope.ServiceProvider.GetRequiredService<CaseSystemService>();
        var context = new ProcessContext("test", Agency.Clock.GetUtcNow().UtcDateTime);
        foreach (var (clientId, scopes) in new[]
        {
            (System, new[] { ApiPolicies.ReadScope, ApiPolicies.WriteScope }),
            (ReadOnly, [ApiPolicies.ReadScope]),
            (OtherAudience, [ApiPolicies.ReadScope]),
            (Unmapped, [ApiPolicies.ReadScope]),
            (AfSystem, [ApiPolicies.AfReadScope]),
        })
        {
            systems.RegisterAsync(clientId, scopes, StaffTestData.Anna.Id, context, clientId, Secret).GetAwaiter().GetResult();
        }

        Agency.Clock.Set(DateTimeOffset.UtcNow);
    }

    /// <summary>The agency's identity service (the stand-in provider of a second app, with its own database).</summary>
    public PortalAppFactory Agency { get; } = new() { EnvironmentName = "Development" };

    public PortalAppFactory Portal { get; } = new();

    /// <summary>An access token from the agency for one of its clients.</summary>
    public async Task<string> AgencyTokenAsync(string clientId) => await TestTokens.AccessTokenOf(await Agency.RequestTokenAsync(clientId, Secret));

    public void Dispose()
    {
        Portal.Dispose();
        Agency.Dispose();
    }
}

/// <summary>
/// Issue 16: the case API takes, where configured, the agency identity service's access tokens beside the portal's own,
/// under the same scope policies and with the same audit; a token for another audience, an expired one, one from an
/// unknown issuer and one without the scope are refused.
/// </summary>
public sealed class AgencyIssuerTests(AgencyApps apps) : IClassFixture<AgencyApps>
{
    private readonly PortalAppFactory _portal = apps.Portal;

    private async Task<Guid> MeetingAsync()
    {
        await _portal.SeedStaffAsync();
        return await _portal.CreateMeetingForAsync(StaffTestData.Anna.Id);
    }

    private HttpClient Api(string token) => _portal.CreateBrowserLikeClient().WithToken(token);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadAsync(HttpResponseMessage response) =>
        (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());

    /// <summary>A signed token made here, with a key no issuer the portal trusts has published.</summary>
    private static string ForeignToken(string issuer)
    {
        using var rsa = RSA.Create(2048);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AgencyApps.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Subject = new ClaimsIdentity([new Claim("client_id", AgencyApps.System), new Claim("scope", "meetings.read meetings.write")]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = "okand" }, SecurityAlgorithms.RsaSha256),
        });
    }

    [Fact]
    public async Task AnAgencyToken_ReadsPreparedAnswers_ForTheAccountItsClientActsFor_AndTheReadIsAudited()
    {
        // Arrange
        var meeting = await MeetingAsync();
        var token = await apps.AgencyTokenAsync(AgencyApps.System);

        // Act
        using var api = Api(token);
        var (status, body) = await ReadAsync(await api.GetAsync($"/api/v1/meetings/{meeting}/answers"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(meeting, body.GetProperty("meetingId").GetGuid());
        Assert.NotEmpty(body.GetProperty("sections").EnumerateArray());
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var read = await db.AuditEvents.SingleAsync(e => e.EventType == AuditEventType.AnswersReadByCaseSystem.Name && e.SubjectId == meeting.ToString());
        Assert.Equal("staff:" + StaffTestData.Anna.Id, read.Actor);
    }

    [Fact]
    public async Task AnAgencyTokenWithTheAfScope_ReadsAfsEndpoints_ForTheAfHandlaggareItsClientActsFor_AndNotFks()
    {
        // Arrange: Hanna takes part in a meeting whose person consents
        await _portal.SeedStaffAsync();
        var meeting = (await _portal.CreateAfMeetingAsync()).MeetingId;
        await _portal.SubmitWithConsentAsync(meeting, consent: true);
        var token = await apps.AgencyTokenAsync(AgencyApps.AfSystem);

        // Act
        using var api = Api(token);
        var (status, body) = await ReadAsync(await api.GetAsync($"/api/v1/af/meetings/{meeting}/answers"));
        using var fk = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(meeting, body.GetProperty("meetingId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, fk.StatusCode);
        var read = Assert.Single(await _portal.EventsAsync(meeting, AuditEventType.AnswersReadByAfCaseSystem));
        Assert.Equal("staff:" + AfTestData.Hanna.Id, read.Actor);
    }

    [Fact]
    public async Task AnAgencyTokenForAnotherAudience_IsRefusedWith401_AndAProblemThatSaysWhy()
    {
        // Arrange
        var meeting = await MeetingAsync();
        var token = await apps.AgencyTokenAsync(AgencyApps.OtherAudience);

        // Act
        using var api = Api(token);
        using var response = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");
        var (status, problem) = await ReadAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("annan mottagare", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredAgencyToken_IsRefusedWith401_AndAProblemThatSaysWhy()
    {
        // Arrange: the agency issues the token an hour ago (it lived 15 minutes)
        var meeting = await MeetingAsync();
        string token;
        apps.Agency.Clock.Set(DateTimeOffset.UtcNow.AddHours(-1));
        try
        {
            token = await apps.AgencyTokenAsync(AgencyApps.System);
        }
        finally
        {
            apps.Agency.Clock.Set(DateTimeOffset.UtcNow);
        }

        // Act
        using var api = Api(token);
        var (status, problem) = await ReadAsync(await api.GetAsync($"/api/v1/meetings/{meeting}/answers"));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("gått ut", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenFromAnUnknownIssuer_OrSignedWithAKeyTheAgencyHasNot_IsRefusedWith401()
    {
        // Arrange
        var meeting = await MeetingAsync();

        // Act
        using var unknown = Api(ForeignToken("https://okand.test/"));
        var (unknownStatus, unknownProblem) = await ReadAsync(await unknown.GetAsync($"/api/v1/meetings/{meeting}/answers"));
        using var forged = Api(ForeignToken(AgencyApps.Issuer));
        var (forgedStatus, forgedProblem) = await ReadAsync(await forged.GetAsync($"/api/v1/meetings/{meeting}/answers"));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, unknownStatus);
        Assert.Equal("Inloggning krävs", unknownProblem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, forgedStatus);
        Assert.Contains("utfärdare som portalen litar på", forgedProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgencyTokenWithoutTheScope_IsRefusedWith403_AndChangesNothing()
    {
        // Arrange: the agency gave this client meetings.read only
        var meeting = await MeetingAsync();
        var token = await apps.AgencyTokenAsync(AgencyApps.ReadOnly);

        // Act
        using var api = Api(token);
        using var delete = await api.DeleteAsync($"/api/v1/meetings/{meeting}");
        using var read = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal("Behörighet saknas", (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task AnAgencyClientThePortalDoesNotMap_GetsNothing()
    {
        // Arrange
        var meeting = await MeetingAsync();
        var token = await apps.AgencyTokenAsync(AgencyApps.Unmapped);

        // Act
        using var api = Api(token);
        using var response = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Behörighet saknas", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ThePortalsOwnTokens_StillWork_BesideTheAgencys()
    {
        // Arrange
        var meeting = await MeetingAsync();

        // Act
        using var api = await _portal.CaseApiClientAsync(StaffTestData.Anna.UserName);
        using var response = await api.GetAsync($"/api/v1/meetings/{meeting}/answers");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocument_NamesTheAgencyIssuer_AsAnAlternativeWithTheSameScope()
    {
        // Arrange
        using var client = _portal.CreateBrowserLikeClient();

        // Act
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/case-api.json");

        // Assert
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("myndighetens-identitetstjanst");
        Assert.Equal("openIdConnect", scheme.GetProperty("type").GetString());
        Assert.Equal("https://idp.test/.well-known/openid-configuration", scheme.GetProperty("openIdConnectUrl").GetString());
        var security = document.GetProperty("paths").GetProperty("/api/v1/meetings/{id}/answers").GetProperty("get").GetProperty("security").EnumerateArray().ToList();
        Assert.Equal(2, security.Count);
        Assert.Equal("meetings.read", Assert.Single(security[1].GetProperty("myndighetens-identitetstjanst").EnumerateArray()).GetString());
        var afSecurity = document.GetProperty("paths").GetProperty("/api/v1/af/meetings/{id}/answers").GetProperty("get").GetProperty("security").EnumerateArray().ToList();
        Assert.Equal(2, afSecurity.Count);
        Assert.Equal("meetings.af.read", Assert.Single(afSecurity[0].GetProperty("oauth2").EnumerateArray()).GetString());
        Assert.Equal("meetings.af.read", Assert.Single(afSecurity[1].GetProperty("myndighetens-identitetstjanst").EnumerateArray()).GetString());
    }
}
