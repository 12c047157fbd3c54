using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// A staff member changes their own password. A new account, and an account whose password someone else set, comes
/// here first (<see cref="MustChangePasswordFilter"/>). Changing the password ends the account's other sessions; this
/// one is renewed.
/// </summary>
public sealed class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? RepeatPassword { get; set; }

    public bool Forced => User.HasClaim(MustChangePasswordFilter.ClaimType, "true");

    public bool Changed { get; private set; }

    public void OnGet(bool klart = false)
    {
        Changed = klart;
        SetLayout("Byt lösenord");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SetLayout("Byt lösenord");
        if (string.IsNullOrEmpty(CurrentPassword))
        {
            AddError("current-password", "Nuvarande lösenord", "Skriv ditt nuvarande lösenord.");
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            AddError("new-password", "Nytt lösenord", "Skriv ett nytt lösenord.");
        }
        else if (NewPassword != RepeatPassword)
        {
            AddError("repeat-password", "Upprepa det nya lösenordet", "Lösenorden är inte lika. Skriv samma nya lösenord två gånger.");
        }
        else if (NewPassword == CurrentPassword)
        {
            AddError("new-password", "Nytt lösenord", "Välj ett annat lösenord än det nuvarande.");
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage(StaffAuthentication.SignInPage);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AuditEvents.Add(new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, Forced ? "Eget lösenord vid första inloggningen" : null, ClientAddress)
            .Event(AuditEventType.StaffPasswordChanged, "StaffUser", user.Id));
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    AddError("current-password", "Nuvarande lösenord", "Det nuvarande lösenordet är fel.");
                }
                else
                {
                    AddError("new-password", "Nytt lösenord", error.Description);
                }
            }

            return Page();
        }

        await transaction.CommitAsync();
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { klart = "true" });
    }
}
