using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.IntegrationTests.Data;
using Portal.TestSupport;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;

namespace Portal.IntegrationTests.Content;

public sealed class ContentImporterTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _contentRoot = TestPaths.NewTempDirectory("content");

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private void WritePage(string key, string slug, string title, string body, string language = "sv")
    {
        var folder = Path.Combine(_contentRoot, "guidance", language);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, slug + ".md"), $"""
            ---
            key: {key}
            slug: {slug}
            title: {title}
            summary: Sammanfattning av {title}.
            language: {language}
            section: sgi
            order: 10
            lastReviewed: 2026-11-22
            owner: Redaktionen
            related: []
            ---
            {body}
            """);
    }

    private async Task<ImportReport> ImportAsync(string actor = ContentImporter.ImportActor)
    {
        await using var db = await _database.CreateMigratedContextAsync();
        var importer = new ContentImporter(db, ContentTestTypes.Registry, NullLogger<ContentImporter>.Instance);
        return await importer.ImportTypeAsync(_contentRoot, GuidanceContent.TypeName, new ProcessContext(actor, Now));
    }

    private async Task<ImportReport> ImportAllAsync()
    {
        await using var db = await _database.CreateMigratedContextAsync();
        var importer = new ContentImporter(db, ContentTestTypes.Registry, NullLogger<ContentImporter>.Instance);
        return await importer.ImportAllAsync(_contentRoot, new ProcessContext(ContentImporter.ImportActor, Now));
    }

    [Fact]
    public async Task ImportAll_AtAStartWithNothingChanged_CountsEveryFileUnchangedAndWritesNothing()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Text om SGI.");
        WritePage("af", "skriv-in-dig", "Skriv in dig", "Text om AF.");
        WritePage("sgi", "protect-your-sgi", "Protect your SGI", "About the SGI.", language: "en");
        await ImportAllAsync();

        // Act
        var again = await ImportAllAsync();

        // Assert
        Assert.Equal((0, 0, 3, 0), (again.Created, again.Updated, again.Unchanged, again.KeptEditorVersion));
        await using var db = _database.CreateContext();
        Assert.Equal(3, await db.ContentVersions.CountAsync());
        Assert.Equal(3, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task ImportAll_OneChangedFileAmongUnchanged_IsImported()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Text om SGI.");
        WritePage("af", "skriv-in-dig", "Skriv in dig", "Text om AF.");
        await ImportAllAsync();
        WritePage("af", "skriv-in-dig", "Skriv in dig", "Ny text om AF.");

        // Act
        var report = await ImportAllAsync();

        // Assert
        Assert.Equal((0, 1, 1), (report.Created, report.Updated, report.Unchanged));
        await using var db = _database.CreateContext();
        Assert.Equal("Ny text om AF.\n", await db.ContentVersions.Where(v => v.IsPublished && v.Item!.TranslationKey == "af").Select(v => v.Body).SingleAsync());
    }

    [Fact]
    public async Task ImportAll_AnInvalidNewFileBesideUnchangedOnes_IsStillRejected()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Text om SGI.");
        await ImportAllAsync();
        File.WriteAllText(Path.Combine(_contentRoot, "guidance", "sv", "trasig.md"), "ingen front matter");

        // Act
        var error = await Assert.ThrowsAsync<ContentImportException>(ImportAllAsync);

        // Assert
        Assert.Contains("trasig.md", string.Join(" ", error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NewFiles_CreatesPublishedFirstVersionsAndAuditEvents()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Text om SGI.");
        WritePage("af", "skriv-in-dig", "Skriv in dig", "Text om AF.");

        // Act
        var report = await ImportAsync();

        // Assert
        Assert.Equal(2, report.Created);
        await using var db = _database.CreateContext();
        var versions = await db.ContentVersions.ToListAsync();
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.True(v.IsPublished && v.IsLatest && v.VersionNumber == 1));
        var audits = await db.AuditEvents.ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal((AuditEventType.ContentImported.Name, ContentImporter.ImportActor, Now), (a.EventType, a.Actor, a.OccurredUtc)));
    }

    [Fact]
    public async Task Import_Twice_ChangesNothingTheSecondTime()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Text om SGI.");
        await ImportAsync();

        // Act
        var second = await ImportAsync();

        // Assert
        Assert.Equal((0, 0, 1), (second.Created, second.Updated, second.Unchanged));
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.ContentVersions.CountAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task Import_ChangedFile_AddsNewPublishedVersionAndKeepsTheOld()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Första texten.");
        await ImportAsync();
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Andra texten.");

        // Act
        var report = await ImportAsync();

        // Assert
        Assert.Equal(1, report.Updated);
        await using var db = _database.CreateContext();
        var versions = await db.ContentVersions.OrderBy(v => v.VersionNumber).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.VersionNumber));
        Assert.Equal("Första texten.\n", versions[0].Body);
        Assert.False(versions[0].IsPublished || versions[0].IsLatest);
        Assert.True(versions[1].IsPublished && versions[1].IsLatest);
        Assert.Equal(1, versions.Count(v => v.IsPublished));
    }

    [Fact]
    public async Task Import_PageAnEditorHasChanged_KeepsTheEditorsVersion()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Första texten.");
        await ImportAsync();
        await using (var db = _database.CreateContext())
        {
            var current = await db.ContentVersions.SingleAsync();
            current.IsLatest = false;
            db.ContentVersions.Add(new ContentVersion
            {
                Id = Guid.NewGuid(),
                ContentItemId = current.ContentItemId,
                VersionNumber = 2,
                IsLatest = true,
                Slug = current.Slug,
                Title = current.Title,
                Body = "Redaktörens utkast.",
                CreatedBy = "redaktor@example.org",
                CreatedUtc = Now,
            });
            await db.SaveChangesAsync();
        }

        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Ny text i filen.");

        // Act
        var report = await ImportAsync();

        // Assert
        Assert.Equal(1, report.KeptEditorVersion);
        await using var check = _database.CreateContext();
        Assert.Equal(2, await check.ContentVersions.CountAsync());
        Assert.DoesNotContain(await check.ContentVersions.ToListAsync(), v => v.Body.Contains("Ny text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_TwoPublishedVersionsOfOneItem_IsRefusedByTheDatabase()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Text.");
        await ImportAsync();
        await using var db = _database.CreateContext();
        var current = await db.ContentVersions.SingleAsync();
        db.ContentVersions.Add(new ContentVersion
        {
            Id = Guid.NewGuid(),
            ContentItemId = current.ContentItemId,
            VersionNumber = 2,
            IsPublished = true,
            Slug = current.Slug,
            Title = current.Title,
            Body = "Text.",
            CreatedBy = "test",
            CreatedUtc = Now,
        });

        // Act & Assert
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [InlineData("sgi", "skydda-din-sgi", "Adressen 'skydda-din-sgi' används av flera sidor")]
    [InlineData("annan", "annan-sida", "Nyckeln 'sgi' används av flera sidor")]
    public async Task Import_DuplicateSlugOrKey_IsRejectedWithClearMessage(string secondKey, string secondSlug, string expected)
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "Text.");
        var folder = Path.Combine(_contentRoot, "guidance", "sv", "extra");
        Directory.CreateDirectory(folder);
        var second = File.ReadAllText(Path.Combine(_contentRoot, "guidance", "sv", "skydda-din-sgi.md"));
        second = secondKey == "sgi"
            ? second.Replace("key: sgi", "key: annan", StringComparison.Ordinal)
            : second.Replace("slug: skydda-din-sgi", $"slug: {secondSlug}", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "kopia.md"), second);

        // Act
        var error = await Assert.ThrowsAsync<ContentImportException>(() => ImportAsync());

        // Assert
        Assert.Contains(error.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ForbiddenLinkInBody_IsRejectedWithFileName()
    {
        // Arrange
        WritePage("sgi", "skydda-din-sgi", "Skydda din SGI", "[Klicka](javascript:alert(1))");

        // Act
        var error = await Assert.ThrowsAsync<ContentImportException>(() => ImportAsync());

        // Assert
        Assert.Contains(error.Problems, p => p.StartsWith("guidance/sv/skydda-din-sgi.md: Länken 'javascript:alert(1)'", StringComparison.Ordinal));
    }
}
