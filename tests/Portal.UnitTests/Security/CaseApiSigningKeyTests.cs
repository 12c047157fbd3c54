using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Portal.TestSupport;
using Portal.Web.Platform.Security;

namespace Portal.UnitTests.Security;

public sealed class CaseApiSigningKeyTests
{
    [Fact]
    public void RsaPublicKey_WhoseBase64HappensToContainEC_IsReadAsRsa()
    {
        // Arrange: a fixed RSA public key whose base64 text contains "EC" (tests/Portal.UnitTests/Security/Fixtures)
        var pem = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Portal.UnitTests", "Security", "Fixtures", "rsa-public-key-containing-EC.pem"));
        Assert.Contains("EC", pem.Replace("PUBLIC KEY", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var options = new CaseApiJwtOptions { SigningKeys = [new() { Pem = pem, KeyId = "rsa" }] };

        // Act
        var key = Assert.Single(options.Keys());

        // Assert
        Assert.IsType<RsaSecurityKey>(key);
        Assert.Equal("rsa", key.KeyId);
    }

    [Fact]
    public void EcPublicKey_IsReadAsEc()
    {
        // Arrange
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new CaseApiJwtOptions { SigningKeys = [new() { Pem = ec.ExportSubjectPublicKeyInfoPem() }] };

        // Act
        var key = Assert.Single(options.Keys());

        // Assert
        Assert.IsType<ECDsaSecurityKey>(key);
    }

    [Fact]
    public void GarbagePem_IsRefusedWithAClearMessage()
    {
        // Arrange
        var options = new CaseApiJwtOptions { SigningKeys = [new() { Pem = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----" }] };

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => options.Keys().ToList());

        // Assert
        Assert.Contains("RSA or EC", error.Message, StringComparison.Ordinal);
    }
}
