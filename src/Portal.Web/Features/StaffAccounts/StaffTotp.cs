using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) checked against the injected clock. Only the
/// current step and one step either side are accepted, and a step is used once: the last step that signed in is
/// stored per account, and a code is taken with a conditional update that succeeds only for a later step.
/// </summary>
public sealed class StaffTotp(PortalDbContext db, UserManager<StaffUser> users, TimeProvider time)
{
    public const int StepSeconds = 30;

    /// <summary>True when the code is right for a step not used before; the step is then used up.</summary>
    public async Task<bool> TryUseAsync(StaffUser user, string code, CancellationToken cancellationToken = default)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || MatchingStep(key, code, time.GetUtcNow()) is not { } step)
        {
            return false;
        }

        var taken = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step), cancellationToken);
        return taken == 1;
    }

    /// <summary>The step (now, one before or one after) whose code is <paramref name="code"/>, or null.</summary>
    public static long? MatchingStep(string base32Key, string code, DateTimeOffset now)
    {
        var key = FromBase32(base32Key);
        var current = now.ToUnixTimeSeconds() / StepSeconds;
        long? match = null;
        // All three are computed and compared in fixed time, so the time taken does not tell which step matched.
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(key, step)), Encoding.ASCII.GetBytes(code)))
            {
                match = step;
            }
        }

        return match;
    }

    public static string Code(byte[] key, long step)
    {
        var message = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        // RFC 6238 authenticator apps use HMAC-SHA1; the algorithm is fixed by the apps, not chosen here.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] FromBase32(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in input.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The authenticator key is not base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
