namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// One person's answers to the pre-meeting questionnaire, saved section by section and encrypted at rest.
/// <see cref="Revision"/> increases with every save and detects the same form saved in two tabs.
/// Each submission (and each later change) is kept as a <see cref="ResponseSubmission"/>.
/// </summary>
public sealed class QuestionnaireResponse
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    /// <summary>The content version of the questionnaire definition the answers belong to.</summary>
    public Guid DefinitionVersionId { get; set; }

    public required string AnswersProtected { get; set; }

    public int Revision { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    /// <summary>The revision that was last submitted; null while the response is a draft.</summary>
    public int? SubmittedRevision { get; set; }

    /// <summary>Shown to the person on the confirmation page, e.g. "FM-4K7Q-2XPD".</summary>
    public required string ReferenceNumber { get; set; }

    public List<ResponseSubmission> Submissions { get; set; } = [];

    public bool IsSubmitted => SubmittedRevision is not null;

    /// <summary>True when the answers were changed after the last submission and not submitted again.</summary>
    public bool HasUnsubmittedChanges => SubmittedRevision is { } submitted && submitted != Revision;
}

/// <summary>A submitted version of the answers. Never updated; a change after submitting adds a new one.</summary>
public sealed class ResponseSubmission
{
    public Guid Id { get; set; }

    public Guid ResponseId { get; set; }

    public int Number { get; set; }

    public Guid DefinitionVersionId { get; set; }

    public required string AnswersProtected { get; set; }

    public DateTime SubmittedUtc { get; set; }
}
