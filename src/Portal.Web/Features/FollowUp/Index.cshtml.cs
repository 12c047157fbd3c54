using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.FollowUp;

/// <summary>Anonymous follow-up figures per month or quarter, by meeting type and kön, with CSV and JSON export and an SVG chart.</summary>
public sealed class IndexModel(PortalDbContext db) : StaffPageModel
{
    [FromQuery(Name = "period")]
    public string PeriodKind { get; set; } = "manad";

    [FromQuery(Name = "typ")]
    public string Type { get; set; } = FollowUpFigures.All;

    public FollowUpFigures Figures { get; private set; } = null!;

    public IReadOnlyList<string> Periods => PeriodKind == "kvartal" ? Figures.Quarters : Figures.Months;

    public string TypeName => Type == FollowUpFigures.All ? "alla typer" : MeetingTypes.Name(Type);

    public string ChartSvg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ChartSvg = Chart();
        SetLayout("Uppföljning");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var swedish = CultureInfo.GetCultureInfo("sv-SE");
        var csv = new StringBuilder("period;typ;kön;mått;antal;andel;medeldagar till svar\r\n");
        foreach (var (period, type, sex, measure, count, share, days) in Rows())
        {
            csv.Append(CultureInfo.InvariantCulture, $"{period};{type};{sex};{measure};{FollowUpFigures.Cell(count)};{(share is { } s ? s.ToString("0.000", swedish) : "")};{(days is { } d ? d.ToString("0.0", swedish) : "")}\r\n");
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "uppfoljning.csv");
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return new JsonResult(Rows().Select(r => new { r.Period, r.Type, r.Sex, r.Measure, Count = r.Count, Suppressed = r.Count is null, Share = r.Share, r.MeanDaysToAnswer }));
    }

    public string ExportUrl(string handler) => Url.Page("/FollowUp/Index", handler, new { period = PeriodKind, typ = Type })!;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PeriodKind = PeriodKind == "kvartal" ? "kvartal" : "manad";
        Type = FollowUpFigures.Types.Contains(Type) ? Type : FollowUpFigures.All;
        Figures = await FollowUpFigures.LoadAsync(db, cancellationToken);
    }

    /// <summary>Every published figure; the mean days from invitation to first answer goes with the "answered" measure.</summary>
    private IEnumerable<(string Period, string Type, string Sex, string Measure, int? Count, double? Share, double? MeanDaysToAnswer)> Rows() =>
        from period in Periods
        from measure in FollowUpFigures.Measures
        from sex in FollowUpFigures.Sexes
        select (period, Type, sex, measure.Key, Figures.Count(period, Type, sex, measure.Key), Figures.Share(period, Type, sex, measure.Key),
            measure.Key == "answered" ? Figures.MeanDaysToAnswer(period, Type, sex) : null);

    /// <summary>
    /// A line chart of submitted questionnaires; a suppressed period is a gap in the line with a hatched, dashed bar
    /// labelled "&lt;5", so it never reads as zero. The table beside it has the same figures.
    /// </summary>
    private string Chart()
    {
        const int width = 640, height = 240, left = 48, right = 16, top = 16, bottom = 40;
        var periods = Periods;
        var values = periods.Select(p => Figures.Count(p, Type, FollowUpFigures.All, "submitted")).ToList();
        var max = Math.Max(5, values.Select(v => v ?? 0).DefaultIfEmpty(0).Max());
        double X(int i) => periods.Count == 1 ? left + ((width - left - right) / 2.0) : left + (i * (width - left - right) / (double)(periods.Count - 1));
        double Y(int v) => top + ((height - top - bottom) * (1 - (v / (double)max)));
        string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"followup-chart__svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">Inskickade formulär per period, {WebUtility.HtmlEncode(TypeName)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-desc\">Linjediagram. Samma siffror finns i tabellen bredvid. Perioder med färre än 5 visas som ett avbrott i linjen och en streckad stapel märkt &lt;5.</desc>");
        svg.Append("<defs><pattern id=\"chart-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#6e6e6e\" stroke-width=\"2\"/></pattern></defs>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#1b1e23\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{height - bottom}\" stroke=\"#1b1e23\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{N(Y(max))}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1e23\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{height - bottom}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1e23\">0</text>");
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#4a52b6\" stroke-width=\"3\" points=\"{string.Join(' ', segment)}\"/>");
            }

            segment.Clear();
        }

        for (var i = 0; i < periods.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1e23\">{periods[i]}</text>");
            if (values[i] is { } v)
            {
                segment.Add($"{N(X(i))},{N(Y(v))}");
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"4\" fill=\"#4a52b6\"/>");
            }
            else
            {
                // A suppressed figure (1–4) is not zero: a hatched, dashed bar up to 4, labelled "<5".
                Flush();
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"followup-chart__suppressed\"><rect x=\"{N(X(i) - 10)}\" y=\"{N(Y(4))}\" width=\"20\" height=\"{N(Y(0) - Y(4))}\" fill=\"url(#chart-hatch)\" stroke=\"#1b1e23\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{N(Y(4) - 6)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1e23\">&lt;5</text></g>");
            }
        }

        Flush();
        svg.Append("</svg>");
        return svg.ToString();
    }
}
