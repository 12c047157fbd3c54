namespace Portal.Web.Features.FollowUp;

/// <summary>
/// What the follow-up figures count of one meeting, written in the same save as the event it records (meeting
/// created, invitation opened, questionnaire started, first submitted, answered, consent to AF changed). Anonymous: the
/// month, the meeting type, the legal sex and yes/no facts; no personnummer, name, date or free text. <see cref="MeetingId"/> links it to its
/// meeting while the meeting exists and is cleared when the meeting is deleted, so the facts then link to nothing.
/// </summary>
public sealed class FollowUpFact
{
    public Guid Id { get; set; }

    /// <summary>The live meeting, or null once it was deleted.</summary>
    public Guid? MeetingId { get; set; }

    /// <summary>The month the meeting was created in, Stockholm time: "2026-11".</summary>
    public required string Month { get; set; }

    public required string MeetingType { get; set; }

    /// <summary>"kvinna", "man" or "okant".</summary>
    public required string Sex { get; set; }

    public bool Opened { get; set; }

    public bool Started { get; set; }

    public bool Submitted { get; set; }

    // From the first submission (each false until then).
    public bool SubmittedBeforeMeeting { get; set; }

    /// <summary>The SGI-skyddskoll said "at-risk" or "not-protected".</summary>
    public bool SgiRisk { get; set; }

    public bool WantsAfHelp { get; set; }

    public bool NeedsInterpreter { get; set; }

    public bool ConsentsToShareWithAf { get; set; }

    // The answer to the invitation (InvitationAnswers), as it stands now: null while not answered.
    public string? Answer { get; set; }

    /// <summary>The reason chosen when declining (DeclineReasons), or null; never the person's own words.</summary>
    public string? DeclineReason { get; set; }

    /// <summary>Whole Stockholm days from the invitation to the first answer, or null while not answered.</summary>
    public int? DaysToAnswer { get; set; }

    /// <summary>A handläggare from Arbetsförmedlingen takes part (set with the participant, when the meeting is created).</summary>
    public bool AfTakesPart { get; set; }

    /// <summary>The person's consent to share the answers with Arbetsförmedlingen is yes now (updated with every change of <c>Meeting.AfConsent</c>).</summary>
    public bool AfConsentGiven { get; set; }

    /// <summary>The person has withdrawn the consent at least once (stays true if they say yes again).</summary>
    public bool AfConsentWithdrawn { get; set; }
}
