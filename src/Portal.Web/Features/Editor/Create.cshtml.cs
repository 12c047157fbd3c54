using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Editor;

/// <summary>
/// A new guidance page (Swedish first), or a missing language version of one (<c>?nyckel=…&amp;sprak=en</c>), which
/// starts from the Swedish text. Either way the result is a first, unpublished draft.
/// </summary>
public sealed class CreateModel(PortalDbContext db, ContentEditor editor, TimeProvider time) : PageModel
{

    [BindProperty]
    public DraftForm Input { get; set; } = new();

    /// <summary>The translation key of a new page; a translation takes the key of the page it translates.</summary>
    [BindProperty]
    public string Key { get; set; } = "";

    public Language Language { get; private set; } = Languages.Swedish;

    /// <summary>The version a translation starts from, null for a new page.</summary>
    public ContentVersion? Source { get; private set; }

    public string? SourceLanguage { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public ErrorSummary Summary => DraftForm.ErrorSummaryFor(Errors);

    /// <summary>The new page form for a missing language version of the page with this translation key.</summary>
    public static string TranslationUrl(IUrlHelper url, string key, string language) =>
        url.Page("/Editor/Create", new { nyckel = key, sprak = language })!;

    public async Task<IActionResult> OnGetAsync(string? nyckel, string? sprak, CancellationToken cancellationToken)
    {
        if (await FindTargetAsync(nyckel, sprak, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = Source is null
            ? new DraftForm
            {
                Section = GuidanceContent.Sections.First(),
                Order = "100",
                LastReviewed = EditorSupport.Iso(StockholmTime.Today(time)),
                ChangeNote = "Ny sida",
            }
            : TranslationDraft(Source);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? nyckel, string? sprak, CancellationToken cancellationToken)
    {
        if (await FindTargetAsync(nyckel, sprak, cancellationToken) is { } refused)
        {
            return refused;
        }

        var key = Source is null ? (Key ?? "").Trim() : nyckel!;
        Key = key;
        if (Source is null)
        {
            if (key.Length == 0)
            {
                Errors["Key"] = "Skriv en nyckel.";
            }
            else if (!ContentEditor.IsValidKey(key))
            {
                Errors["Key"] = "Nyckeln får bara innehålla små bokstäver a–z, siffror och bindestreck, till exempel ny-sida.";
            }
            else if (await editor.GuidanceExistsAsync(key, Language, cancellationToken))
            {
                Errors["Key"] = "Det finns redan en sida med den nyckeln. Välj en annan nyckel, eller ändra den befintliga sidan.";
            }
        }

        var draft = Input.ToDraft();
        var candidate = new ContentItem { ContentType = GuidanceContent.TypeName, TranslationKey = key, Language = Language.Code };
        foreach (var problem in editor.Validate(candidate, draft, Input.ChangeNote))
        {
            Errors.TryAdd(problem.Field, problem.Message);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var context = EditorSupport.Context(HttpContext, time, Input.ChangeNote);
        var created = await editor.CreateGuidanceAsync(key, Language, draft, Input.ChangeNote, context, cancellationToken);
        if (created is null)
        {
            Errors[Source is null ? "Key" : "Title"] = Source is null
                ? "Det finns redan en sida med den nyckeln. Välj en annan nyckel, eller ändra den befintliga sidan."
                : $"Någon annan har just skapat den {EditorSupport.LanguageName(Language.Code).ToLowerInvariant()} versionen. Din text är inte sparad, men finns kvar nedan.";
            return Page();
        }

        return Redirect(Url.EditUrl(created.Id, new { sparad = 1 }));
    }

    /// <summary>The draft of a translation: the source's fields and text, for the editor to translate.</summary>
    private static DraftForm TranslationDraft(ContentVersion source)
    {
        var form = DraftForm.From(source);
        form.ChangeNote = "Ny översättning";
        form.BaseVersion = 0;
        return form;
    }

    /// <summary>Sets the language and, for a translation, its source; a result when the request cannot go on.</summary>
    private async Task<IActionResult?> FindTargetAsync(string? key, string? languageCode, CancellationToken cancellationToken)
    {
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url, "Ny sida", new LayoutLink("Ny sida", Url.Page("/Editor/Create")!));
        if (key is null && languageCode is null)
        {
            return null;
        }

        if (key is null || Languages.Find(languageCode) is not { } language)
        {
            return NotFound();
        }

        Language = language;
        var existing = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == GuidanceContent.TypeName && i.TranslationKey == key)
            .Include(i => i.Versions.Where(v => v.IsLatest))
            .ToListAsync(cancellationToken);
        if (existing.FirstOrDefault(i => i.Language == language.Code) is { } already)
        {
            return Redirect(Url.EditUrl(already.Id));
        }

        // Swedish first: a translation starts from the Swedish page, or from another language when there is none.
        var source = existing.OrderBy(i => Languages.All.ToList().FindIndex(l => l.Code == i.Language)).FirstOrDefault();
        if (source is null)
        {
            return NotFound();
        }

        Source = source.Versions.Single();
        SourceLanguage = source.Language;
        Key = key;
        var title = $"Ny {EditorSupport.LanguageName(language.Code).ToLowerInvariant()} version";
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url, title, new LayoutLink(title, TranslationUrl(Url, key, language.Code)));
        return null;
    }
}
