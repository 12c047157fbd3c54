using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.CaseSystems;

/// <summary>One case system: what it may do and for whom, a new secret (shown once), and revoking it.</summary>
public sealed class DetailModel(CaseSystemService systems, PortalDbContext db, PublicAddress address, TimeProvider time) : StaffPageModel
{
    public CaseSystem Item { get; private set; } = null!;

    public string ActsFor { get; private set; } = "";

    public SecretView? Secret { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRotateAsync(Guid id, CancellationToken cancellationToken)
    {
        var secret = await systems.RotateAsync(id, Context(), cancellationToken);
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (secret is not null)
        {
            Secret = new SecretView(Item.Name, Item.ClientId, secret, address.Absolute(OpenIdServer.TokenPath));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var revoked = await systems.RevokeAsync(id, Context(), cancellationToken);
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Message = revoked ? "Ärendesystemet är spärrat. Dess token gäller inte längre." : null;
        return Page();
    }

    private ProcessContext Context() => new(User.StaffActor(), time.GetUtcNow().UtcDateTime, null, ClientAddress);

    private async Task<bool> LoadAsync(Guid id)
    {
        SetLayout("Ärendesystem");
        var system = await db.CaseSystems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (system is null)
        {
            return false;
        }

        Item = system;
        ActsFor = await db.Users.AsNoTracking().Where(u => u.Id == system.ActsForUserId).Select(u => u.DisplayName + " (" + u.UserName + ")").SingleOrDefaultAsync() ?? "(kontot finns inte)";
        return true;
    }
}
