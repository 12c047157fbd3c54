using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Portal.IntegrationTests.Api;

/// <summary>The test's own identity provider: an RSA signing key the app trusts (set in PortalAppFactory), and tokens signed with it.</summary>
public static class TestTokens
{
    public const string Issuer = "https://idp.test.invalid";
    public const string Audience = "omstallningsportalen";

    private static readonly RSA Key = RSA.Create(2048);
    private static readonly RSA OtherKey = RSA.Create(2048);

    public static string PublicKeyPem { get; } = Key.ExportSubjectPublicKeyInfoPem();

    public static string Create(
        string userName,
        string scope = "meetings.read meetings.write",
        string issuer = Issuer,
        string audience = Audience,
        TimeSpan? lifetime = null,
        DateTime? notBefore = null,
        bool otherKey = false,
        IDictionary<string, object>? headers = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = userName };
        if (!string.IsNullOrEmpty(scope))
        {
            claims["scope"] = scope;
        }

        var issued = notBefore ?? now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued + (lifetime ?? TimeSpan.FromMinutes(30)),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(otherKey ? OtherKey : Key), SecurityAlgorithms.RsaSha256),
            AdditionalHeaderClaims = headers,
        });
    }

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
