using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Identity's validation messages in plain Swedish, for the admin and account pages.</summary>
public sealed class SwedishIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };

    private static string F(string format, object value) => string.Format(CultureInfo.InvariantCulture, format, value);

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Något gick fel. Försök igen.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Kontot ändrades av någon annan samtidigt. Ladda om sidan och försök igen.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Fel lösenord.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Koden är ogiltig.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "Inloggningen används redan av ett annat konto.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "Användarnamnet får bara innehålla a–z, 0–9 och tecknen . - _ @");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "Skriv en giltig e-postadress.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), F("Användarnamnet {0} används redan.", userName));
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), F("E-postadressen {0} används redan.", email));
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "Rollnamnet är ogiltigt.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), F("Rollen {0} finns redan.", role));
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "Kontot har redan ett lösenord.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Kontot kan inte spärras.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), F("Kontot har redan rollen {0}.", role));
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), F("Kontot har inte rollen {0}.", role));
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), F("Lösenordet måste ha minst {0} tecken.", length));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), F("Lösenordet måste ha minst {0} olika tecken.", uniqueChars));
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Lösenordet måste ha minst ett tecken som inte är en bokstav eller siffra.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Lösenordet måste ha minst en siffra.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Lösenordet måste ha minst en liten bokstav.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Lösenordet måste ha minst en stor bokstav.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Återställningskoden är fel eller redan använd.");
}
