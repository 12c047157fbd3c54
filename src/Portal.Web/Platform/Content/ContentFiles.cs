using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Content as files: writes the published content in the content/ format, and reads such a folder back in as new
/// versions (drafts, or published). Importing an export reproduces the published content of the database.
/// </summary>
public sealed class ContentFiles(PortalDbContext db, ContentImporter importer)
{
    public const string Actor = "system:content-command";

    private static readonly ISerializer FrontMatterYaml = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.Preserve)
        .Build();

    /// <summary>Writes every published version below <paramref name="directory"/>; returns how many files it wrote.</summary>
    public async Task<int> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var rows = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsPublished)
            .Select(v => new { Version = v, v.Item!.ContentType, v.Item.TranslationKey, v.Item.Language })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var (path, text) = row.ContentType switch
            {
                ContentTypes.Guidance => (Path.Combine("guidance", row.Language, row.Version.Slug + ".md"), GuidanceText(row.TranslationKey, row.Language, row.Version)),
                ContentTypes.SgiCheckTexts => (Path.Combine("sgi-koll", $"texts.{row.Language}.yml"), row.Version.Body),
                ContentTypes.Questionnaire => (Path.Combine("questionnaire", $"{row.TranslationKey}.{row.Language}.yml"), row.Version.Body),
                _ => throw new InvalidOperationException($"Unknown content type {row.ContentType}."),
            };
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text, new UTF8Encoding(false), cancellationToken);
        }

        return rows.Count;
    }

    /// <summary>The file text of a guidance page: front matter, a blank line, the Markdown.</summary>
    public static string GuidanceText(string key, string language, ContentVersion version)
    {
        var matter = new FrontMatter
        {
            Key = key,
            Slug = version.Slug,
            Title = version.Title,
            Summary = version.Summary,
            Language = language,
            Section = version.Section,
            Order = version.SortOrder,
            LastReviewed = version.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Owner = version.Owner,
            Related = [.. version.RelatedKeyList],
        };
        return "---\n" + FrontMatterYaml.Serialize(matter).Replace("\r\n", "\n", StringComparison.Ordinal) + "---\n\n" + version.Body;
    }

    /// <summary>
    /// Reads a folder in the content/ format (all files must be valid, or nothing is written) and stores every file
    /// that differs from the item's latest version as a new version: a draft, or published when <paramref name="publish"/>.
    /// </summary>
    public async Task<ImportReport> ImportAsync(string directory, bool publish, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var files = importer.ReadGuidance(directory).Select(ContentFile.FromGuidance).Concat(ContentImporter.ReadStructuredTexts(directory)).ToList();
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
                    await ClearAsync(item.Id, publishedToo: true, cancellationToken);
                    await db.ContentVersions.Where(v => v.Id == latest.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(v => v.IsPublished, true).SetProperty(v => v.PublishedUtc, context.NowUtc).SetProperty(v => v.PublishedBy, context.Actor),
                        cancellationToken);
                    db.AuditEvents.Add(context.Event(AuditEventType.ContentPublished, ContentEditor.SubjectType, item.Id.ToString(), new { latest.VersionNumber, Source = "content import" }));
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
            db.AuditEvents.Add(context.Event(publish ? AuditEventType.ContentImportedPublished : AuditEventType.ContentImportedDraft, ContentEditor.SubjectType, itemId.ToString(), new
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

    private static bool Same(ContentVersion version, ContentFile file) =>
        version.Body == file.Body && version.Slug == file.Slug && version.Title == file.Title && version.Summary == file.Summary
        && version.Section == file.Section && version.SortOrder == file.Order && version.LastReviewed == file.LastReviewed
        && version.Owner == file.Owner && version.RelatedKeys == string.Join(',', file.Related);

    private async Task ClearAsync(Guid itemId, bool publishedToo, CancellationToken cancellationToken)
    {
        await db.ContentVersions.Where(v => v.ContentItemId == itemId && v.IsLatest).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsLatest, false), cancellationToken);
        if (publishedToo)
        {
            await db.ContentVersions.Where(v => v.ContentItemId == itemId && v.IsPublished).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsPublished, false), cancellationToken);
        }
    }

    /// <summary>The front matter fields in the order content/ files use.</summary>
    private sealed class FrontMatter
    {
        public string Key { get; set; } = "";
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string Summary { get; set; } = "";
        public string Language { get; set; } = "";
        public string Section { get; set; } = "";
        public int Order { get; set; }
        public string LastReviewed { get; set; } = "";
        public string Owner { get; set; } = "";
        public List<string> Related { get; set; } = [];
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
