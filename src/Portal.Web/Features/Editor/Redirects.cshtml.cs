using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Editor;

/// <summary>
/// Old addresses and where they lead: the ones publishing made when a page moved or was unpublished, and the ones
/// editors add by hand (for addresses in letters and on other sites). A redirect is stored to its final address, so a
/// chain is one redirect; one that would lead back to itself is refused.
/// </summary>
public sealed class RedirectsModel(PortalDbContext db, PublishedContent content, TimeProvider time) : PageModel
{
    public IReadOnlyList<ContentRedirect> Redirects { get; private set; } = [];

    [BindProperty]
    public string From { get; set; } = "";

    [BindProperty]
    public string To { get; set; } = "";

    public Dictionary<string, string> Errors { get; } = [];

    public string? Done { get; private set; }

    public ErrorSummary Summary => new(Errors.Select(e => new ErrorSummaryItem(e.Key, e.Key == nameof(From) ? "Gammal adress" : "Ny adress", e.Value)).ToList());

    public async Task OnGetAsync(string? klart, CancellationToken cancellationToken)
    {
        Done = klart switch
        {
            "tillagd" => "Omdirigeringen är sparad och gäller från och med nu.",
            "borttagen" => "Omdirigeringen är borttagen.",
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var from = ContentRedirects.NormalizePath(From);
        var to = ContentRedirects.NormalizePath(To);
        if (from is null)
        {
            Errors[nameof(From)] = "Skriv den gamla adressen som en sökväg som börjar med /, till exempel /gammal-sida.";
        }

        if (to is null)
        {
            Errors[nameof(To)] = "Skriv den nya adressen som en sökväg som börjar med /, till exempel /skydda-din-sgi.";
        }

        var snapshot = await content.GetAsync<GuidanceSnapshot>(cancellationToken);
        var published = snapshot.Pages.Select(p => (p.Language.Code, p.Slug)).ToHashSet();
        if (from is not null && (snapshot.Pages.Any(p => ContentRedirects.NormalizePath(p.Url) == from)
            || GuidanceContent.KnownAppPaths.Any(p => from == "/" + p || from.StartsWith("/" + p + "/", StringComparison.Ordinal))))
        {
            Errors[nameof(From)] = $"Adressen {from} är en sida som finns. En omdirigering därifrån skulle aldrig användas.";
        }
        else if (from is not null && await db.ContentRedirects.AnyAsync(r => r.FromPath == from, cancellationToken))
        {
            Errors[nameof(From)] = $"Det finns redan en omdirigering från {from}. Ta bort den först om den ska leda någon annanstans.";
        }

        string? final = null;
        if (Errors.Count == 0)
        {
            (final, var problem) = await FinalAddressAsync(from!, to!, cancellationToken);
            if (problem is not null)
            {
                Errors[nameof(To)] = problem;
            }
            else if (!GuidanceContent.InternalLinkResolves(final!, Languages.Swedish, published))
            {
                Errors[nameof(To)] = $"Adressen {final} leder inte till någon publicerad sida.";
            }
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var context = EditorSupport.Context(HttpContext, time);
        var pointingHere = await db.ContentRedirects.Where(r => r.ToPath == from).ToListAsync(cancellationToken);
        pointingHere.ForEach(r => r.ToPath = final);
        var redirect = new ContentRedirect
        {
            Id = Guid.NewGuid(),
            FromPath = from!,
            ToPath = final,
            IsAutomatic = false,
            CreatedUtc = context.NowUtc,
            CreatedBy = context.Actor,
        };
        db.ContentRedirects.Add(redirect);
        db.AuditEvents.Add(context.Event(AuditEventType.ContentRedirectAdded, ContentRedirects.SubjectType, redirect.Id.ToString(), new { From = from, To = final, Asked = to, Updated = pointingHere.Count }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another editor added the same old address a moment earlier (the address is unique).
            db.ChangeTracker.Clear();
            Errors[nameof(From)] = $"Det finns redan en omdirigering från {from}. Ta bort den först om den ska leda någon annanstans.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage("/Editor/Redirects", new { klart = "tillagd" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid redirectId, CancellationToken cancellationToken)
    {
        var redirect = await db.ContentRedirects.SingleOrDefaultAsync(r => r.Id == redirectId, cancellationToken);
        if (redirect is not null)
        {
            var context = EditorSupport.Context(HttpContext, time);
            db.ContentRedirects.Remove(redirect);
            db.AuditEvents.Add(context.Event(AuditEventType.ContentRedirectRemoved, ContentRedirects.SubjectType, redirect.Id.ToString(), new { From = redirect.FromPath, To = redirect.ToPath, redirect.IsAutomatic }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage("/Editor/Redirects", new { klart = "borttagen" });
    }

    /// <summary>Follows existing redirects from <paramref name="to"/> to the address a visitor would end at; refuses loops.</summary>
    private async Task<(string? Final, string? Problem)> FinalAddressAsync(string from, string to, CancellationToken cancellationToken)
    {
        var rows = await db.ContentRedirects.AsNoTracking().ToDictionaryAsync(r => r.FromPath, r => r.ToPath, StringComparer.Ordinal, cancellationToken);
        var seen = new List<string> { from };
        var current = to;
        while (true)
        {
            if (seen.Contains(current, StringComparer.Ordinal))
            {
                return (null, $"Omdirigeringen skulle gå i en slinga: {string.Join(" → ", seen.Append(current))}. Välj en adress som leder till en sida.");
            }

            seen.Add(current);
            if (!rows.TryGetValue(current, out var next))
            {
                return (current, null);
            }

            if (next is null)
            {
                return (null, $"Adressen {current} hörde till en sida som är avpublicerad. Välj en adress som leder till en publicerad sida.");
            }

            current = next;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Redirects = await db.ContentRedirects.AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);
        ViewData[PageLayout.ViewDataKey] = EditorSupport.Layout(Url, "Omdirigeringar", new LayoutLink("Omdirigeringar", Url.Page("/Editor/Redirects")!));
    }
}
