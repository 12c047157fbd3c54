using System.Globalization;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>The prepared answers as the answers page and the print view show them.</summary>
public sealed record PreparedView(PreparedAnswers.Prepared Prepared, string Name)
{
    public string Local(DateTime utc) =>
        StockholmTime.ToLocal(utc).ToString("d MMMM yyyy 'kl.' HH:mm", CultureInfo.GetCultureInfo("sv-SE"));
}
