using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Editor;

/// <summary>Broken links in the guidance (published and latest versions) and pages past their review date.</summary>
public sealed class ReportModel(PortalDbContext db, MarkdownRenderer renderer, TimeProvider time) : PageModel
{
    public sealed record BrokenLink(Guid ItemId, string Title, string Language, int VersionNumber, bool IsPublished, string Link);

    public sealed record Overdue(Guid ItemId, string Title, string Language, DateOnly? LastReviewed, DateOnly? Due);

    public IReadOnlyList<BrokenLink> BrokenLinks { get; private set; } = [];

    public IReadOnlyList<Overdue> OverdueReviews { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData[Portal.Theme.PageLayout.ViewDataKey] = EditorSupport.Layout(Url, "Rapport", new Portal.Theme.LayoutLink("Rapport", Url.Page("/Editor/Report")!));
        Today = StockholmTime.Today(time);
        var versions = await db.ContentVersions.AsNoTracking()
            .Where(v => (v.IsPublished || v.IsLatest) && v.Item!.ContentType == GuidanceContent.TypeName)
            .Select(v => new { Version = v, v.Item!.Language })
            .ToListAsync(cancellationToken);
        var published = versions.Where(v => v.Version.IsPublished).Select(v => (v.Language, v.Version.Slug)).ToHashSet();

        BrokenLinks = versions
            .SelectMany(v =>
            {
                var language = Languages.Get(v.Language);
                var rendered = renderer.Render(v.Version.Body, language);
                var own = new HashSet<(string, string)>(published) { (v.Language, v.Version.Slug) };
                return rendered.Links.Distinct(StringComparer.Ordinal)
                    .Where(link => !GuidanceContent.InternalLinkResolves(link, language, own))
                    .Concat(rendered.Problems.Select(p => p))
                    .Select(link => new BrokenLink(v.Version.ContentItemId, v.Version.Title, v.Language, v.Version.VersionNumber, v.Version.IsPublished, link));
            })
            .OrderBy(b => b.Title, StringComparer.Ordinal)
            .ToList();

        OverdueReviews = versions.Where(v => v.Version.IsLatest)
            .Select(v => new Overdue(v.Version.ContentItemId, v.Version.Title, v.Language, v.Version.LastReviewed, ContentEditor.ReviewDue(v.Version.LastReviewed)))
            .Where(o => o.Due is null || o.Due < Today)
            .OrderBy(o => o.Due)
            .ToList();
    }
}
