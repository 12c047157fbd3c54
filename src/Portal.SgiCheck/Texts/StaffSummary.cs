using System.Globalization;
using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Texts;

/// <summary>
/// The summary written for the handläggare (Swedish, like the rest of the staff pages): the verdict in the case
/// officer's terms, each run of days without protection ("Glapp 3–6 dec, 4 dagar"), whether a registration is only
/// planned, the deadline and whether it has passed, and the rule ids. Never in the citizen's words.
/// </summary>
public static class StaffSummary
{
    private static readonly string[] Months = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];

    public static string Describe(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var parts = new List<string>(6) { Verdict(result.Verdict) };
        foreach (var gap in result.Gaps)
        {
            var days = gap.Days == 1 ? "1 dag" : gap.Days.ToString(CultureInfo.InvariantCulture) + " dagar";
            var text = gap.To is { } to
                ? $"Glapp {Range(gap.From, to, result.AsOf)}, {days}"
                : $"Glapp sedan {Day(gap.From, result.AsOf)}, {days} till och med kontrolldagen, ingen ny grund angiven";
            if (gap.Planned)
            {
                text += ", inskrivningen hos Arbetsförmedlingen är planerad men inte gjord";
            }

            if (gap.RuleId is { } rule)
            {
                text += $" ({rule}: {Judgement(gap.Verdict)})";
            }

            parts.Add(text);
        }

        if (result.Deadline is { } deadline)
        {
            parts.Add(result.DeadlinePassed
                ? $"Sista dag för nästa grund var {Day(deadline, result.AsOf)} (passerad)"
                : $"Nästa grund måste börja senast {Day(deadline, result.AsOf)}");
        }

        var rules = result.Rules.Where(r => r is not "INFO-1" and not "LAW-1").ToList();
        if (rules.Count > 0)
        {
            parts.Add("Regler: " + string.Join(", ", rules));
        }

        return string.Join(". ", parts) + ".";
    }

    private static string Verdict(Verdict verdict) => verdict switch
    {
        Model.Verdict.Protected => "Skyddad",
        Model.Verdict.LikelyProtected => "Troligen skyddad enligt FK:s praxis, bör bekräftas av FK",
        Model.Verdict.PartlyProtected => "Delvis skyddad",
        Model.Verdict.AtRisk => "I fara, FK behöver bedöma",
        Model.Verdict.NotProtected => "Inte skyddad",
        Model.Verdict.NoSgi => "Ingen SGI att skydda",
        _ => "Ny SGI från nuvarande arbete",
    };

    private static string Judgement(Verdict? verdict) => verdict switch
    {
        Model.Verdict.LikelyProtected => "godtas troligen enligt praxis",
        Model.Verdict.PartlyProtected => "delvis täckt",
        Model.Verdict.AtRisk => "osäkert",
        Model.Verdict.NotProtected => "bryter kedjan",
        _ => "inte bedömt än",
    };

    /// <summary>"3 dec", with the year when it is not the year of the check.</summary>
    private static string Day(DateOnly day, DateOnly asOf) =>
        day.Day.ToString(CultureInfo.InvariantCulture) + " " + Months[day.Month - 1]
        + (day.Year == asOf.Year ? "" : " " + day.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>"3–6 dec", "28 nov–3 dec", "29 dec 2026–2 jan 2027".</summary>
    private static string Range(DateOnly from, DateOnly to, DateOnly asOf)
    {
        if (from == to)
        {
            return Day(from, asOf);
        }

        if (from.Year == to.Year && from.Month == to.Month)
        {
            return from.Day.ToString(CultureInfo.InvariantCulture) + "–" + Day(to, asOf);
        }

        return from.Year == to.Year && to.Year == asOf.Year
            ? Day(from, asOf) + "–" + Day(to, asOf)
            : Day(from, new DateOnly(from.Year, 1, 1)) + " " + from.Year.ToString(CultureInfo.InvariantCulture) + "–" + Day(to, new DateOnly(1, 1, 1));
    }
}
