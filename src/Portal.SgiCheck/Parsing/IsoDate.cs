using System.Globalization;

namespace Portal.SgiCheck.Parsing;

/// <summary>Strict YYYY-MM-DD dates, years 1900–2199.</summary>
public static class IsoDate
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    /// <summary>Parses a date; returns null when valid, otherwise an error code from <see cref="ErrorCodes"/>.</summary>
    public static string? Validate(string? raw, out DateOnly date)
    {
        date = default;
        if (raw is null || raw.Length != 10 || raw[4] != '-' || raw[7] != '-')
        {
            return ErrorCodes.DateFormat;
        }

        for (var i = 0; i < raw.Length; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            if (raw[i] is < '0' or > '9')
            {
                return ErrorCodes.DateFormat;
            }
        }

        var year = ((raw[0] - '0') * 1000) + ((raw[1] - '0') * 100) + ((raw[2] - '0') * 10) + (raw[3] - '0');
        var month = ((raw[5] - '0') * 10) + (raw[6] - '0');
        var day = ((raw[8] - '0') * 10) + (raw[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return ErrorCodes.DateInvalid;
        }

        if (year < MinYear)
        {
            return ErrorCodes.DateTooFarPast;
        }

        if (year > MaxYear)
        {
            return ErrorCodes.DateTooFarFuture;
        }

        date = new DateOnly(year, month, day);
        return null;
    }

    /// <summary>Checks that a date lies within the supported years; returns an error code or null.</summary>
    public static string? CheckRange(DateOnly date) => date.Year switch
    {
        < MinYear => ErrorCodes.DateTooFarPast,
        > MaxYear => ErrorCodes.DateTooFarFuture,
        _ => null,
    };

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
