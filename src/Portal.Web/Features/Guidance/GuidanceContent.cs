using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>
/// Guidance pages as a content type: Markdown files with front matter in content/guidance, checked before publishing
/// (the text renders without problems, the address is free, site links reach a published page, related keys exist),
/// published as one <see cref="GuidanceSnapshot"/> with every page rendered once.
/// </summary>
public sealed class GuidanceContent(MarkdownRenderer renderer) : ContentType
{
    public const string TypeName = "guidance";

    /// <summary>The page sections, in the order the editor lists them.</summary>
    public static readonly IReadOnlySet<string> Sections = new HashSet<string>(StringComparer.Ordinal)
    {
        "start", "situation", "sgi", "moten", "pengar-och-rattigheter", "om-tjansten",
    };

    /// <summary>Site addresses that are not guidance pages but exist (features with their own routes).</summary>
    public static readonly IReadOnlyList<string> KnownAppPaths =
        ["sok", "en/search", "lattlast/sok", "formular", "sgi-koll", "en/sgi-check", "lattlast/sgi-koll", "api", "personal", "handlaggare", "redaktion", "admin", "fel"];

    public override string Name => TypeName;

    public override string DisplayName => "Vägledning";

    public override string Folder => "guidance";

    public override string FilePattern => "*.md";

    public override bool Recursive => true;

    public override bool Structured => false;

    public override Type PublishedType => typeof(GuidanceSnapshot);

    public override ContentFile Read(string fileName, string text)
    {
        var file = GuidanceFile.Parse(fileName, text);
        var problems = renderer.Render(file.Body, file.Language).Problems;
        return problems.Count > 0 ? throw new ContentFormatException(fileName, string.Join(" ", problems)) : file;
    }

    public override IEnumerable<string> CheckTogether(IReadOnlyList<ContentFile> files)
    {
        var problems = new List<string>();
        problems.AddRange(files.GroupBy(f => (f.Key, f.Language.Code)).Where(g => g.Count() > 1)
            .Select(g => $"Nyckeln '{g.Key.Key}' används av flera sidor på språket {g.Key.Code}."));
        problems.AddRange(files.GroupBy(f => (f.Metadata.Slug, f.Language.Code)).Where(g => g.Count() > 1)
            .Select(g => $"Adressen '{g.Key.Slug}' används av flera sidor på språket {g.Key.Code}."));
        var keys = files.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(files.SelectMany(f => f.Metadata.Related.Where(r => !keys.Contains(r))
            .Select(r => $"{f.Language.Code}/{f.Metadata.Slug}: 'related' pekar på nyckeln '{r}', som inte finns.")));
        return problems;
    }

    public override (string Path, string Text) Write(StoredContent content) =>
        (Path.Combine(Folder, content.Language.Code, content.Metadata.Slug + ".md"), GuidanceFile.Write(content));

    public override async Task<IReadOnlyList<string>> CheckAsync(StoredContent content, PortalDbContext db, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var rendered = renderer.Render(content.Body, content.Language, content.VersionId);
        problems.AddRange(rendered.Problems);
        if (rendered.Files.Count > 0)
        {
            var version = await db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == content.VersionId, cancellationToken);
            var names = version is null ? [] : (await ContentAttachments.OfAsync(db, version, withData: false, cancellationToken)).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(rendered.Files.Distinct(StringComparer.Ordinal).Where(f => !names.Contains(f)).Select(f => $"Filen '{f}' finns inte bland sidans filer. Ladda upp den under Bilder och filer."));
        }

        var others = await db.ContentVersions.AsNoTracking()
            .Where(v => (v.IsPublished || v.IsLatest) && v.ContentItemId != content.ItemId && v.Item!.ContentType == TypeName)
            .Select(v => new { v.Slug, v.IsPublished, v.Item!.Language, v.Item.TranslationKey })
            .ToListAsync(cancellationToken);
        var slug = content.Metadata.Slug;
        if (others.Any(o => o.Language == content.Language.Code && o.Slug == slug))
        {
            problems.Add($"Adressen '{slug}' används redan av en annan sida på samma språk. Välj en annan adress.");
        }

        var published = others.Where(o => o.IsPublished).Select(o => (o.Language, o.Slug)).ToHashSet();
        published.Add((content.Language.Code, slug));
        foreach (var link in rendered.Links.Distinct(StringComparer.Ordinal))
        {
            if (!InternalLinkResolves(link, content.Language, published))
            {
                problems.Add($"Länken '{link}' leder inte till någon publicerad sida på webbplatsen.");
            }
        }

        var keys = others.Select(o => o.TranslationKey).Append(content.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(content.Metadata.Related.Where(k => !keys.Contains(k)).Select(k => $"Den relaterade sidan '{k}' finns inte."));
        return problems;
    }

    /// <summary>
    /// True for external links and for site links that reach a published page (or a feature of the site).
    /// <paramref name="published"/> holds (language code, slug) of every published guidance page.
    /// </summary>
    public static bool InternalLinkResolves(string link, Language pageLanguage, IReadOnlySet<(string Language, string Slug)> published)
    {
        var url = link.Trim();
        if (url.StartsWith('#') || Uri.TryCreate(url, UriKind.Absolute, out _) && !url.StartsWith('/'))
        {
            return true;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? url[..cut] : url;
        if (!path.StartsWith('/'))
        {
            path = new Uri(new Uri("https://portal.invalid" + pageLanguage.PathPrefix + "/"), path).AbsolutePath;
        }

        var trimmed = path.Trim('/');
        if (KnownAppPaths.Any(p => trimmed == p || trimmed.StartsWith(p + "/", StringComparison.Ordinal)))
        {
            return true;
        }

        var language = Languages.FromPath(path);
        var rest = language.PathPrefix.Length == 0 ? trimmed : trimmed[Math.Min(trimmed.Length, language.PathPrefix.Length - 1)..].Trim('/');
        var slug = rest.Length == 0 ? Languages.StartSlug : rest;
        return published.Contains((language.Code, slug));
    }

    public override object Build(IReadOnlyList<StoredContent> published) =>
        new GuidanceSnapshot(published.Select(Page).ToList());

    public override object ParseVersion(StoredContent content) => Page(content);

    /// <summary>A stored version as the public sees it, rendered.</summary>
    public GuidancePage Page(StoredContent content) =>
        new(content.ItemId, content.VersionId, content.Key, content.Language, content.Metadata, renderer.Render(content.Body, content.Language, content.VersionId));
}
