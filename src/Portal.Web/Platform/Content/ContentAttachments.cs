using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Platform.Content;

/// <summary>
/// The images and PDF files of content versions, served at <c>/filer/{versionId}/{name}</c>. What a version's address
/// holds never changes (attachments are immutable and a version's set is fixed), so a published version's files are
/// cached for a year; a draft's files are for editors only and not cached. The security headers are the portal's own,
/// set for every response.
/// </summary>
public static partial class ContentAttachments
{
    public const string RoutePrefix = "/filer";

    public const string ImmutableCache = "public, max-age=31536000, immutable";

    /// <summary>True for a bare attachment name as Markdown refers to it: <c>karta.png</c>, <c>blankett-2027.pdf</c>.</summary>
    public static bool IsFileName(string text) => FileName().IsMatch(text);

    /// <summary>The site path of a version's attachment.</summary>
    public static string Path(Guid versionId, string name) => $"{RoutePrefix}/{versionId}/{Uri.EscapeDataString(name)}";

    /// <summary>The attachments of a version, by name.</summary>
    public static async Task<IReadOnlyList<ContentAttachment>> OfAsync(PortalDbContext db, ContentVersion version, bool withData, CancellationToken cancellationToken)
    {
        var ids = version.AttachmentIdList;
        if (ids.Count == 0)
        {
            return [];
        }

        var query = db.ContentAttachments.AsNoTracking().Where(a => ids.Contains(a.Id));
        if (!withData)
        {
            query = query.Select(a => new ContentAttachment
            {
                Id = a.Id,
                ContentItemId = a.ContentItemId,
                Name = a.Name,
                MediaType = a.MediaType,
                Data = Array.Empty<byte>(),
                Length = a.Length,
                Sha256 = a.Sha256,
                AltText = a.AltText,
                UploadedUtc = a.UploadedUtc,
                UploadedBy = a.UploadedBy,
            });
        }

        return (await query.ToListAsync(cancellationToken)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    public static IEndpointRouteBuilder MapContentAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet(RoutePrefix + "/{versionId:guid}/{name}", ServeAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ServeAsync(
        Guid versionId, string name, PortalDbContext db, IAuthorizationService authorization, HttpContext context, CancellationToken cancellationToken)
    {
        var version = await db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is null || !IsFileName(name))
        {
            return Results.NotFound();
        }

        if (!version.IsPublished && !(await authorization.AuthorizeAsync(context.User, StaffPolicies.Editor)).Succeeded)
        {
            return Results.NotFound();
        }

        var ids = version.AttachmentIdList;
        var file = await db.ContentAttachments.AsNoTracking().SingleOrDefaultAsync(a => ids.Contains(a.Id) && a.Name == name, cancellationToken);
        if (file is null)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = version.IsPublished ? ImmutableCache : "private, no-store";
        if (file.MediaType == "application/pdf")
        {
            headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = file.Name }.ToString();
        }

        return Results.Bytes(file.Data, file.MediaType, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,90}\\.(png|jpg|pdf)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
