namespace Portal.Web.Questionnaires;

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
}
