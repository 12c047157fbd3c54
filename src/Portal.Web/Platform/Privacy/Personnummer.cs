using System.Globalization;

namespace Portal.Web.Platform.Privacy;

/// <summary>
/// A Swedish personnummer (or samordningsnummer), validated: a real date, the right number of digits and a correct
/// check digit (Luhn). Normalised to 12 digits, YYYYMMDDNNNN. Never log or display it; use <see cref="ToString"/>
/// only where the person's own number is shown back to them.
/// </summary>
public sealed class Personnummer : IEquatable<Personnummer>
{
    private Personnummer(string twelveDigits, DateOnly birthDate, bool isCoordinationNumber)
    {
        Digits = twelveDigits;
        BirthDate = birthDate;
        IsCoordinationNumber = isCoordinationNumber;
    }

    /// <summary>YYYYMMDDNNNN.</summary>
    public string Digits { get; }

    public DateOnly BirthDate { get; }

    public bool IsCoordinationNumber { get; }

    /// <summary>The sex the number was issued for: odd ninth digit for men, even for women (as the agencies report).</summary>
    public string LegalSex => (Digits[10] - '0') % 2 == 1 ? "man" : "kvinna";

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > date ? age - 1 : age;
    }

    /// <summary>
    /// Parses "YYYYMMDD-NNNN", "YYYYMMDDNNNN", "YYMMDD-NNNN", "YYMMDDNNNN" or "YYMMDD+NNNN" (100 years or older).
    /// Returns null and a plain Swedish reason when the number is not valid.
    /// </summary>
    public static Personnummer? Parse(string? input, DateOnly today, out string? error)
    {
        error = null;
        var text = (input ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            error = "Skriv ditt personnummer.";
            return null;
        }

        var plus = text.Contains('+', StringComparison.Ordinal);
        var digits = text.Replace("-", "", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal);
        if (digits.Length is not (10 or 12) || !digits.All(char.IsAsciiDigit) || text.Count(c => c is '-' or '+') > 1)
        {
            error = "Skriv personnumret med 12 siffror, till exempel 19800101-1234.";
            return null;
        }

        if (digits.Length == 10)
        {
            var twoDigitYear = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var century = (today.Year - twoDigitYear - (plus ? 100 : 0)) / 100;
            var year = century * 100 + twoDigitYear;
            if (year > today.Year - (plus ? 100 : 0))
            {
                year -= 100;
            }

            digits = year.ToString(CultureInfo.InvariantCulture) + digits[2..];
        }

        var yearValue = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        var day = int.Parse(digits[6..8], CultureInfo.InvariantCulture);
        var coordination = day > 60;
        if (coordination)
        {
            day -= 60;
        }

        if (yearValue < 1890 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, yearValue), month))
        {
            error = "Personnumret innehåller ett datum som inte finns. Kontrollera siffrorna.";
            return null;
        }

        var birthDate = new DateOnly(yearValue, month, day);
        if (birthDate > today)
        {
            error = "Personnumret innehåller ett datum som inte har varit än. Kontrollera siffrorna.";
            return null;
        }

        if (!HasValidCheckDigit(digits[2..]))
        {
            error = "Personnumret stämmer inte. Kontrollera att du har skrivit alla siffror rätt.";
            return null;
        }

        return new Personnummer(digits, birthDate, coordination);
    }

    /// <summary>The Luhn check over the ten digits YYMMDDNNNC.</summary>
    public static bool HasValidCheckDigit(string tenDigits)
    {
        if (tenDigits.Length != 10 || !tenDigits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var value = (tenDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }

        return (10 - sum % 10) % 10 == tenDigits[9] - '0';
    }

    public override string ToString() => $"{Digits[..8]}-{Digits[8..]}";

    public bool Equals(Personnummer? other) => other is not null && other.Digits == Digits;

    public override bool Equals(object? obj) => obj is Personnummer other && Equals(other);

    public override int GetHashCode() => Digits.GetHashCode(StringComparison.Ordinal);
}
