using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Content as files: writes the published content in the content/ format, and reads such a folder back in as new
/// versions (drafts, or published). Importing an export reproduces the published content of the database.
/// </summary>
public sealed class ContentFiles(PortalDbContext db, ContentImporter importer, ContentTypeRegistry types)
{
    public const string Actor = "system:content-command";

    /// <summary>Writes every published version below <paramref name="directory"/>; returns how many files it wrote.</summary>
    public async Task<int> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var rows = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsPublished)
            .Select(v => new { Version = v, v.Item!.ContentType, v.Item.TranslationKey, v.Item.Language })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var content = new StoredContent(row.Version.ContentItemId, row.Version.Id, row.ContentType, row.TranslationKey, Languages.Get(row.Language), row.Version.Metadata, row.Version.Body);
            var (path, text) = types.Get(row.ContentType).Write(content);
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text, new UTF8Encoding(false), cancellationToken);
        }

        return rows.Count;
    }

    /// <summary>
    /// Reads a folder in the content/ format (all files must be valid, or nothing is written) and stores every file
    /// that differs from the item's latest version as a new version: a draft, or published when <paramref name="publish"/>.
    /// </summary>
    public async Task<ImportReport> ImportAsync(string directory, bool publish, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var files = importer.Read(directory);
        var items = await db.ContentItems.AsNoTracking().Include(i => i.Versions).ToListAsync(cancellationToken);
        var report = new ImportReport();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var file in files)
        {
            var item = items.FirstOrDefault(i => i.ContentType == file.ContentType && i.TranslationKey == file.Key && i.Language == file.Language.Code);
            var latest = item?.Versions.Single(v => v.IsLatest);
            if (item is not null && latest is not null && Same(latest, file))
            {
                if (publish && !latest.IsPublished)
                {
                    await db.ContentVersions.Where(v => v.ContentItemId == item.Id && v.IsPublished)
                        .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsPublished, false), cancellationToken);
                    // Tracked, so the save that writes it also writes a new content generation.
                    var toPublish = await db.ContentVersions.SingleAsync(v => v.Id == latest.Id, cancellationToken);
                    toPublish.IsPublished = true;
                    toPublish.PublishedUtc = context.NowUtc;
                    toPublish.PublishedBy = context.Actor;
                    db.AuditEvents.Add(context.Event(AuditEventType.ContentPublished, ContentItem.SubjectType, item.Id.ToString(), new { latest.VersionNumber, Source = "content import" }));
                    report.Updated++;
                }
                else
                {
                    report.Unchanged++;
                }

                continue;
            }

            Guid itemId;
            if (item is null)
            {
                itemId = Guid.NewGuid();
                db.ContentItems.Add(new ContentItem
                {
                    Id = itemId,
                    ContentType = file.ContentType,
                    TranslationKey = file.Key,
                    Language = file.Language.Code,
                    CreatedUtc = context.NowUtc,
                });
                report.Created++;
            }
            else
            {
                itemId = item.Id;
                await ClearAsync(itemId, publish, cancellationToken);
                report.Updated++;
            }

            var version = ContentVersion.FromFile(file, itemId, (latest?.VersionNumber ?? 0) + 1, publish, "Inläst från filer", context);
            db.ContentVersions.Add(version);
            db.AuditEvents.Add(context.Event(publish ? AuditEventType.ContentImportedPublished : AuditEventType.ContentImportedDraft, ContentItem.SubjectType, itemId.ToString(), new
            {
                file.ContentType,
                file.Key,
                Language = file.Language.Code,
                version.VersionNumber,
                version.Slug,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    private static bool Same(ContentVersion version, ContentFile file) => version.Body == file.Body && version.Metadata.SameAs(file.Metadata);

    private async Task ClearAsync(Guid itemId, bool publishedToo, CancellationToken cancellationToken)
    {
        await db.ContentVersions.Where(v => v.ContentItemId == itemId && v.IsLatest).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsLatest, false), cancellationToken);
        if (publishedToo)
        {
            await db.ContentVersions.Where(v => v.ContentItemId == itemId && v.IsPublished).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsPublished, false), cancellationToken);
        }
    }
}

/// <summary>
/// <c>dotnet run --project src/Portal.Web -- content export &lt;dir&gt;</c> and <c>content import &lt;dir&gt; [--publish]</c>.
/// Runs against the configured database and exits without starting the web server.
/// </summary>
public static class ContentCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "content";

    /// <summary>The arguments the host's configuration may see: only key=value settings, not the command's own words.</summary>
    public static string[] HostArguments(string[] args) => Matches(args) ? args.Where(a => a.Contains('=', StringComparison.Ordinal)).ToArray() : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var words = args.Skip(1).Where(a => !a.Contains('=', StringComparison.Ordinal)).ToList();
        var publish = words.Remove("--publish");
        if (words.Count != 2 || words[0] is not ("export" or "import") || (publish && words[0] == "export"))
        {
            await output.WriteLineAsync("Användning: content export <mapp> | content import <mapp> [--publish]");
            return 2;
        }

        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<PortalDbContext>().MigratePortalAsync();
        var files = provider.GetRequiredService<ContentFiles>();
        var directory = Path.GetFullPath(words[1]);
        if (words[0] == "export")
        {
            var count = await files.ExportAsync(directory);
            await output.WriteLineAsync($"Skrev {count} filer till {directory}.");
            return 0;
        }

        try
        {
            var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var report = await files.ImportAsync(directory, publish, new ProcessContext(ContentFiles.Actor, now, $"content import {directory}"));
            await output.WriteLineAsync($"Läste in {directory}: {report.Created} nya, {report.Updated} ändrade, {report.Unchanged} oförändrade" + (publish ? " (publicerade)." : " (som utkast)."));
            return 0;
        }
        catch (ContentImportException ex)
        {
            await output.WriteLineAsync("Inget lästes in, eftersom filerna har fel:");
            foreach (var problem in ex.Problems)
            {
                await output.WriteLineAsync("  " + problem);
            }

            return 1;
        }
    }
}
