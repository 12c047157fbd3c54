using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts.Admin;

/// <summary>All staff accounts, and a form to create one. The new account sets up two-factor on first sign-in.</summary>
public sealed class AccountsModel(UserManager<StaffUser> users, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    public sealed record AccountRow(string Id, string DisplayName, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, bool TwoFactor, bool Locked);

    public sealed class InputModel
    {
        public string? DisplayName { get; set; }

        public string? UserName { get; set; }

        public string? Password { get; set; }

        public List<string> Roles { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public string? Created { get; private set; }

    public async Task OnGetAsync(string? skapat)
    {
        Created = skapat;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userName = Input.UserName?.Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(Input.DisplayName))
        {
            AddError("display-name", "Namn", "Skriv personens namn.");
        }
        else if (StaffAccountRules.DisplayNameProblem(Input.DisplayName) is { } problem)
        {
            AddError("display-name", "Namn", problem);
        }

        if (string.IsNullOrWhiteSpace(userName))
        {
            AddError("username", "Användarnamn", "Skriv ett användarnamn.");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            AddError("password", "Första lösenord", "Skriv ett första lösenord.");
        }

        if (Input.Roles.Count == 0 || Input.Roles.Any(r => !StaffRoles.All.Contains(r)))
        {
            AddError("roles", "Roller", "Välj minst en roll.");
        }
        else if (StaffRoles.MixesAgencies(Input.Roles))
        {
            AddError("roles", "Roller", StaffAccountRules.MixedAgenciesProblem);
        }

        if (Errors.Count == 0)
        {
            var now = time.GetUtcNow().UtcDateTime;
            // The first password is known to the administrator who set it: the person chooses their own at first sign-in.
            var user = new StaffUser { UserName = userName, DisplayName = Input.DisplayName!.Trim(), CreatedUtc = now, MustChangePassword = true };
            await using var transaction = await db.Database.BeginTransactionAsync();
            var audit = new ProcessContext(User.StaffActor(), now, null, ClientAddress).Event(AuditEventType.StaffAccountCreated, "StaffUser", user.Id, new { Input.Roles });
            db.AuditEvents.Add(audit);
            var result = await users.CreateAsync(user, Input.Password!);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, Input.Roles);
            }

            if (result.Succeeded)
            {
                await transaction.CommitAsync();
                return RedirectToPage(new { skapat = user.UserName });
            }

            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? ("password", "Första lösenord") : ("username", "Användarnamn");
                AddError(field.Item1, field.Item2, error.Description);
            }
        }

        Input.Password = null;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        SetLayout("Konton för personal");
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync();
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        var permissions = await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == StaffPermissions.ClaimType).Select(c => new { c.UserId, c.ClaimValue }).ToListAsync();
        var now = time.GetUtcNow();
        Accounts = accounts.Select(u => new AccountRow(
            u.Id,
            u.DisplayName,
            u.UserName ?? "",
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            permissions.Where(p => p.UserId == u.Id).Select(p => p.ClaimValue!).ToList(),
            u.TwoFactorEnabled,
            u.LockoutEnd is { } end && end > now)).ToList();
    }
}
