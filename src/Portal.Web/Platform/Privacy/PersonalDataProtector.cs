using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Privacy;

/// <summary>
/// Encrypts personal data at rest (answers, personnummer, names) with ASP.NET Core Data Protection, and makes keyed
/// hashes (HMAC-SHA256) for looking a personnummer up without storing it in clear text. The hash key is random,
/// created once, and stored encrypted in the database so every instance uses the same one.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider, IServiceScopeFactory scopes, TimeProvider time)
{
    private const string HashKeyName = "personnummer-lookup-key";

    private readonly IDataProtector _protector = provider.CreateProtector("Portal.PersonalData.v1");
    private readonly Lock _hashKeyGate = new();
    private byte[]? _hashKey;

    public string Protect(string plainText) => _protector.Protect(plainText);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);

    public string LookupHash(Personnummer personnummer) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(HashKey(), Encoding.UTF8.GetBytes(personnummer.Digits)));

    /// <summary>
    /// Loads (or on a new installation creates) the lookup-hash key. Called at start-up, before the first request:
    /// loaded on demand instead, the first burst of identifications after a start waited for it on blocked threads
    /// while other requests held every pooled PostgreSQL connection, and the key's own query then timed out (the
    /// load suite's 200 people found that). A failed load is not remembered: the next call tries again.
    /// </summary>
    public void LoadHashKey() => HashKey();

    private byte[] HashKey()
    {
        if (Volatile.Read(ref _hashKey) is { } key)
        {
            return key;
        }

        lock (_hashKeyGate)
        {
            if (_hashKey is null)
            {
                Volatile.Write(ref _hashKey, LoadOrCreateHashKey(provider, scopes, time));
            }

            return _hashKey!;
        }
    }

    private static byte[] LoadOrCreateHashKey(IDataProtectionProvider provider, IServiceScopeFactory scopes, TimeProvider time)
    {
        var protector = provider.CreateProtector("Portal.AppSecrets.v1");
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var existing = db.AppSecrets.AsNoTracking().SingleOrDefault(s => s.Name == HashKeyName);
        if (existing is not null)
        {
            return Convert.FromBase64String(Reprotected(db, existing, (IPersistedDataProtector)protector));
        }

        db.AppSecrets.Add(new AppSecret
        {
            Name = HashKeyName,
            ProtectedValue = protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another instance created it first: use theirs.
        }

        using var reload = scopes.CreateScope();
        var stored = reload.ServiceProvider.GetRequiredService<PortalDbContext>().AppSecrets.AsNoTracking().Single(s => s.Name == HashKeyName);
        return Convert.FromBase64String(protector.Unprotect(stored.ProtectedValue));
    }

    /// <summary>
    /// The key in clear text. When it was encrypted with a key that is no longer the ring's default (an unprotected
    /// key from before the ring was protected, or a rotated-out key), it is encrypted again with the default key, so a
    /// later copy of the database cannot read it with the old key.
    /// </summary>
    private static string Reprotected(PortalDbContext db, AppSecret secret, IPersistedDataProtector protector)
    {
        var plain = protector.DangerousUnprotect(WebEncoders.Base64UrlDecode(secret.ProtectedValue), ignoreRevocationErrors: false, out var requiresMigration, out _);
        var text = Encoding.UTF8.GetString(plain);
        if (requiresMigration)
        {
            db.AppSecrets.Attach(secret);
            secret.ProtectedValue = ((IDataProtector)protector).Protect(text);
            db.SaveChanges();
        }

        return text;
    }
}
