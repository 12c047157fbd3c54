using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.TestSupport;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>Images and PDF files of a page: upload with checks, metadata removed, versioned with the page, served for a long cache.</summary>
public sealed class AttachmentTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Image_NeedsAltText_LosesItsMetadata_AndIsShownOnThePublishedPage_WithLongCacheAndSecurityHeaders()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        using var visitor = factory.CreateClient();
        var id = await EditorClient.ItemIdAsync(factory, "kontakt");
        var files = await editor.GetAsync(FilesUrl(id));

        // Act 1: no alternative text
        using var noAlt = await editor.UploadAsync(files, "handler=Upload", "Upload", "Karta över kontoren.png", TestImages.PngWithMetadata());

        // Assert 1
        Assert.Equal(HttpStatusCode.OK, noAlt.StatusCode);
        Assert.Contains("Skriv vad bilden visar", (await PortalAppFactory.ParseAsync(noAlt)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // Act 2: with it; then the text refers to it by name and the page is published
        using var uploaded = await editor.UploadAsync(files, "handler=Upload", "Upload", "Karta över kontoren.png", TestImages.PngWithMetadata(), ("AltText", "Karta över våra kontor"));
        var listed = await editor.GetAsync(FormClient.Location(uploaded)!);
        var edit = await editor.GetAsync(EditUrl(id));
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent + "\n![Karta över våra kontor](karta-over-kontoren.png)\n";
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", body), ("Input.ChangeNote", "Karta"));
        var savedPage = await editor.GetAsync(FormClient.Location(saved)!);
        using var published = await editor.SubmitAsync(await editor.GetAsync(PublishUrl(id)), "handler=Publish");
        var page = await PortalAppFactory.ParseAsync(await visitor.GetAsync("/kontakt"));
        var image = page.QuerySelector("main img[alt='Karta över våra kontor']");
        using var served = await visitor.GetAsync(image?.GetAttribute("src"));
        var bytes = await served.Content.ReadAsByteArrayAsync();

        // Assert 2
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("![Karta över våra kontor](karta-over-kontoren.png)", listed.QuerySelector(".editor-files")!.TextContent, StringComparison.Ordinal);
        Assert.Null(savedPage.QuerySelector("#saved-problems"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.NotNull(image);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(ContentAttachments.ImmutableCache, served.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(served.Headers.Contains("Content-Security-Policy"));
        Assert.DoesNotContain(TestImages.Secret, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(id), e => e.EventType == AuditEventType.ContentAttachmentAdded.Name);
    }

    [Fact]
    public async Task FileIsKnownByContent_NotByName_AndOtherContentIsRefused()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var id = await EditorClient.ItemIdAsync(factory, "tillganglighet");
        var files = await editor.GetAsync(FilesUrl(id));

        // Act
        using var script = await editor.UploadAsync(files, "handler=Upload", "Upload", "bild.png", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), ("AltText", "En bild"));
        using var pdf = await editor.UploadAsync(files, "handler=Upload", "Upload", "Blankett.png", TestImages.Pdf());
        var listed = await editor.GetAsync(FilesUrl(id));

        // Assert
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("inte en PNG- eller JPEG-bild eller en PDF-fil", (await PortalAppFactory.ParseAsync(script)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        var table = listed.QuerySelector(".editor-files")!.TextContent;
        Assert.Contains("blankett.pdf", table, StringComparison.Ordinal);
        Assert.DoesNotContain("bild.png", table, StringComparison.Ordinal);
        Assert.Equal(1, await EditorClient.WithDbAsync(factory, db => db.ContentAttachments.CountAsync(a => a.ContentItemId == id)));
    }

    [Fact]
    public async Task FilesFollowTheVersions_ADraftsFileIsForEditorsOnly_AndAnUnknownNameIsReportedOnSave()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        using var visitor = factory.CreateClient();
        var id = await EditorClient.ItemIdAsync(factory, "ordlista");
        var files = await editor.GetAsync(FilesUrl(id));
        using var uploaded = await editor.UploadAsync(files, "handler=Upload", "Upload", "ordlista.jpg", TestImages.JpegWithMetadata(), ("AltText", "Ordlistans omslag"));
        var withFile = await EditorClient.WithDbAsync(factory, db => db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsLatest));
        var draftUrl = ContentAttachments.Path(withFile.Id, "ordlista.jpg");

        // Act
        using var byEditor = await editor.Http.GetAsync(draftUrl);
        using var byVisitor = await visitor.GetAsync(draftUrl);
        using var removed = await editor.SubmitAsync(await editor.GetAsync(FilesUrl(id)), "handler=Remove");
        var afterRemoval = await editor.GetAsync(FilesUrl(id));
        using var restored = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/historik"), "handler=Restore", ("version", withFile.VersionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var afterRestore = await editor.GetAsync(FilesUrl(id));
        var edit = await editor.GetAsync(EditUrl(id));
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent + "\n![Något](saknas.png)\n";
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", body), ("Input.ChangeNote", "Bild"));
        var savedPage = await editor.GetAsync(FormClient.Location(saved)!);

        // Assert
        Assert.Equal(HttpStatusCode.OK, byEditor.StatusCode);
        Assert.Equal("image/jpeg", byEditor.Content.Headers.ContentType!.MediaType);
        Assert.True(byEditor.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, byVisitor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Sidan har inga bilder eller filer.", afterRemoval.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("ordlista.jpg", afterRestore.QuerySelector(".editor-files")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Filen 'saknas.png' finns inte bland sidans filer", savedPage.QuerySelector("#saved-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(id), e => e.EventType == AuditEventType.ContentAttachmentRemoved.Name);
    }

    private static string EditUrl(Guid id) => $"/redaktion/innehall/{id}";

    private static string FilesUrl(Guid id) => $"/redaktion/innehall/{id}/filer";

    private static string PublishUrl(Guid id) => $"/redaktion/innehall/{id}/publicering";

    private async Task<List<AuditEvent>> AuditAsync(Guid id) =>
        await EditorClient.WithDbAsync(factory, db => db.AuditEvents.AsNoTracking().Where(e => e.SubjectId == id.ToString()).ToListAsync());
}
