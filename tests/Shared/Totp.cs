using System.Security.Cryptography;

namespace Portal.TestSupport;

/// <summary>RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits, 30-second steps), computed independently of Identity.</summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var key = FromBase32(base32Key);
        var counter = at.ToUnixTimeSeconds() / StepSeconds;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        // RFC 6238 authenticator apps use HMAC-SHA1; this is the algorithm under test, not a choice.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    private static byte[] FromBase32(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = input.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}
