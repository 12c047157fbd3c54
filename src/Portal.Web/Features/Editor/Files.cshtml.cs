using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Editor;

/// <summary>
/// A page's images and PDF files: upload (images need an alternative text), see what each is called in the Markdown,
/// and remove. Each change is a new version of the page, so older versions keep their files.
/// </summary>
[RequestSizeLimit(UploadedFiles.MaxPdfBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = UploadedFiles.MaxPdfBytes + (1024 * 1024))]
public sealed class FilesModel(ContentEditor editor, PortalDbContext db, TimeProvider time) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Latest { get; private set; } = null!;

    public IReadOnlyList<ContentAttachment> Files { get; private set; } = [];

    [BindProperty]
    public int VersionNumber { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? AltText { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public string? Done { get; private set; }

    public ErrorSummary Summary => new(Errors.Select(e => new ErrorSummaryItem(e.Key, e.Key == nameof(AltText) ? "Alternativtext" : "Fil", e.Value)).ToList());

    /// <summary>How the Markdown refers to a file: an image with its alternative text, a PDF file as a link.</summary>
    public static string MarkdownFor(ContentAttachment file) =>
        file.AltText is { } alt ? $"![{alt}]({file.Name})" : $"[{file.Name} (PDF, {Size(file.Length)})]({file.Name})";

    public static string Size(int bytes) =>
        bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} kB" : (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.GetCultureInfo("sv-SE")) + " MB";

    public async Task<IActionResult> OnGetAsync(Guid id, string? klart, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Done = klart switch
        {
            "uppladdad" => "Filen är sparad i ett nytt utkast av sidan. Den syns för besökarna när utkastet publiceras.",
            "borttagen" => "Filen är borttagen i ett nytt utkast av sidan. Äldre versioner har den kvar.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        InspectedFile? file = null;
        if (Upload is null || Upload.Length == 0)
        {
            Errors[nameof(Upload)] = "Välj en bild eller en PDF-fil att ladda upp.";
        }
        else if (Upload.Length > UploadedFiles.MaxPdfBytes)
        {
            Errors[nameof(Upload)] = $"Filen är för stor. En bild får vara högst {UploadedFiles.MaxImageBytes / (1024 * 1024)} MB och en PDF-fil högst {UploadedFiles.MaxPdfBytes / (1024 * 1024)} MB.";
        }
        else
        {
            using var buffer = new MemoryStream((int)Upload.Length);
            await Upload.CopyToAsync(buffer, cancellationToken);
            var (inspected, problem) = UploadedFiles.Inspect(buffer.ToArray());
            file = inspected;
            if (problem is not null)
            {
                Errors[nameof(Upload)] = problem;
            }
        }

        var alt = AltText?.Trim() ?? "";
        if (file is { IsImage: true } && alt.Length == 0)
        {
            Errors[nameof(AltText)] = "Skriv vad bilden visar. Texten läses upp för den som inte ser bilden.";
        }
        else if (alt.Length > 300)
        {
            Errors[nameof(AltText)] = "Alternativtexten får vara högst 300 tecken.";
        }

        if (Errors.Count > 0 || file is null)
        {
            return Page();
        }

        var name = FileName(Upload!.FileName, file.MediaType);
        var result = await editor.AddAttachmentAsync(id, VersionNumber, name, file, alt, EditorSupport.Context(HttpContext, time), cancellationToken);
        return Answer(id, result, "uppladdad");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.RemoveAttachmentAsync(id, VersionNumber, name, EditorSupport.Context(HttpContext, time), cancellationToken);
        return Answer(id, result, "borttagen");
    }

    /// <summary>
    /// The stored name: the uploaded name in lower case with letters outside a-z made plain (å to a) and everything
    /// else a hyphen, and the extension of the type the content showed.
    /// </summary>
    public static string FileName(string uploaded, string mediaType)
    {
        var stem = Path.GetFileNameWithoutExtension(uploaded).Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var builder = new StringBuilder();
        foreach (var c in stem)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var name = builder.ToString().Trim('-');
        name = name.Length == 0 ? "fil" : name[..Math.Min(name.Length, 80)].Trim('-');
        return name + UploadedFiles.Extension(mediaType);
    }

    private IActionResult Answer(Guid id, EditResult result, string done)
    {
        switch (result)
        {
            case EditResult.Saved:
                return Redirect(Url.ItemPage("Files", id, new { klart = done }));
            case EditResult.Conflict conflict:
                Errors[nameof(Upload)] = $"Någon annan har sparat sidan under tiden (version {conflict.Latest.VersionNumber}). Titta på sidan igen och gör om ändringen.";
                return Page();
            case EditResult.Invalid invalid:
                Errors[nameof(Upload)] = string.Join(" ", invalid.Problems.Select(p => p.Message));
                return Page();
            default:
                throw new InvalidOperationException("Unknown edit result.");
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await editor.LoadAsync(id, cancellationToken);
        if (item is null || editor.IsStructured(item.ContentType))
        {
            return false;
        }

        Item = item;
        Latest = item.Versions.Single(v => v.IsLatest);
        if (!HttpMethods.IsPost(Request.Method))
        {
            VersionNumber = Latest.VersionNumber;
        }

        Files = await ContentAttachments.OfAsync(db, Latest, withData: false, cancellationToken);
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url,
            $"Bilder och filer för {Latest.Title}", new LayoutLink(Latest.Title, Url.EditUrl(id)), new LayoutLink("Bilder och filer", Url.ItemPage("Files", id)));
        return true;
    }
}
