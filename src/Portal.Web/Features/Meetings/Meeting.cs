namespace Portal.Web.Features.Meetings;

/// <summary>
/// A kontaktmöte, omställningsmöte or gemensam kartläggning with one person. The person's personnummer and name are
/// stored encrypted; the personnummer also as a keyed hash for look-ups.
/// </summary>
public sealed class Meeting
{
    public Guid Id { get; set; }

    /// <summary>See <see cref="MeetingTypes"/>.</summary>
    public required string Type { get; set; }

    public DateTime StartsAtUtc { get; set; }

    /// <summary>See <see cref="MeetingChannels"/>.</summary>
    public required string Channel { get; set; }

    /// <summary>The handläggare's user id.</summary>
    public required string CaseOfficerId { get; set; }

    public required string PersonnummerProtected { get; set; }

    public required string PersonnummerHash { get; set; }

    public required string PersonNameProtected { get; set; }

    /// <summary>Skyddade personuppgifter: the name is never shown in lists, and answers need a special permission.</summary>
    public bool HasProtectedIdentity { get; set; }

    /// <summary>Demo data seeded for development; kept in the future so its links keep working.</summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    public Invitation? Invitation { get; set; }

    /// <summary>The submission number the handläggare last marked as read; later submissions are "changed since read".</summary>
    public int? ReadSubmissionNumber { get; set; }

    public DateTime? ReadUtc { get; set; }

    public string? ReadBy { get; set; }

    // What the meeting lists show, stored when it changes (MeetingFacts), so a list reads no answers.

    /// <summary>The person has saved answers (the questionnaire is started); false again when they delete them.</summary>
    public bool AnswersStarted { get; set; }

    /// <summary>How many times the answers were submitted (the number of the last submission); 0 before the first.</summary>
    public int SubmissionCount { get; set; }

    /// <summary>The SGI-skyddskoll's verdict on the last submitted answers (e.g. "at-risk"), null when they give no result.</summary>
    public string? SgiVerdict { get; set; }

    /// <summary>The last day to act that the SGI-skyddskoll gave; the text around it ("agera senast …") is made when shown.</summary>
    public DateOnly? SgiDeadline { get; set; }

    /// <summary>The SGI-skyddskoll says the person must act (its warning and error verdicts).</summary>
    public bool SgiAtRisk { get; set; }

    /// <summary>The flags from the last submitted answers as the list shows them (<see cref="MeetingFacts.EncodeFlags"/>): codes, a "!" after a warning.</summary>
    public string ListFlags { get; set; } = "";

    public List<MeetingNote> Notes { get; set; } = [];

    /// <summary>Where an on-site meeting is held (an office address, never the person's). Shown to the person.</summary>
    public string? Address { get; set; }

    /// <summary>The link to a video meeting. Shown to the person and put in the meeting's calendar file.</summary>
    public string? VideoLink { get; set; }

    /// <summary>How the person reaches the handläggare (a phone number and hours, say). Shown to the person.</summary>
    public string? ContactRoute { get; set; }

    /// <summary>When a handläggare cancelled the meeting; the link then says so and takes no answers.</summary>
    public DateTime? CancelledUtc { get; set; }

    /// <summary>How many times the time has changed: the SEQUENCE of the meeting's calendar file, so a new file replaces the old event.</summary>
    public int TimeVersion { get; set; }

    /// <summary>When the handläggare confirmed the current time after the person asked for another one.</summary>
    public DateTime? TimeConfirmedUtc { get; set; }

    public bool IsCancelled => CancelledUtc is not null;

    /// <summary>
    /// The handläggare at Arbetsförmedlingen who takes part (a staff user id with the role
    /// <see cref="Platform.Security.StaffRoles.AfHandlaggare"/>); only for the types where AF takes part
    /// (<see cref="MeetingTypes.AfTakesPart"/>). Null: no one from AF is named.
    /// </summary>
    public string? AfCaseOfficerId { get; set; }

    /// <summary>The person's consent to share the answers with Arbetsförmedlingen, as it is now (<see cref="AfConsentRules"/>).</summary>
    public AfConsent AfConsent { get; set; }

    /// <summary>When <see cref="AfConsent"/> last changed; null while the person has not answered.</summary>
    public DateTime? AfConsentChangedUtc { get; set; }
}

/// <summary>A handläggare's private note on a meeting. Never shown to the person; encrypted at rest.</summary>
public sealed class MeetingNote
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    public required string TextProtected { get; set; }

    public required string AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public static class MeetingTypes
{
    public const string Kontaktmote = "kontaktmote";
    public const string Omstallningsmote = "omstallningsmote";
    public const string GemensamKartlaggning = "gemensam-kartlaggning";

    public static readonly IReadOnlyList<string> All = [Kontaktmote, Omstallningsmote, GemensamKartlaggning];

    /// <summary>The types where a handläggare from Arbetsförmedlingen takes part: omställningsmöte and gemensam kartläggning.</summary>
    public static bool AfTakesPart(string? type) => type is Omstallningsmote or GemensamKartlaggning;

    public static string Name(string type, bool english = false) => (type, english) switch
    {
        (Kontaktmote, false) => "kontaktmöte",
        (Omstallningsmote, false) => "omställningsmöte",
        (GemensamKartlaggning, false) => "gemensam kartläggning",
        (Kontaktmote, true) => "contact meeting (kontaktmöte)",
        (Omstallningsmote, true) => "transition meeting (omställningsmöte)",
        (GemensamKartlaggning, true) => "joint assessment (gemensam kartläggning)",
        _ => type,
    };
}

public static class MeetingChannels
{
    public const string Video = "video";
    public const string Phone = "telefon";
    public const string OnSite = "pa-plats";

    public static readonly IReadOnlyList<string> All = [Video, Phone, OnSite];

    public static string Name(string channel, bool english = false) => (channel, english) switch
    {
        (Video, false) => "video",
        (Phone, false) => "telefon",
        (OnSite, false) => "på plats",
        (Video, true) => "video",
        (Phone, true) => "phone",
        (OnSite, true) => "in person",
        _ => channel,
    };
}
