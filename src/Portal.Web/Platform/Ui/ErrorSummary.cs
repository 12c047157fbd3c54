using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Ui;

/// <summary>
/// The one FKUI error summary at the top of every form (the SGI-skyddskoll, the questionnaire, staff and editor
/// pages): a boxed list with one link per field that needs correcting, focused when the page loads, with one
/// wording. Shown through <c>_ErrorSummary.cshtml</c>, which also puts "Fel:" in front of the page's &lt;title&gt;
/// (never in the heading or the breadcrumbs).
/// </summary>
public sealed record ErrorSummary(IReadOnlyList<ErrorSummaryItem> Errors, Language? Language = null)
{
    private bool English => Language == Languages.English;

    public string Heading => English ? "Something needs correcting" : "Något behöver rättas";

    /// <summary>Put in front of the page title in &lt;title&gt; while the page shows errors.</summary>
    public string TitlePrefix => English ? "Error" : "Fel";
}

public sealed record ErrorSummaryItem(string FieldId, string Label, string Message)
{
    /// <summary>"Datum: Skriv datumet …", but a question keeps its own mark: "Vilken dag …? Skriv datumet …" (never "?:").</summary>
    public string Text
    {
        get
        {
            var label = Label.TrimEnd();
            return label.Length > 0 && label[^1] is '?' or '!' or '.' or ':' ? $"{label} {Message}" : $"{label}: {Message}";
        }
    }
}
