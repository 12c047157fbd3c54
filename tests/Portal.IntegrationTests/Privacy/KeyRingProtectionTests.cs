using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.Staff;
using Portal.TestSupport;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Privacy;

/// <summary>
/// Issue 14, item 1: the Data Protection key ring is wrapped by a key kept outside the database. Someone holding
/// only a copy of the database decrypts nothing and forges no cookie.
/// </summary>
public sealed class KeyRingProtectionTests
{
    private const string CookiePurpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";

    [Fact]
    public async Task CopyOfTheDatabaseAlone_DecryptsNothingPersonal_AndForgesNoCookie()
    {
        // Arrange: staff with TOTP keys, a meeting with answers, the lookup-hash key; then a copy of the key ring
        using var app = new PortalAppFactory();
        await app.SeedStaffAsync();
        var meetingId = await app.CreateMeetingForAsync("test-handlaggare");
        var citizen = await app.CreateMeetingAsync();
        var attacker = ProviderOver(await CopiedRingAsync(app.Database));
        await using var db = app.Database.CreateContext();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        var answers = await db.QuestionnaireResponses.Where(r => r.MeetingId == meetingId).Select(r => r.AnswersProtected).SingleAsync();
        var hashKey = await db.AppSecrets.Select(s => s.ProtectedValue).SingleAsync();
        var admin = await db.Users.SingleAsync(u => u.UserName == StaffTestData.Admin.UserName);
        var totpKey = await db.UserTokens.Where(t => t.UserId == admin.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync();
        var invitation = await db.Invitations.SingleAsync(i => i.Id == citizen.InvitationId);

        // Act
        var personal = attacker.CreateProtector("Portal.PersonalData.v1");
        var attempts = new Dictionary<string, Action>
        {
            ["personnummer"] = () => personal.Unprotect(meeting.PersonnummerProtected),
            ["name"] = () => personal.Unprotect(meeting.PersonNameProtected),
            ["answers"] = () => personal.Unprotect(answers),
            ["lookup-hash key"] = () => attacker.CreateProtector("Portal.AppSecrets.v1").Unprotect(hashKey),
            ["TOTP key"] = () => attacker.CreateProtector("Portal.StaffTokens.v1").Unprotect(totpKey!),
        };
        var decrypted = attempts.Where(a => Record.Exception(a.Value) is not CryptographicException).Select(a => a.Key).ToList();
        using var forgedStaff = await GetWithCookieAsync(app, "/admin/konton", "portal.staff", StaffCookie(attacker, admin));
        using var forgedCitizen = await GetWithCookieAsync(app, citizen.Form(), "portal.citizen", CitizenCookie(attacker, invitation));

        // Assert: nothing decrypted, the TOTP key is not stored as it is, and both forged cookies are refused while the
        // same cookies made with the app's own keys are accepted (the forging itself is right)
        Assert.Empty(decrypted);
        Assert.NotEqual(StaffTestData.Admin.AuthenticatorKey, totpKey);
        Assert.DoesNotContain(StaffTestData.Admin.AuthenticatorKey!, totpKey!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, forgedStaff.StatusCode);
        Assert.Contains("/personal/logga-in", forgedStaff.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, forgedCitizen.StatusCode);
        var real = app.Services.GetRequiredService<IDataProtectionProvider>();
        using var realStaff = await GetWithCookieAsync(app, "/admin/konton", "portal.staff", StaffCookie(real, admin));
        using var realCitizen = await GetWithCookieAsync(app, citizen.Form(), "portal.citizen", CitizenCookie(real, invitation));
        Assert.Equal(HttpStatusCode.OK, realStaff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, realCitizen.StatusCode);
    }

    [Fact]
    public async Task RingWrittenUnprotected_StillDecrypts_AndNewKeysAreWrapped()
    {
        // Arrange: an installation from before protection (its ring in plain form), with an encrypted answer
        using var before = new PortalAppFactory { KeyFile = null };
        using var legacy = before.WithWebHostBuilder(b => b.UseSetting("DataProtection:AllowUnprotectedKeyRing", "true"));
        var oldSecret = legacy.Services.GetRequiredService<PersonalDataProtector>().Protect("Skrivet före skyddet.");
        var legacyHash = legacy.Services.GetRequiredService<PersonalDataProtector>().LookupHash(Personnummer.Parse("19121212-1212", new DateOnly(2026, 11, 23), out _)!);

        // Act: the same database started with a key file
        using var after = new PortalAppFactory(before);
        var protector = after.Services.GetRequiredService<PersonalDataProtector>();
        var read = protector.Unprotect(oldSecret);
        var newSecret = protector.Protect("Skrivet efter skyddet.");
        var hash = protector.LookupHash(Personnummer.Parse("19121212-1212", new DateOnly(2026, 11, 23), out _)!);
        var ring = await CopiedRingAsync(after.Database);
        var attacker = ProviderOver(ring);
        await using var db = after.Database.CreateContext();
        var hashKey = await db.AppSecrets.Select(s => s.ProtectedValue).SingleAsync();

        // Assert: the old data still reads and the lookup hashes still match; new data (and the re-encrypted
        // lookup-hash key) only with the key file
        Assert.Equal("Skrivet före skyddet.", read);
        Assert.Equal(legacyHash, hash);
        Assert.Contains(ring, e => e.Descendants().Any(d => d.Name.LocalName == "encryptedSecret"));
        Assert.IsType<CryptographicException>(Record.Exception(() => attacker.CreateProtector("Portal.PersonalData.v1").Unprotect(newSecret)), exactMatch: false);
        Assert.IsType<CryptographicException>(Record.Exception(() => attacker.CreateProtector("Portal.AppSecrets.v1").Unprotect(hashKey)), exactMatch: false);
    }

    [Fact]
    public void Production_WithoutKeyFile_RefusesToStart_NamingTheSettings()
    {
        // Arrange
        using var app = new PortalAppFactory { KeyFile = null };

        // Act
        var error = Record.Exception(() => app.Services);

        // Assert
        Assert.NotNull(error);
        Assert.Contains("DataProtection:KeyFile", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("DataProtection:AllowUnprotectedKeyRing", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Development_CreatesAndKeepsALocalKeyFile_ReadableByTheUserOnly()
    {
        // Arrange
        var root = TestPaths.NewTempDirectory("dev-keys");
        var environment = new DevelopmentEnvironment(root);
        var configuration = new ConfigurationBuilder().Build();

        // Act: two starts
        new ServiceCollection().AddPortalDataProtection(configuration, environment);
        var file = KeyRingProtection.DevelopmentKeyFile(environment);
        var first = File.ReadAllText(file);
        new ServiceCollection().AddPortalDataProtection(configuration, environment);

        // Assert
        Assert.Equal(first, File.ReadAllText(file));
        Assert.Contains("PRIVATE KEY", first, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        }
    }

    [Fact]
    public async Task SqliteDataFolderAndFile_AreReadableByTheUserOnly()
    {
        // Arrange: a data folder that does not exist yet
        var folder = Path.Combine(TestPaths.NewTempDirectory("modes"), "data");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder }).Build();
        var services = new ServiceCollection().AddPortalDatabase(configuration, new DevelopmentEnvironment(folder)).BuildServiceProvider();

        // Act
        await using (var db = services.GetRequiredService<PortalDbContext>())
        {
            await db.Database.MigrateAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Assert
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "portal.db")));
        }
    }

    /// <summary>The key ring as a copy of the database holds it.</summary>
    private static async Task<IReadOnlyList<XElement>> CopiedRingAsync(Data.TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync()).Select(x => XElement.Parse(x)).ToList();
    }

    /// <summary>Data Protection as the app configures it (same application name), over a copied ring and without the key file.</summary>
    private static IDataProtectionProvider ProviderOver(IReadOnlyList<XElement> ring)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("Omstallningsportalen");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new CopiedRing(ring));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    private static string StaffCookie(IDataProtectionProvider provider, StaffUser admin)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, admin.Id),
                new Claim(ClaimTypes.Name, admin.DisplayName ?? admin.UserName!),
                new Claim(StaffClaimsFactory.UserNameClaimType, admin.UserName!),
                new Claim(ClaimTypes.Role, StaffRoles.Administrator),
                new Claim("AspNet.Identity.SecurityStamp", admin.SecurityStamp!),
            ],
            IdentityConstants.ApplicationScheme);
        // A session as the sign-in makes it: with the time of the sign-in, which the session limits check
        var properties = new AuthenticationProperties();
        properties.Items[StaffSessions.SignedInItem] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), properties, IdentityConstants.ApplicationScheme);
        return new TicketDataFormat(provider.CreateProtector(CookiePurpose, IdentityConstants.ApplicationScheme, "v2")).Protect(ticket);
    }

    private static string CitizenCookie(IDataProtectionProvider provider, Web.Features.Meetings.Invitation invitation)
    {
        var ticket = new AuthenticationTicket(CitizenAccess.Principal(invitation), CitizenAccess.Scheme);
        return new TicketDataFormat(provider.CreateProtector(CookiePurpose, CitizenAccess.Scheme, "v2")).Protect(ticket);
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(PortalAppFactory app, string path, string cookie, string value)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{cookie}={value}");
        return await client.SendAsync(request);
    }

    /// <summary>Reads the copied elements; keeps what it writes in memory (the copy is not the live database).</summary>
    private sealed class CopiedRing(IReadOnlyList<XElement> copied) : IXmlRepository
    {
        private readonly List<XElement> _elements = [.. copied];

        public IReadOnlyCollection<XElement> GetAllElements() => [.. _elements];

        public void StoreElement(XElement element, string friendlyName) => _elements.Add(element);
    }

    private sealed class DevelopmentEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "Portal.Web";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
