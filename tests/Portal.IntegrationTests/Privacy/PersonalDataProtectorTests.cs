using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;

namespace Portal.IntegrationTests.Privacy;

public sealed class PersonalDataProtectorTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public async Task LookupHashKey_IsLoadedAtStartUp_BeforeAnyRequestNeedsIt()
    {
        // Arrange: a new installation, started and asked nothing (loaded on first use instead, the key's own query
        // waited behind a burst of identifications for a pooled connection: tests/load/run.sh found that)
        using var app = new PortalAppFactory();

        // Act
        using var scope = app.Services.CreateScope();
        var secrets = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AppSecrets.Select(s => s.Name).ToListAsync();

        // Assert
        Assert.Equal(["personnummer-lookup-key"], secrets);
    }

    [Fact]
    public async Task ProtectOnOneInstance_UnprotectsOnAnother_WithTheSameLookupHash()
    {
        // Arrange: two app instances over one database
        using var first = new PortalAppFactory();
        using var second = new PortalAppFactory(first);
        var personnummer = Personnummer.Parse("19121212-1212", Today, out _)!;
        var protectorA = first.Services.GetRequiredService<PersonalDataProtector>();

        // Act
        var secret = protectorA.Protect("Jag behöver tolk på arabiska.");
        var hashA = protectorA.LookupHash(personnummer);
        var protectorB = second.Services.GetRequiredService<PersonalDataProtector>();
        var plain = protectorB.Unprotect(secret);
        var hashB = protectorB.LookupHash(personnummer);

        // Assert
        Assert.Equal("Jag behöver tolk på arabiska.", plain);
        Assert.DoesNotContain("tolk", secret, StringComparison.Ordinal);
        Assert.Equal(hashA, hashB);
        Assert.Equal(64, hashA.Length);
        Assert.DoesNotContain("191212121212", hashA, StringComparison.Ordinal);
        using var scope = first.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        var stored = await db.AppSecrets.SingleAsync();
        Assert.DoesNotContain(Convert.ToBase64String(Convert.FromHexString(hashA)), stored.ProtectedValue, StringComparison.Ordinal);
    }

    [Fact]
    public void LookupHash_DiffersBetweenPeople()
    {
        // Arrange
        using var app = new PortalAppFactory();
        var protector = app.Services.GetRequiredService<PersonalDataProtector>();

        // Act
        var a = protector.LookupHash(Personnummer.Parse("19121212-1212", Today, out _)!);
        var b = protector.LookupHash(Personnummer.Parse("19800101-0001", Today, out _)!);

        // Assert
        Assert.NotEqual(a, b);
    }
}
