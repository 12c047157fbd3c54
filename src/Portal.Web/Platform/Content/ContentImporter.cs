using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Loads the reviewed baseline in content/ into the versioned content store. Idempotent: a file that is already
/// stored is skipped. A changed file becomes a new published version only while nobody has edited the page in the
/// editor; once an editor has saved a version, the database is the master and the file is left alone. Each registered
/// content type reads and checks its own folder.
/// </summary>
public sealed class ContentImporter(PortalDbContext db, ContentTypeRegistry types, ILogger<ContentImporter> logger)
{
    public const string ImportActor = "system:content-import";

    /// <summary>
    /// Reads and checks every file of the registered content types below <paramref name="contentRoot"/> (or of the
    /// one named <paramref name="only"/>). All must be valid: otherwise <see cref="ContentImportException"/> lists every problem.
    /// </summary>
    public IReadOnlyList<ContentFile> Read(string contentRoot, string? only = null)
    {
        var files = new List<ContentFile>();
        var problems = new List<string>();
        foreach (var type in types.All.Where(t => only is null || t.Name == only))
        {
            var folder = Path.Combine(contentRoot, type.Folder);
            if (!Directory.Exists(folder))
            {
                if (!type.Structured)
                {
                    problems.Add($"Mappen {folder} finns inte.");
                }

                continue;
            }

            var ofType = new List<ContentFile>();
            foreach (var path in Paths(contentRoot, type).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(contentRoot, path);
                try
                {
                    ofType.Add(type.Read(name, File.ReadAllText(path)));
                }
                catch (ContentFormatException ex)
                {
                    problems.Add(ex.Message);
                }
            }

            problems.AddRange(type.CheckTogether(ofType));
            files.AddRange(ofType);
        }

        if (problems.Count > 0)
        {
            throw new ContentImportException(problems);
        }

        return files;
    }

    /// <summary>The files of one content type: by its pattern, in its folder (and below, when it says so).</summary>
    private static IEnumerable<string> Paths(string contentRoot, ContentType type)
    {
        var folder = Path.Combine(contentRoot, type.Folder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, type.FilePattern, type.Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            : [];
    }

    /// <summary>Imports every registered content type; nothing is written unless every file is valid.</summary>
    public async Task<ImportReport> ImportAllAsync(string contentRoot, ProcessContext context, CancellationToken cancellationToken = default)
    {
        if (await CountIfAllUnchangedAsync(contentRoot, cancellationToken) is { } unchanged)
        {
            return new ImportReport { Unchanged = unchanged };
        }

        return await ImportAsync(Read(contentRoot), context, cancellationToken);
    }

    /// <summary>Imports the files of one content type only.</summary>
    public async Task<ImportReport> ImportTypeAsync(string contentRoot, string contentType, ProcessContext context, CancellationToken cancellationToken = default) =>
        await ImportAsync(Read(contentRoot, contentType), context, cancellationToken);

    /// <summary>
    /// The usual start: every file is already the latest version of its page. Then nothing is parsed, rendered or
    /// loaded beyond one query, and the number of files is returned; otherwise null and the whole import runs. A file's
    /// own text names its page (the folder gives the type; key and language are in the text), so the same type and
    /// source hash as a page's latest version means that page, unchanged: the same answer the whole import gives.
    /// </summary>
    private async Task<int?> CountIfAllUnchangedAsync(string contentRoot, CancellationToken cancellationToken)
    {
        if (types.All.Any(t => !t.Structured && !Directory.Exists(Path.Combine(contentRoot, t.Folder))))
        {
            return null;
        }

        var files = types.All
            .SelectMany(type => Paths(contentRoot, type).Select(path => (type.Name, ContentFile.HashOf(File.ReadAllText(path)))))
            .ToList();
        var latest = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsLatest && v.SourceHash != null)
            .Select(v => new { v.Item!.ContentType, v.SourceHash })
            .ToListAsync(cancellationToken);
        var stored = latest.Select(v => (v.ContentType, v.SourceHash!)).ToHashSet();
        return files.All(stored.Contains) ? files.Count : null;
    }

    private async Task<ImportReport> ImportAsync(IReadOnlyList<ContentFile> files, ProcessContext context, CancellationToken cancellationToken)
    {
        var types = files.Select(f => f.ContentType).Distinct().ToList();
        var items = await db.ContentItems
            .Where(i => types.Contains(i.ContentType))
            .Include(i => i.Versions)
            .ToListAsync(cancellationToken);

        var report = new ImportReport();
        foreach (var file in files)
        {
            var item = items.FirstOrDefault(i => i.ContentType == file.ContentType && i.TranslationKey == file.Key && i.Language == file.Language.Code);
            if (item is null)
            {
                item = new ContentItem
                {
                    Id = Guid.NewGuid(),
                    ContentType = file.ContentType,
                    TranslationKey = file.Key,
                    Language = file.Language.Code,
                    CreatedUtc = context.NowUtc,
                };
                db.ContentItems.Add(item);
                AddPublishedVersion(item, file, context);
                report.Created++;
                continue;
            }

            var latest = item.Versions.Single(v => v.IsLatest);
            if (latest.SourceHash == file.SourceHash)
            {
                report.Unchanged++;
                continue;
            }

            if (item.Versions.Any(v => v.CreatedBy != ImportActor))
            {
                logger.LogInformation(
                    "Content file for {ContentType} {Language}/{Key} differs from the database, but an editor has edited the page; the file was not imported.",
                    file.ContentType, file.Language.Code, file.Key);
                report.KeptEditorVersion++;
                continue;
            }

            foreach (var version in item.Versions)
            {
                version.IsLatest = false;
                version.IsPublished = false;
            }

            AddPublishedVersion(item, file, context);
            report.Updated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private void AddPublishedVersion(ContentItem item, ContentFile file, ProcessContext context)
    {
        var versionNumber = item.Versions.Count == 0 ? 1 : item.Versions.Max(v => v.VersionNumber) + 1;
        var version = ContentVersion.FromFile(file, item.Id, versionNumber, publish: true, "Importerad från content/", context);
        item.Versions.Add(version);
        db.ContentVersions.Add(version);
        db.AuditEvents.Add(context.Event(AuditEventType.ContentImported, ContentItem.SubjectType, item.Id.ToString(), new
        {
            item.ContentType,
            item.TranslationKey,
            item.Language,
            version.VersionNumber,
            version.Slug,
            version.SourceHash,
        }));
    }
}

public sealed class ImportReport
{
    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int KeptEditorVersion { get; set; }

    public bool ChangedAnything => Created + Updated > 0;

    public override string ToString() =>
        $"{Created} created, {Updated} updated, {Unchanged} unchanged, {KeptEditorVersion} kept because an editor changed them";
}

public sealed class ContentImportException(IReadOnlyList<string> problems)
    : Exception("The content could not be imported:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
