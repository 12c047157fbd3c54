using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;
using QRCoder;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>
/// First sign-in: after a correct password the person connects an authenticator app (key as text and as a QR code,
/// rendered as SVG on the server), proves it with a code, and gets ten recovery codes. Only then are they signed in.
/// </summary>
public sealed class SetUpTwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffTotp totp, StaffSignInGuard guard, PortalDbContext db, TimeProvider time) : StaffPageModel
{
    public const string Issuer = "Omställningsportalen";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string UserName { get; private set; } = "";

    public string FormattedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => SafeReturnUrl(ReturnUrl);

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await SetUpUserAsync();
        if (user is null)
        {
            return RedirectToPage(StaffAuthentication.SignInPage);
        }

        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await SetUpUserAsync();
        if (user is null)
        {
            return RedirectToPage(StaffAuthentication.SignInPage);
        }

        var code = TwoFactorCodes.Normalize(Code);
        if (code is null || !await totp.TryUseAsync(user, code))
        {
            AddError("code", "Kod från appen", code is null ? "Skriv de 6 siffrorna från appen." : "Koden stämmer inte. Kontrollera att appen visar Omställningsportalen och skriv koden som visas nu.");
            await ShowKeyAsync(user);
            return Page();
        }

        var context = new ProcessContext("staff:" + user.Id, time.GetUtcNow().UtcDateTime, "Tvåstegsverifiering vid första inloggningen", ClientAddress);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AuditEvents.Add(context.Event(AuditEventType.StaffTwoFactorEnabled, "StaffUser", user.Id));
            await users.SetTwoFactorEnabledAsync(user, true);
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
            await transaction.CommitAsync();
        }

        await HttpContext.SignOutAsync(StaffAuthentication.SetUpScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        SetLayout("Tvåstegsverifieringen är klar");
        return Page();
    }

    /// <summary>The account named by the set-up cookie, if it still has no two-factor and is not locked.</summary>
    private async Task<StaffUser?> SetUpUserAsync()
    {
        var result = await HttpContext.AuthenticateAsync(StaffAuthentication.SetUpScheme);
        if (!result.Succeeded || result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        var user = await users.FindByIdAsync(id);
        return user is null || user.TwoFactorEnabled || guard.IsLocked(user)
            ? null
            : user;
    }

    private async Task ShowKeyAsync(StaffUser user)
    {
        SetLayout("Koppla en autentiseringsapp");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        UserName = user.UserName ?? user.Id;
        FormattedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(UserName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
