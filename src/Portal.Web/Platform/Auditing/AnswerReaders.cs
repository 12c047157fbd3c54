namespace Portal.Web.Platform.Auditing;

/// <summary>Who read a person's answers, as the person's read log names them: by role, never by name.</summary>
public enum AnswerReader
{
    /// <summary>A handläggare at Försäkringskassan (the answers page or its print).</summary>
    FkCaseOfficer,

    /// <summary>Försäkringskassan's case system, through the case API.</summary>
    FkCaseSystem,

    /// <summary>The handläggare at Arbetsförmedlingen taking part in the meeting.</summary>
    AfCaseOfficer,

    /// <summary>Arbetsförmedlingen's case system, acting for the AF handläggare taking part (scope meetings.af.read).</summary>
    AfCaseSystem,
}

/// <summary>
/// The one mapping between the audit events that are reads of a person's answers and the reader they show as. The
/// writers (the FK and AF pages, the case API) and the person's read log both go through it, so they cannot disagree.
/// </summary>
public static class AnswerReaders
{
    private static readonly IReadOnlyDictionary<string, AnswerReader> ByEvent = new Dictionary<string, AnswerReader>
    {
        [AuditEventType.AnswersViewed.Name] = AnswerReader.FkCaseOfficer,
        [AuditEventType.AnswersReadByCaseSystem.Name] = AnswerReader.FkCaseSystem,
        [AuditEventType.AnswersReadByAf.Name] = AnswerReader.AfCaseOfficer,
        [AuditEventType.AnswersReadByAfCaseSystem.Name] = AnswerReader.AfCaseSystem,
    };

    /// <summary>The stored names of every read event.</summary>
    public static IReadOnlyList<string> EventNames { get; } = [.. ByEvent.Keys];

    /// <summary>The event a read by <paramref name="reader"/> writes.</summary>
    public static AuditEventType EventFor(AnswerReader reader) => reader switch
    {
        AnswerReader.FkCaseSystem => AuditEventType.AnswersReadByCaseSystem,
        AnswerReader.AfCaseOfficer => AuditEventType.AnswersReadByAf,
        AnswerReader.AfCaseSystem => AuditEventType.AnswersReadByAfCaseSystem,
        _ => AuditEventType.AnswersViewed,
    };

    /// <summary>
    /// Whether the reader is at Arbetsförmedlingen: the person's read log names every such read "en handläggare på
    /// Arbetsförmedlingen", through the page or AF's case system alike.
    /// </summary>
    public static bool AtAf(AnswerReader reader) => reader is AnswerReader.AfCaseOfficer or AnswerReader.AfCaseSystem;

    /// <summary>The reader of a stored read event.</summary>
    public static AnswerReader ReaderOf(string eventType) => ByEvent[eventType];
}
