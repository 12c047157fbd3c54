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

    public IReadOnlyList<CaseSystemService.ActsForChoice> Accounts { get; private set; } = [];

    public SecretView? Secret { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Accounts = await systems.AccountsAsync();
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

        var actsFor = Accounts.Where(a => a.Id == Input.ActsForUserId).ToList();
        if (actsFor.Count == 0)
        {
            AddError("acts-for", "Agerar för", "Välj den handläggare som systemet agerar för.");
        }
        else if (ErrorFor("scopes") is null && actsFor.Select(a => CaseSystemService.ScopeMismatch(Input.Scopes, a.Role)).ToList() is var mismatches && mismatches.All(m => m is not null))
        {
            // The scopes must suit the account's role: FK's for a Handläggare, AF's for a Handläggare på Arbetsförmedlingen.
            AddError("scopes", "Behörighet", mismatches[0]!);
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
        if (Accounts.Count == 0)
        {
            Accounts = await systems.AccountsAsync();
        }

        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var rows = await db.CaseSystems.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        Systems = rows.Select(s => new Row(s.Id, s.Name, s.ClientId, s.Scopes, names.GetValueOrDefault(s.ActsForUserId, "(kontot finns inte)"), s.RevokedUtc is not null)).ToList();
    }
}
