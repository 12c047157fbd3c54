using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Content;

/// <summary>
/// Old addresses of the site (<see cref="ContentRedirect"/>): kept when publishing moves a page or unpublishing removes
/// it, and answered when a request would otherwise end in 404. The rows are kept flat (every row leads to the final
/// address), so a chain of moves is one permanent redirect, and a loop cannot be stored.
/// </summary>
public static class ContentRedirects
{
    public const string SubjectType = "ContentRedirect";

    /// <summary>Longest stored path; longer paths are never redirects.</summary>
    public const int MaxPathLength = 300;

    /// <summary>How many rows a request follows at most, in case rows written outside the app form a chain or loop.</summary>
    public const int MaxHops = 10;

    /// <summary>"/En/Old-Page/" → "/en/old-page"; null for something that is not a site path.</summary>
    public static string? NormalizePath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var value = path.Trim();
        var cut = value.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            value = value[..cut];
        }

        if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal) || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\'))
        {
            return null;
        }

        value = value.TrimEnd('/').ToLowerInvariant();
        value = value.Length == 0 ? "/" : value;
        return value.Length > MaxPathLength ? null : value;
    }

    /// <summary>What an old address answers: the final address, or null when the page was removed.</summary>
    public sealed record Answer(Guid Id, string? ToPath);

    /// <summary>
    /// Follows the stored rows from <paramref name="path"/> (normally one row). Null when the address is unknown, or
    /// when rows written outside the app form a loop or a chain longer than <see cref="MaxHops"/>.
    /// </summary>
    public static async Task<Answer?> ResolveAsync(PortalDbContext db, string path, CancellationToken cancellationToken)
    {
        var first = await db.ContentRedirects.AsNoTracking().Where(r => r.FromPath == path).Select(r => new { r.Id, r.ToPath }).SingleOrDefaultAsync(cancellationToken);
        if (first is null)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { path };
        var target = first.ToPath;
        for (var hop = 0; target is not null; hop++)
        {
            if (!seen.Add(target) || hop == MaxHops)
            {
                return null;
            }

            var next = await db.ContentRedirects.AsNoTracking().Where(r => r.FromPath == target).Select(r => new { r.ToPath }).SingleOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                break;
            }

            target = next.ToPath;
        }

        return new Answer(first.Id, target);
    }

    /// <summary>
    /// Publishing put a page at <paramref name="newPath"/>; it was at <paramref name="oldPath"/> (null when it was not
    /// published). The new address is a page again (its own rows go); everything that led to the old address, or said
    /// this page was removed, now leads to the new one; and the old address redirects. Audited when the address moved.
    /// Call inside the publishing transaction; the caller saves.
    /// </summary>
    public static async Task RecordPublishedAsync(PortalDbContext db, Guid itemId, string? oldPath, string newPath, ProcessContext context, CancellationToken cancellationToken)
    {
        var affected = await db.ContentRedirects
            .Where(r => r.FromPath == newPath || r.ToPath == newPath || (oldPath != null && r.ToPath == oldPath) || (r.ContentItemId == itemId && r.ToPath == null) || (oldPath != null && r.FromPath == oldPath))
            .ToListAsync(cancellationToken);
        foreach (var row in affected)
        {
            if (row.FromPath == newPath)
            {
                db.ContentRedirects.Remove(row);
            }
            else if (row.ToPath is null ? row.ContentItemId == itemId : row.ToPath == oldPath)
            {
                row.ToPath = newPath;
            }
        }

        if (oldPath is null || oldPath == newPath)
        {
            return;
        }

        var existing = affected.SingleOrDefault(r => r.FromPath == oldPath);
        if (existing is null)
        {
            db.ContentRedirects.Add(new ContentRedirect
            {
                Id = Guid.NewGuid(),
                FromPath = oldPath,
                ToPath = newPath,
                ContentItemId = itemId,
                IsAutomatic = true,
                CreatedUtc = context.NowUtc,
                CreatedBy = context.Actor,
            });
        }
        else
        {
            existing.ToPath = newPath;
            existing.ContentItemId = itemId;
        }

        db.AuditEvents.Add(context.Event(AuditEventType.ContentAddressMoved, SubjectType, oldPath, new { ItemId = itemId, From = oldPath, To = newPath }));
    }

    /// <summary>
    /// Unpublishing took the page at <paramref name="path"/> off the site: that address, and every address that led to
    /// it, now answers that the page is removed. Call inside the unpublishing change; the caller saves.
    /// </summary>
    public static async Task RecordUnpublishedAsync(PortalDbContext db, Guid itemId, string path, ProcessContext context, CancellationToken cancellationToken)
    {
        var affected = await db.ContentRedirects.Where(r => r.FromPath == path || r.ToPath == path).ToListAsync(cancellationToken);
        foreach (var row in affected.Where(r => r.ToPath == path))
        {
            row.ToPath = null;
            row.ContentItemId ??= itemId;
        }

        var own = affected.SingleOrDefault(r => r.FromPath == path);
        if (own is null)
        {
            db.ContentRedirects.Add(new ContentRedirect
            {
                Id = Guid.NewGuid(),
                FromPath = path,
                ToPath = null,
                ContentItemId = itemId,
                IsAutomatic = true,
                CreatedUtc = context.NowUtc,
                CreatedBy = context.Actor,
            });
        }
        else
        {
            own.ToPath = null;
            own.ContentItemId = itemId;
        }

        db.AuditEvents.Add(context.Event(AuditEventType.ContentAddressRetired, SubjectType, path, new { ItemId = itemId, Path = path, Redirects = affected.Count(r => r.FromPath != path) }));
    }

    /// <summary>
    /// A GET or HEAD that would end in 404 is answered from the old addresses instead: a permanent redirect (the query
    /// string kept) to where the page is now, or 410 Gone for a removed page, which the status code pages turn into
    /// the page that says so, with links to the start page and search. Runs inside the status code pages.
    /// </summary>
    public static IApplicationBuilder UseContentRedirects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        var request = context.Request;
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        var path = NormalizePath(request.Path.Value);
        if (path is null)
        {
            return;
        }

        var db = context.RequestServices.GetRequiredService<PortalDbContext>();
        var answer = await ResolveAsync(db, path, context.RequestAborted);
        if (answer is null)
        {
            return;
        }

        if (answer.ToPath is null)
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            return;
        }

        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        await db.ContentRedirects.Where(r => r.Id == answer.Id && (r.LastUsedUtc == null || r.LastUsedUtc < hourAgo))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastUsedUtc, now), context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = answer.ToPath + request.QueryString.Value;
    });
}
