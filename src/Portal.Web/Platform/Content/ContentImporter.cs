using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Editor;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Loads the reviewed baseline in content/ into the versioned content store. Idempotent: a file that is already
/// stored is skipped. A changed file becomes a new published version only while nobody has edited the page in the
/// editor; once an editor has saved a version, the database is the master and the file is left alone.
/// </summary>
public sealed class ContentImporter(PortalDbContext db, MarkdownRenderer renderer, ILogger<ContentImporter> logger)
{
    public const string ImportActor = "system:content-import";

    /// <summary>Reads and validates every guidance file below <paramref name="contentRoot"/>/guidance.</summary>
    public IReadOnlyList<GuidanceFile> ReadGuidance(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "guidance");
        if (!Directory.Exists(folder))
        {
            throw new ContentImportException([$"Mappen {folder} finns inte."]);
        }

        var files = new List<GuidanceFile>();
        var problems = new List<string>();
        foreach (var path in GuidancePaths(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(contentRoot, path);
            try
            {
                var file = GuidanceFile.Parse(name, File.ReadAllText(path));
                var rendered = renderer.Render(file.Body, file.Language);
                problems.AddRange(rendered.Problems.Select(p => $"{name}: {p}"));
                files.Add(file);
            }
            catch (ContentFormatException ex)
            {
                problems.Add(ex.Message);
            }
        }

        problems.AddRange(files.GroupBy(f => (f.Key, f.Language.Code)).Where(g => g.Count() > 1)
            .Select(g => $"Nyckeln '{g.Key.Key}' används av flera sidor på språket {g.Key.Code}."));
        problems.AddRange(files.GroupBy(f => (f.Slug, f.Language.Code)).Where(g => g.Count() > 1)
            .Select(g => $"Adressen '{g.Key.Slug}' används av flera sidor på språket {g.Key.Code}."));
        var keys = files.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(files.SelectMany(f => f.Related.Where(r => !keys.Contains(r))
            .Select(r => $"{f.Language.Code}/{f.Slug}: 'related' pekar på nyckeln '{r}', som inte finns.")));

        if (problems.Count > 0)
        {
            throw new ContentImportException(problems);
        }

        return files;
    }

    /// <summary>Reads and validates the structured texts (YAML) below <paramref name="contentRoot"/>, such as the SGI-skyddskoll's.</summary>
    public static IReadOnlyList<ContentFile> ReadStructuredTexts(string contentRoot)
    {
        var files = new List<ContentFile>();
        var problems = new List<string>();
        foreach (var (folder, _, parse) in StructuredTextFolders)
        {
            foreach (var file in StructuredTextPaths(contentRoot, folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(contentRoot, file);
                try
                {
                    files.Add(parse(name, File.ReadAllText(file)));
                }
                catch (ContentFormatException ex)
                {
                    problems.Add(ex.Message);
                }
            }
        }

        problems.AddRange(files.GroupBy(f => (f.ContentType, f.Key, f.Language.Code)).Where(g => g.Count() > 1)
            .Select(g => $"Det finns flera filer för {g.Key.ContentType} på språket {g.Key.Code}."));
        if (problems.Count > 0)
        {
            throw new ContentImportException(problems);
        }

        return files;
    }

    private static readonly (string Folder, string ContentType, Func<string, string, ContentFile> Parse)[] StructuredTextFolders =
    [
        ("sgi-koll", ContentTypes.SgiCheckTexts, (name, yaml) => StructuredTexts.ParseFile(name, ContentTypes.SgiCheckTexts, yaml)),
        ("questionnaire", ContentTypes.Questionnaire, Features.Questionnaire.QuestionnaireFile.Parse),
    ];

    /// <summary>The guidance files: every Markdown file below the guidance folder.</summary>
    private static IEnumerable<string> GuidancePaths(string guidanceFolder) =>
        Directory.EnumerateFiles(guidanceFolder, "*.md", SearchOption.AllDirectories);

    /// <summary>The YAML files of one structured-text folder (none when it does not exist).</summary>
    private static IEnumerable<string> StructuredTextPaths(string contentRoot, string folder)
    {
        var path = Path.Combine(contentRoot, folder);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.yml", SearchOption.TopDirectoryOnly) : [];
    }

    /// <summary>Imports guidance and structured texts; nothing is written unless every file is valid.</summary>
    public async Task<ImportReport> ImportAllAsync(string contentRoot, ProcessContext context, CancellationToken cancellationToken = default)
    {
        if (await CountIfAllUnchangedAsync(contentRoot, cancellationToken) is { } unchanged)
        {
            return new ImportReport { Unchanged = unchanged };
        }

        var files = ReadGuidance(contentRoot).Select(ContentFile.FromGuidance).Concat(ReadStructuredTexts(contentRoot)).ToList();
        return await ImportAsync(files, context, cancellationToken);
    }

    /// <summary>
    /// The usual start: every file is already the latest version of its page. Then nothing is parsed, rendered or
    /// loaded beyond one query, and the number of files is returned; otherwise null and the whole import runs. A file's
    /// own text names its page (the folder gives the type; key and language are in the text), so the same type and
    /// source hash as a page's latest version means that page, unchanged: the same answer the whole import gives.
    /// </summary>
    private async Task<int?> CountIfAllUnchangedAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var guidance = Path.Combine(contentRoot, "guidance");
        if (!Directory.Exists(guidance))
        {
            return null;
        }

        var files = GuidancePaths(guidance)
            .Select(path => (ContentTypes.Guidance, GuidanceFile.SourceHashOf(File.ReadAllText(path))))
            .Concat(StructuredTextFolders.SelectMany(folder => StructuredTextPaths(contentRoot, folder.Folder)
                .Select(path => (folder.ContentType, GuidanceFile.Hash(File.ReadAllText(path))))))
            .ToList();
        var latest = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsLatest && v.SourceHash != null)
            .Select(v => new { v.Item!.ContentType, v.SourceHash })
            .ToListAsync(cancellationToken);
        var stored = latest.Select(v => (v.ContentType, v.SourceHash!)).ToHashSet();
        return files.All(stored.Contains) ? files.Count : null;
    }

    public Task<ImportReport> ImportGuidanceAsync(string contentRoot, ProcessContext context, CancellationToken cancellationToken = default) =>
        ImportAsync(ReadGuidance(contentRoot).Select(ContentFile.FromGuidance).ToList(), context, cancellationToken);

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
        db.AuditEvents.Add(context.Event(AuditEventType.ContentImported, ContentEditor.SubjectType, item.Id.ToString(), new
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
