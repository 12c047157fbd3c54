using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Privacy;

/// <summary>
/// Keeps the Data Protection key ring in the portal's database, so encrypted answers and cookies written by one
/// instance can be read by another, and survive restarts. Microsoft's EF Core key store
/// (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore) is now served, but its table has another shape (an integer
/// identity key, no creation time), so moving to it means copying every existing key row in a data migration; it would
/// bring no behaviour these lines lack, so the switch waits until that migration can be tested with real key rings.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.CreatedUtc).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow
        {
            Id = Guid.NewGuid(),
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        db.SaveChanges();
    }
}
