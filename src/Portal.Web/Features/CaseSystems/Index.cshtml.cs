using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.CaseSystems;

/// <summary>Every registered case system, and the form that registers one and shows its secret once.</summary>
public sealed class IndexModel(CaseSystemService systems, PortalDbContext db, PublicAddress address, TimeProvider time) : StaffPageModel
{
    public sealed record Row(Guid Id, string Name, string ClientId, string Scopes, string ActsFor, bool Revoked);

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public List<string> Scopes { get; set; } = [];

        public string? ActsForUserId { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Systems { get; private set; } = [];

    public IReadOnlyList<StaffUser> CaseOfficers { get; private set; } = [];

    public SecretView? Secret { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        CaseOfficers = await systems.CaseOfficersAsync();
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            AddError("name", "Namn", "Skriv systemets namn.");
        }
        else if (name.Length > 200 || name.Any(char.IsControl))
        {
            AddError("name", "Namn", "Namnet får ha högst 200 tecken och inga styrtecken.");
        }

        if (Input.Scopes.Count == 0 || Input.Scopes.Any(s => !CaseSystemService.Scopes.Any(known => known.Scope == s)))
        {
            AddError("scopes", "Behörighet", "Välj minst en behörighet.");
        }

        if (!CaseOfficers.Any(o => o.Id == Input.ActsForUserId))
        {
            AddError("acts-for", "Agerar för", "Välj den handläggare som systemet agerar för.");
        }

        if (Errors.Count == 0)
        {
            var context = new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, null, ClientAddress);
            var registered = await systems.RegisterAsync(name!, Input.Scopes, Input.ActsForUserId!, context, cancellationToken: cancellationToken);
            Secret = new SecretView(registered.System.Name, registered.System.ClientId, registered.Secret, address.Absolute(OpenIdServer.TokenPath));
            Input = new InputModel();
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        SetLayout("Ärendesystem");
        if (CaseOfficers.Count == 0)
        {
            CaseOfficers = await systems.CaseOfficersAsync();
        }

        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var rows = await db.CaseSystems.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        Systems = rows.Select(s => new Row(s.Id, s.Name, s.ClientId, s.Scopes, names.GetValueOrDefault(s.ActsForUserId, "(kontot finns inte)"), s.RevokedUtc is not null)).ToList();
    }
}
