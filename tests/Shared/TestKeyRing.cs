using System.Security.Cryptography;

namespace Portal.TestSupport;

/// <summary>
/// The key that wraps the Data Protection key ring in the test apps (DataProtection:KeyFile): an RSA key made once per
/// test process in a temporary folder, readable by the user only. Kept apart from every test database, as in a real
/// installation.
/// </summary>
public static class TestKeyRing
{
    public const string Setting = "DataProtection:KeyFile";

    private static readonly Lazy<string> Created = new(() => NewKeyFile("keyring"));

    /// <summary>The key file every test app of this process shares.</summary>
    public static string KeyFile => Created.Value;

    /// <summary>A new, different key file.</summary>
    public static string NewKeyFile(string purpose)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(purpose), "keyring-key.pem");
        using var rsa = RSA.Create(2048);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        return path;
    }
}
