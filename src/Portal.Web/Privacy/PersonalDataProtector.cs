using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Privacy;

/// <summary>
/// Encrypts personal data at rest (answers, personnummer, names) with ASP.NET Core Data Protection, and makes keyed
/// hashes (HMAC-SHA256) for looking a personnummer up without storing it in clear text. The hash key is random,
/// created once, and stored encrypted in the database so every instance uses the same one.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider, IServiceScopeFactory scopes, TimeProvider time)
{
    private const string HashKeyName = "personnummer-lookup-key";

    private readonly IDataProtector _protector = provider.CreateProtector("Portal.PersonalData.v1");
    private readonly Lazy<byte[]> _hashKey = new(() => LoadOrCreateHashKey(provider, scopes, time), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Protect(string plainText) => _protector.Protect(plainText);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);

    public string LookupHash(Personnummer personnummer) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey.Value, Encoding.UTF8.GetBytes(personnummer.Digits)));

    private static byte[] LoadOrCreateHashKey(IDataProtectionProvider provider, IServiceScopeFactory scopes, TimeProvider time)
    {
        var protector = provider.CreateProtector("Portal.AppSecrets.v1");
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var existing = db.AppSecrets.AsNoTracking().SingleOrDefault(s => s.Name == HashKeyName);
        if (existing is not null)
        {
            return Convert.FromBase64String(protector.Unprotect(existing.ProtectedValue));
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
}
