using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Data;
using Portal.IntegrationTests.Pages.Editor;
using Portal.TestSupport;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Content;

/// <summary>content export writes the published content in the content/ format; content import of that folder reproduces it.</summary>
public sealed class ContentFilesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabase_ReproducesThePublishedContent()
    {
        // Arrange: an editor change is published first, so the export is not just content/ again
        await PublishEditAsync(factory, "sgi", "Rubrik: med kolon och \"citat\"", "Ny text med **fetstil**.\n\n:::info Bra att veta\nEn ruta.\n:::\n");
        var folder = TestPaths.NewTempDirectory("export");
        using var output = new StringWriter();
        var exported = await ContentCommand.RunAsync(factory.Services, ["content", "export", folder], output);
        using var emptyDatabase = TestDatabase.Create();
        using var copy = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in emptyDatabase.AppSettings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Content:ImportOnStartup", "false");
        });
        var empty = await Snapshot(copy.Services);

        // Act
        using var importOutput = new StringWriter();
        var imported = await ContentCommand.RunAsync(copy.Services, ["content", "import", folder, "--publish"], importOutput);
        using var againOutput = new StringWriter();
        var again = await ContentCommand.RunAsync(copy.Services, ["content", "import", folder], againOutput);

        // Assert
        Assert.Equal(0, exported);
        Assert.Equal(0, imported);
        Assert.Equal(0, again);
        Assert.Empty(empty);
        var original = await Snapshot(factory.Services);
        var reproduced = await Snapshot(copy.Services);
        Assert.NotEmpty(original);
        Assert.Equal(original, reproduced);
        Assert.Contains(original, row => row.Contains("med kolon och \"citat\"", StringComparison.Ordinal));
        Assert.Contains("0 nya, 0 ändrade", againOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutPublish_AddsDrafts_AndLeavesThePublishedPageAlone()
    {
        // Arrange
        var folder = TestPaths.NewTempDirectory("import");
        using (var output = new StringWriter())
        {
            await ContentCommand.RunAsync(factory.Services, ["content", "export", folder], output);
        }

        var file = Directory.EnumerateFiles(Path.Combine(folder, "guidance", "sv"), "kontakt.md").Single();
        await File.AppendAllTextAsync(file, "\nEn rad från filen.\n");
        var id = await EditorClient.ItemIdAsync(factory, "kontakt");
        var publishedBefore = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsPublished));

        // Act
        using var result = new StringWriter();
        var code = await ContentCommand.RunAsync(factory.Services, ["content", "import", folder], result);

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("1 ändrade", result.ToString(), StringComparison.Ordinal);
        var latest = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsLatest));
        var publishedAfter = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsPublished));
        Assert.Contains("En rad från filen.", latest.Body, StringComparison.Ordinal);
        Assert.False(latest.IsPublished);
        Assert.Equal(publishedBefore.Id, publishedAfter.Id);
        Assert.Contains(await EditorClient.WithDbAsync(factory, db => db.AuditEvents.Where(e => e.SubjectId == id.ToString()).Select(e => e.EventType).ToListAsync()), t => t == AuditEventType.ContentImportedDraft.Name);
    }

    [Fact]
    public async Task Import_OfAnInvalidFolder_WritesNothing_AndNamesTheFile()
    {
        // Arrange
        var folder = TestPaths.NewTempDirectory("invalid");
        Directory.CreateDirectory(Path.Combine(folder, "guidance", "sv"));
        await File.WriteAllTextAsync(Path.Combine(folder, "guidance", "sv", "trasig.md"), "ingen front matter");
        var before = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.CountAsync());

        // Act
        using var output = new StringWriter();
        var code = await ContentCommand.RunAsync(factory.Services, ["content", "import", folder], output);

        // Assert
        Assert.Equal(1, code);
        Assert.Contains("trasig.md", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await EditorClient.WithDbAsync(factory, db => db.ContentVersions.CountAsync()));
    }

    private static async Task PublishEditAsync(PortalAppFactory app, string key, string title, string body)
    {
        var id = await EditorClient.ItemIdAsync(app, key);
        using var scope = app.Services.CreateScope();
        var editor = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var latest = (await editor.LoadAsync(id))!.Versions.Single(v => v.IsLatest);
        var context = new ProcessContext("staff:redaktor-1", app.Clock.GetUtcNow().UtcDateTime);
        var saved = Assert.IsType<EditResult.Saved>(await editor.SaveDraftAsync(
            id, latest.VersionNumber, new EditorDraft(latest.Metadata with { Title = title }, body), "Ändrad", context));
        Assert.IsType<PublishResult.Published>(await editor.PublishAsync(id, saved.Version.VersionNumber, context));
    }

    private static async Task<List<string>> Snapshot(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        var rows = await db.ContentVersions.AsNoTracking().Where(v => v.IsPublished)
            .Select(v => new { v.Item!.ContentType, v.Item.TranslationKey, v.Item.Language, v.Slug, v.Title, v.Summary, v.Section, v.SortOrder, v.LastReviewed, v.Owner, v.RelatedKeys, v.Body })
            .ToListAsync();
        return rows.Select(r => $"{r.ContentType}|{r.TranslationKey}|{r.Language}|{r.Slug}|{r.Title}|{r.Summary}|{r.Section}|{r.SortOrder}|{r.LastReviewed}|{r.Owner}|{r.RelatedKeys}|{r.Body}")
            .Order(StringComparer.Ordinal).ToList();
    }
}
