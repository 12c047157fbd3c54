namespace Portal.Web.Features.Questionnaire;

public sealed class QuestionnaireOptions
{
    public const string Section = "Questionnaire";

    /// <summary>Answers can be changed until this many hours before the meeting.</summary>
    public int ChangeCutoffHours { get; set; } = 24;

    /// <summary>Responses and invitation data are deleted this many days after the meeting.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>Client (IP) addresses in the audit log are erased this many days after the event.</summary>
    public int ClientAddressRetentionDays { get; set; } = 30;

    /// <summary>How often the retention job looks for meetings to delete.</summary>
    public int RetentionIntervalMinutes { get; set; } = 60;

    /// <summary>Written in a questionnaire's intro where <see cref="ChangeCutoffHours"/> belongs, so the text follows the setting.</summary>
    public const string ChangeCutoffHoursPlaceholder = "{andra-svar-timmar}";

    /// <summary>Written in a questionnaire's intro where <see cref="RetentionDays"/> belongs.</summary>
    public const string RetentionDaysPlaceholder = "{radera-svar-dagar}";

    /// <summary>The intro with the configured figures in place of their placeholders.</summary>
    public string FillIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return text
            .Replace(ChangeCutoffHoursPlaceholder, ChangeCutoffHours.ToString(culture), StringComparison.Ordinal)
            .Replace(RetentionDaysPlaceholder, RetentionDays.ToString(culture), StringComparison.Ordinal);
    }
}
