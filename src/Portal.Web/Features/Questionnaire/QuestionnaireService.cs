using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Saves, submits and deletes a person's questionnaire response. Answers are encrypted before they reach the database.
/// A save carries the revision the person's page was showing, so a save from an older tab is detected, not applied.
/// Each change also updates what the meeting lists show (<see cref="MeetingFacts"/>) and the follow-up facts
/// (<see cref="FollowUpFacts"/>), in the same save as the change and its audit event.
/// </summary>
public sealed class QuestionnaireService(PortalDbContext db, PersonalDataProtector protector, QuestionnaireCatalog catalog, SgiFromQuestionnaire sgi)
{
    public abstract record SaveOutcome;

    public sealed record Saved(int Revision) : SaveOutcome;

    /// <summary>The response changed since the page was loaded (another tab). Nothing was written.</summary>
    public sealed record Conflict(QuestionnaireAnswers Current, int Revision) : SaveOutcome;

    public Task<QuestionnaireResponse?> FindAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        db.QuestionnaireResponses.Include(r => r.Submissions).SingleOrDefaultAsync(r => r.MeetingId == meetingId, cancellationToken);

    public QuestionnaireAnswers Answers(QuestionnaireResponse? response) =>
        response is null ? new QuestionnaireAnswers() : QuestionnaireAnswers.FromJson(protector.Unprotect(response.AnswersProtected));

    public QuestionnaireAnswers Answers(ResponseSubmission submission) => QuestionnaireAnswers.FromJson(protector.Unprotect(submission.AnswersProtected));

    /// <summary>Saves the answers if the stored revision is still <paramref name="expectedRevision"/> (0 before the first save).</summary>
    public async Task<SaveOutcome> SaveAsync(Guid meetingId, int expectedRevision, QuestionnaireAnswers answers, Guid definitionVersionId, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var response = await FindAsync(meetingId, cancellationToken);
        if ((response?.Revision ?? 0) != expectedRevision)
        {
            return new Conflict(Answers(response), response!.Revision);
        }

        if (response is null)
        {
            response = new QuestionnaireResponse
            {
                Id = Guid.NewGuid(),
                MeetingId = meetingId,
                DefinitionVersionId = definitionVersionId,
                AnswersProtected = "",
                StartedUtc = context.NowUtc,
                ReferenceNumber = NewReferenceNumber(),
            };
            db.QuestionnaireResponses.Add(response);
            db.AuditEvents.Add(context.Event(AuditEventType.QuestionnaireStarted, "Meeting", meetingId.ToString()));
            MeetingFacts.AnswersStarted(await MeetingAsync(meetingId, cancellationToken));
            await FollowUpFacts.StartedAsync(db, meetingId, cancellationToken);
        }

        response.AnswersProtected = protector.Protect(answers.ToJson());
        response.DefinitionVersionId = definitionVersionId;
        response.Revision++;
        response.UpdatedUtc = context.NowUtc;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two saves raced (the revision check passed in both): the other one won. Report it as a conflict.
            db.ChangeTracker.Clear();
            var current = await FindAsync(meetingId, cancellationToken);
            return new Conflict(Answers(current), current?.Revision ?? 0);
        }

        return new Saved(response.Revision);
    }

    /// <summary>
    /// Submits the current answers, with their anonymous <paramref name="statistics"/> in the audit event and, on the
    /// first submission, in the follow-up facts. Idempotent: submitting the same revision twice (a double click, a
    /// reload) keeps one submission. A change after submitting is submitted as a new version.
    /// </summary>
    public async Task<QuestionnaireResponse> SubmitAsync(QuestionnaireResponse response, QuestionnaireStatistics.Facts statistics, ProcessContext context, CancellationToken cancellationToken = default)
    {
        if (response.SubmittedRevision == response.Revision)
        {
            return response;
        }

        var previous = response.Submissions.OrderBy(s => s.Number).LastOrDefault();
        var number = response.Submissions.Count + 1;
        var submission = new ResponseSubmission
        {
            Id = Guid.NewGuid(),
            ResponseId = response.Id,
            Number = number,
            DefinitionVersionId = response.DefinitionVersionId,
            AnswersProtected = response.AnswersProtected,
            SubmittedUtc = context.NowUtc,
        };
        db.ResponseSubmissions.Add(submission);
        response.SubmittedRevision = response.Revision;
        response.SubmittedUtc = context.NowUtc;
        db.AuditEvents.Add(context.Event(number == 1 ? AuditEventType.QuestionnaireSubmitted : AuditEventType.QuestionnaireChanged, "Meeting", response.MeetingId.ToString(), statistics));
        var definition = await catalog.ByVersionAsync(response.DefinitionVersionId, cancellationToken);
        var answers = Answers(response);
        var meeting = await MeetingAsync(response.MeetingId, cancellationToken);
        MeetingFacts.Submitted(meeting, number, definition, answers, sgi.Evaluate(definition, answers, context.NowUtc));
        await ApplyAfConsentAsync(meeting, definition, answers, previous is null ? null : Answers(previous), context, cancellationToken);
        if (number == 1)
        {
            await FollowUpFacts.SubmittedAsync(db, response.MeetingId, statistics, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submits of the same answers raced (a double click): both numbered the submission alike and the unique
            // index let one through. If that one submitted this revision, this request has nothing left to do.
            var revision = response.Revision;
            db.ChangeTracker.Clear();
            var current = await FindAsync(response.MeetingId, cancellationToken);
            if (current is null || current.SubmittedRevision < revision)
            {
                throw;
            }

            return current;
        }

        return response;
    }

    /// <summary>
    /// The questionnaire's yes or no to sharing with Arbetsförmedlingen sets the meeting's consent when it is first
    /// submitted and when the person changes that answer; a submission that leaves it as before keeps what the person
    /// chose on the consent page since.
    /// </summary>
    private async Task ApplyAfConsentAsync(Meeting meeting, QuestionnaireDefinition definition, QuestionnaireAnswers answers, QuestionnaireAnswers? before, ProcessContext context, CancellationToken cancellationToken)
    {
        if (definition.Questions.FirstOrDefault(q => q.Flag == AfConsentRules.QuestionnaireFlag) is not { } question || answers.One(question.Id) is not { } answer)
        {
            return;
        }

        if (before is null || before.One(question.Id) != answer)
        {
            await AfConsentRules.ApplyAsync(db, meeting, answer == "ja", AfConsentRules.Source.Questionnaire, context, cancellationToken);
        }
    }

    /// <summary>The person deletes their answers. Nothing is kept.</summary>
    public async Task DeleteAsync(QuestionnaireResponse response, ProcessContext context, CancellationToken cancellationToken = default)
    {
        db.QuestionnaireResponses.Remove(response);
        db.AuditEvents.Add(context.Event(AuditEventType.QuestionnaireDeletedByPerson, "Meeting", response.MeetingId.ToString()));
        MeetingFacts.AnswersDeleted(await MeetingAsync(response.MeetingId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The meeting, tracked (the one the page already loaded when it did), to update its stored facts.</summary>
    private async Task<Meeting> MeetingAsync(Guid meetingId, CancellationToken cancellationToken) =>
        await db.Meetings.FindAsync([meetingId], cancellationToken) ?? throw new InvalidOperationException($"No meeting {meetingId}.");

    /// <summary>A reference like FM-4K7Q-2XPD: unambiguous letters and digits, easy to read aloud.</summary>
    public static string NewReferenceNumber()
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return $"FM-{chars[..4]}-{chars[4..]}";
    }
}
