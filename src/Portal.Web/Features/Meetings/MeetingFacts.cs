using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// What the meeting lists ("Mina möten" and the case API) show of a meeting, stored on the meeting when it changes:
/// by the questionnaire service when answers are started, submitted or deleted, in the same save as the change and its
/// audit event. A list is then one query that reads no answers and runs no SGI-skyddskoll. The SGI deadline is stored
/// as a date; any text relative to today is made when the list is shown.
/// </summary>
public static class MeetingFacts
{
    /// <summary>The subject of the <see cref="AuditEventType.StoredFactsBackfilled"/> event that marks the one-time fill of meetings from before.</summary>
    public const string BackfillSubject = "meeting-list";

    /// <summary>The person saved answers for the first time.</summary>
    public static void AnswersStarted(Meeting meeting) => meeting.AnswersStarted = true;

    /// <summary>The answers were submitted as submission <paramref name="number"/>: the flags and SGI result of exactly these answers.</summary>
    public static void Submitted(Meeting meeting, int number, QuestionnaireDefinition definition, QuestionnaireAnswers answers, SgiFromQuestionnaire.Summary? sgi)
    {
        meeting.AnswersStarted = true;
        meeting.SubmissionCount = number;
        meeting.SgiVerdict = sgi?.Verdict;
        meeting.SgiDeadline = sgi?.Deadline;
        meeting.SgiAtRisk = PreparedAnswers.SgiAtRisk(sgi);
        meeting.ListFlags = EncodeFlags(PreparedAnswers.FlagsFor(definition, answers));
    }

    /// <summary>The person deleted their answers: the meeting is as before they started.</summary>
    public static void AnswersDeleted(Meeting meeting)
    {
        meeting.AnswersStarted = false;
        meeting.SubmissionCount = 0;
        meeting.SgiVerdict = null;
        meeting.SgiDeadline = null;
        meeting.SgiAtRisk = false;
        meeting.ListFlags = "";
    }

    /// <summary>The questionnaire's status from the stored facts; the same as <see cref="PreparedAnswers.StatusOf"/> gives from the answers.</summary>
    public static PreparedAnswers.Status StatusOf(bool invitationOpened, bool answersStarted, int submissionCount, int? readSubmissionNumber) =>
        !answersStarted
            ? invitationOpened ? PreparedAnswers.Status.Opened : PreparedAnswers.Status.NotOpened
            : submissionCount == 0 ? PreparedAnswers.Status.Started
            : readSubmissionNumber is null ? PreparedAnswers.Status.Submitted
            : submissionCount > readSubmissionNumber ? PreparedAnswers.Status.ChangedSinceRead
            : PreparedAnswers.Status.Read;

    /// <summary>Flags as stored: their codes in order, separated by spaces, each warning followed by "!".</summary>
    public static string EncodeFlags(IEnumerable<PreparedAnswers.Flag> flags) => string.Join(' ', flags.Select(f => f.Warning ? f.Code + "!" : f.Code));

    /// <summary>The stored flags with their labels (a list shows no values).</summary>
    public static IReadOnlyList<PreparedAnswers.Flag> DecodeFlags(string stored) =>
        stored.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(code => code.EndsWith('!')
                ? new PreparedAnswers.Flag(code[..^1], PreparedAnswers.FlagLabel(code[..^1]), "", true)
                : new PreparedAnswers.Flag(code, PreparedAnswers.FlagLabel(code), ""))
            .ToList();

    /// <summary>
    /// Once, on the first start after the upgrade that added the stored facts: fills them in for every meeting with
    /// answers, from its last submission (the SGI-skyddskoll as of today), <paramref name="batchSize"/> meetings at a
    /// time in one transaction. Marked done by an audit event.
    /// </summary>
    public static async Task BackfillAsync(IServiceProvider services, int batchSize, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.AuditEvents.AnyAsync(e => e.SubjectType == AuditEventType.StoredFactsSubjectType && e.SubjectId == BackfillSubject, cancellationToken))
        {
            return;
        }

        var catalog = services.GetRequiredService<QuestionnaireCatalog>();
        var questionnaires = services.GetRequiredService<QuestionnaireService>();
        var sgi = services.GetRequiredService<SgiFromQuestionnaire>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var filled = 0;
        while (true)
        {
            // The next batch: meetings with answers not yet marked started. Each one filled is marked (AnswersStarted),
            // so the same query, in this transaction, gives the batch after it.
            var meetings = await db.Meetings
                .Where(m => !m.AnswersStarted && db.QuestionnaireResponses.Any(r => r.MeetingId == m.Id))
                .OrderBy(m => m.Id).Take(batchSize)
                .ToListAsync(cancellationToken);
            if (meetings.Count == 0)
            {
                break;
            }

            var ids = meetings.Select(m => m.Id).ToList();
            var responses = await db.QuestionnaireResponses.AsNoTracking().Include(r => r.Submissions)
                .Where(r => ids.Contains(r.MeetingId))
                .ToDictionaryAsync(r => r.MeetingId, cancellationToken);
            foreach (var meeting in meetings)
            {
                var response = responses[meeting.Id];
                AnswersStarted(meeting);
                if (response.Submissions.MaxBy(s => s.Number) is { } last)
                {
                    var definition = await catalog.ByVersionAsync(last.DefinitionVersionId, cancellationToken);
                    var answers = questionnaires.Answers(last);
                    Submitted(meeting, response.Submissions.Count, definition, answers, sgi.Evaluate(definition, answers, now));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            filled += meetings.Count;
        }

        db.AuditEvents.Add(new ProcessContext("system:upgrade", now, "Lagrade listuppgifter för möten från före uppgraderingen")
            .Event(AuditEventType.StoredFactsBackfilled, AuditEventType.StoredFactsSubjectType, BackfillSubject, new { Meetings = filled }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
