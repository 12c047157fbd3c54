namespace Portal.Web.Platform.Security;

/// <summary>
/// One signing or encryption key of the portal's OpenID Connect server, shared by every instance through the database:
/// a self-signed X.509 certificate with its private key, as PKCS#12 protected by the Data Protection key ring. The
/// certificate's validity is the key's: it signs (or encrypts) from <see cref="NotBeforeUtc"/> and is kept for
/// checking tokens until a day after <see cref="NotAfterUtc"/>.
/// </summary>
public sealed class ServerKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    public Guid Id { get; set; }

    /// <summary><see cref="Signing"/> or <see cref="Encryption"/>.</summary>
    public required string Use { get; set; }

    /// <summary>1, 2, 3 … per use; unique, so two instances that rotate at once create one key, not two.</summary>
    public int Sequence { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NotBeforeUtc { get; set; }

    public DateTime NotAfterUtc { get; set; }

    public required string ProtectedCertificate { get; set; }
}
