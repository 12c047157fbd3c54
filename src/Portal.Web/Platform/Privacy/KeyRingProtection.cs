using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Platform.Security;

namespace Portal.Web.Platform.Privacy;

/// <summary>How the Data Protection key ring is protected at rest (section DataProtection).</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// A PEM file with the RSA private key (at least 2048 bits) that wraps every key of the ring. Kept outside the
    /// database: a copy of the database without this file decrypts nothing.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>Earlier key files, after a rotation: they still unwrap the keys they wrapped, and wrap nothing new.</summary>
    public List<string> PreviousKeyFiles { get; set; } = [];

    /// <summary>
    /// Outside Development the app refuses to start without <see cref="KeyFile"/> (or a registered
    /// <see cref="IKeyRingKeyWrapper"/>). true starts it anyway, with the ring in the database in plain form.
    /// </summary>
    public bool AllowUnprotectedKeyRing { get; set; }
}

/// <summary>
/// Wraps and unwraps the 32-byte data key that encrypts one element of the key ring (envelope encryption). The
/// built-in <see cref="PemKeyWrapper"/> does it with an RSA key from a file; an agency's KMS or HSM plugs in here
/// (its own implementation, registered as a singleton before <see cref="KeyRingProtection.AddPortalDataProtection"/>),
/// so the key that protects the ring never leaves the KMS or HSM.
/// </summary>
public interface IKeyRingKeyWrapper
{
    /// <summary>Names the wrapping key in each wrapped element, so that a rotated-out key can still unwrap its own.</summary>
    string CurrentKeyId { get; }

    byte[] Wrap(byte[] dataKey);

    /// <summary>Unwraps with the key named; throws <see cref="CryptographicException"/> when that key is not available.</summary>
    byte[] Unwrap(string keyId, byte[] wrappedKey);
}

/// <summary>RSA-OAEP-SHA256 with the current key file; previous key files unwrap only.</summary>
public sealed class PemKeyWrapper : IKeyRingKeyWrapper, IDisposable
{
    private readonly RSA _current;
    private readonly Dictionary<string, RSA> _byId = new(StringComparer.Ordinal);

    public PemKeyWrapper(string currentKeyFile, IEnumerable<string> previousKeyFiles)
    {
        _current = Load(currentKeyFile);
        CurrentKeyId = KeyId(_current);
        _byId[CurrentKeyId] = _current;
        foreach (var file in previousKeyFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var previous = Load(file);
            _byId.TryAdd(KeyId(previous), previous);
        }
    }

    public string CurrentKeyId { get; }

    public byte[] Wrap(byte[] dataKey) => _current.Encrypt(dataKey, RSAEncryptionPadding.OaepSHA256);

    public byte[] Unwrap(string keyId, byte[] wrappedKey) => _byId.TryGetValue(keyId, out var rsa)
        ? rsa.Decrypt(wrappedKey, RSAEncryptionPadding.OaepSHA256)
        : throw new CryptographicException(
            $"The key ring element is wrapped with key {keyId}, which is neither {KeyRingOptions.Section}:KeyFile nor one of {KeyRingOptions.Section}:PreviousKeyFiles.");

    /// <summary>The first 16 bytes of the SHA-256 of the public key, in hex: names a key without revealing it.</summary>
    public static string KeyId(RSA rsa) => Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()).AsSpan(0, 16));

    private static RSA Load(string file)
    {
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{KeyRingOptions.Section}: the key file '{file}' does not exist.");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{KeyRingOptions.Section}: '{file}' is not a PEM RSA private key.", ex);
        }

        if (rsa.KeySize < 2048)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{KeyRingOptions.Section}: the RSA key in '{file}' has {rsa.KeySize} bits; at least 2048 are needed.");
        }

        return rsa;
    }

    public void Dispose()
    {
        foreach (var rsa in _byId.Values.Distinct())
        {
            rsa.Dispose();
        }
    }
}

/// <summary>
/// Encrypts one key ring element with a fresh AES-256-GCM data key, and stores the data key wrapped by
/// <see cref="IKeyRingKeyWrapper"/> beside it.
/// </summary>
public sealed class WrappedKeyXmlEncryptor(IKeyRingKeyWrapper wrapper) : IXmlEncryptor
{
    internal static readonly XName ElementName = "wrappedKeyRingElement";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var dataKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var cipher = new byte[plain.Length];
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            using (var aes = new AesGcm(dataKey, tag.Length))
            {
                aes.Encrypt(nonce, plain, cipher, tag);
            }

            var element = new XElement(ElementName,
                new XAttribute("keyId", wrapper.CurrentKeyId),
                new XElement("wrappedKey", Convert.ToBase64String(wrapper.Wrap(dataKey))),
                new XElement("nonce", Convert.ToBase64String(nonce)),
                new XElement("tag", Convert.ToBase64String(tag)),
                new XElement("value", Convert.ToBase64String(cipher)));
            return new EncryptedXmlInfo(element, typeof(WrappedKeyXmlDecryptor));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}

/// <summary>Created by Data Protection (through its service-provider constructor) to read a wrapped element.</summary>
public sealed class WrappedKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var wrapper = services.GetService<IKeyRingKeyWrapper>() ?? throw new CryptographicException(
            $"The key ring holds protected keys, but no key to unwrap them is configured: set {KeyRingOptions.Section}:KeyFile.");
        var keyId = (string?)encryptedElement.Attribute("keyId") ?? throw new CryptographicException("A wrapped key ring element names no key.");
        var dataKey = wrapper.Unwrap(keyId, Bytes(encryptedElement, "wrappedKey"));
        try
        {
            var cipher = Bytes(encryptedElement, "value");
            var plain = new byte[cipher.Length];
            var tag = Bytes(encryptedElement, "tag");
            using (var aes = new AesGcm(dataKey, tag.Length))
            {
                aes.Decrypt(Bytes(encryptedElement, "nonce"), cipher, tag, plain);
            }

            return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static byte[] Bytes(XElement element, string name) =>
        Convert.FromBase64String((string?)element.Element(name) ?? throw new CryptographicException($"A wrapped key ring element has no {name}."));
}

public static class KeyRingProtection
{
    /// <summary>Data Protection's XML element for the encrypted part of a key.</summary>
    private static readonly XName EncryptedSecret = XName.Get("encryptedSecret", "http://schemas.asp.net/2015/03/dataProtection");

    /// <summary>The key file Development generates when none is configured: beside the data folder, never in the database.</summary>
    public static string DevelopmentKeyFile(IHostEnvironment environment) => Path.Combine(environment.ContentRootPath, "keys", "keyring-key.pem");

    /// <summary>
    /// Data Protection with the key ring in the database (<see cref="DatabaseXmlRepository"/>), every new key wrapped by
    /// <see cref="IKeyRingKeyWrapper"/>: a registered one (an agency's KMS or HSM), else the PEM key of
    /// DataProtection:KeyFile, else in Development a key file it creates. Anywhere else without a key the start stops
    /// with the settings named, unless DataProtection:AllowUnprotectedKeyRing is true. Also the staff token store that
    /// encrypts authenticator keys and recovery codes (registered before Identity's, which only adds its own if none is).
    /// </summary>
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        services.AddDataProtection().SetApplicationName("Omstallningsportalen");
        services.AddSingleton<DatabaseXmlRepository>();
        var wrapperRegistered = services.Any(d => d.ServiceType == typeof(IKeyRingKeyWrapper));
        if (!wrapperRegistered)
        {
            var keyFile = options.KeyFile;
            if (string.IsNullOrWhiteSpace(keyFile) && environment.IsDevelopment())
            {
                keyFile = DevelopmentKeyFile(environment);
                EnsureKeyFile(keyFile);
            }

            if (!string.IsNullOrWhiteSpace(keyFile))
            {
                var path = Path.GetFullPath(keyFile, environment.ContentRootPath);
                var previous = options.PreviousKeyFiles.Select(f => Path.GetFullPath(f, environment.ContentRootPath)).ToList();
                services.AddSingleton<IKeyRingKeyWrapper>(new PemKeyWrapper(path, previous));
                wrapperRegistered = true;
            }
            else if (!options.AllowUnprotectedKeyRing)
            {
                throw new InvalidOperationException(
                    $"The Data Protection key ring would be stored unprotected in the database. Set {KeyRingOptions.Section}:KeyFile to a PEM RSA " +
                    $"private key kept outside the database (or register an {nameof(IKeyRingKeyWrapper)} for a KMS or HSM), or set " +
                    $"{KeyRingOptions.Section}:AllowUnprotectedKeyRing=true to start without protection on purpose.");
            }
        }

        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((keys, provider) =>
        {
            keys.XmlRepository = provider.GetRequiredService<DatabaseXmlRepository>();
            if (provider.GetService<IKeyRingKeyWrapper>() is { } wrapper)
            {
                keys.XmlEncryptor = new WrappedKeyXmlEncryptor(wrapper);
            }
        });
        services.AddScoped<IUserStore<StaffUser>, ProtectedTokenUserStore>();
        return services;
    }

    /// <summary>Creates an RSA-3072 key file readable by the app's user only (folder 0700, file 0600), unless it exists.</summary>
    public static void EnsureKeyFile(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        using var rsa = RSA.Create(3072);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
    }

    /// <summary>
    /// Once a wrapping key is configured, a ring whose usable keys were all written unprotected (before protection
    /// was turned on) gets a new, protected key that takes over at once, so nothing new is encrypted with a key a copy
    /// of the database reveals. The old keys stay: what they encrypted still decrypts. Data Protection dates its keys
    /// by the system clock, so this does too.
    /// </summary>
    public static void EnsureProtectedDefaultKey(IServiceProvider services)
    {
        if (services.GetService<IKeyRingKeyWrapper>() is null)
        {
            return;
        }

        var now = TimeProvider.System.GetUtcNow();
        var protectedIds = services.GetRequiredService<DatabaseXmlRepository>().GetAllElements()
            .Where(e => e.Name == "key" && e.Descendants(EncryptedSecret).Any())
            .Select(e => (string?)e.Attribute("id"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keyManager = services.GetRequiredService<IKeyManager>();
        var usable = keyManager.GetAllKeys().Where(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now).ToList();
        if (usable.Count > 0 && !usable.Any(k => protectedIds.Contains(k.KeyId.ToString())))
        {
            keyManager.CreateNewKey(now, now.AddDays(90));
        }
    }
}
