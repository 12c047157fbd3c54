using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Features.SgiCheck;

/// <summary>The start page of the SGI-skyddskoll: what it does, what to have ready, and that nothing is stored.</summary>
public sealed class IndexModel(SgiTextCatalog catalog, TimeProvider time) : SgiCheckPageModel(catalog, time)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        SetLayout(Ui("start.title"), Urls.Start, noIndex: false);
        return Page();
    }
}
