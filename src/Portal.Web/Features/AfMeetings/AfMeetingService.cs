using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.AfMeetings;

/// <summary>
/// What a handläggare at Arbetsförmedlingen sees: only the meetings they take part in, and of those the answers only
/// while the person's consent is yes. The consent is read from the database on every read, in the same transaction
/// that writes the read's audit event, so a withdrawal counts at once on every instance. FK's private notes and the
/// SGI-skyddskoll's assessment are never part of it. Skyddade personuppgifter follow the FK workspace's rules.
/// </summary>
public sealed class AfMeetingService(PortalDbContext db, QuestionnaireService questionnaires, QuestionnaireCatalog catalog, PreparedAnswers prepared, PersonalDataProtector protector)
{
    public sealed record Row(Guid Id, string Type, string Channel, DateTime StartsAtUtc, bool HasProtectedIdentity, string PersonNameProtected, AfConsent Consent, DateTime? ConsentChangedUtc, bool Cancelled, bool Submitted);

    /// <summary>Why the answers are not shown.</summary>
    public enum Hidden
    {
        None,
        NoConsent,
        ProtectedIdentity,
        NotSubmitted,
    }

    public sealed record View(Meeting Meeting, string Name, Hidden Hidden, IReadOnlyList<PreparedAnswers.SectionRows> Sections, DateTime? SubmittedUtc, int Submission = 0);

    /// <summary>The meetings <paramref name="user"/> takes part in.</summary>
    public IQueryable<Meeting> TakingPart(ClaimsPrincipal user)
    {
        var id = user.StaffId() ?? "";
        return db.Meetings.Where(m => m.AfCaseOfficerId == id);
    }

    /// <summary>
    /// The meetings <paramref name="user"/> takes part in from <paramref name="fromUtc"/> (and before
    /// <paramref name="toUtc"/> when not null), as list rows (no answers read): the AF pages' list and AF's case API.
    /// </summary>
    public Task<List<Row>> ListAsync(ClaimsPrincipal user, DateTime fromUtc, DateTime? toUtc, CancellationToken cancellationToken) =>
        TakingPart(user).Where(m => m.StartsAtUtc >= fromUtc && (toUtc == null || m.StartsAtUtc < toUtc)).OrderBy(m => m.StartsAtUtc)
            .Select(m => new Row(m.Id, m.Type, m.Channel, m.StartsAtUtc, m.HasProtectedIdentity, m.PersonNameProtected, m.AfConsent, m.AfConsentChangedUtc, m.CancelledUtc != null, m.SubmissionCount > 0))
            .ToListAsync(cancellationToken);

    /// <summary>The name as lists show it: never for skyddade personuppgifter (the FK workspace's rule).</summary>
    public string ListName(Row row) => prepared.ListName(row.HasProtectedIdentity, row.PersonNameProtected);

    /// <summary>
    /// Whether <see cref="OpenAsync"/> would give <paramref name="user"/> the answers now: the person has said yes and
    /// sent answers, and skyddade personuppgifter, if any, are within the user's permission.
    /// </summary>
    public static bool AnswersShared(ClaimsPrincipal user, Row row) =>
        row.Consent == AfConsent.Given && row.Submitted && PreparedAnswers.CanOpenAnswers(user, row.HasProtectedIdentity);

    /// <summary>
    /// One meeting for <paramref name="user"/>, null when they do not take part. With consent, answers and a
    /// permitted identity, the answers are read and one read event of <paramref name="reader"/> (the AF page's
    /// <see cref="AuditEventType.AnswersReadByAf"/>, AF's case system's <see cref="AuditEventType.AnswersReadByAfCaseSystem"/>)
    /// is written in the same transaction as the consent is read.
    /// </summary>
    public async Task<View?> OpenAsync(Guid meetingId, ClaimsPrincipal user, AnswerReader reader, ProcessContext context, CancellationToken cancellationToken)
    {
        if (!AnswerReaders.AtAf(reader))
        {
            throw new ArgumentOutOfRangeException(nameof(reader), reader, "Only a reader at Arbetsförmedlingen reads through this service.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var meeting = await TakingPart(user).AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var mayOpen = PreparedAnswers.CanOpenAnswers(user, meeting);
        var name = mayOpen ? protector.Unprotect(meeting.PersonNameProtected) : PreparedAnswers.ProtectedIdentityName;
        if (!mayOpen)
        {
            return new View(meeting, name, Hidden.ProtectedIdentity, [], null);
        }

        if (meeting.AfConsent != AfConsent.Given)
        {
            return new View(meeting, name, Hidden.NoConsent, [], null);
        }

        var response = await questionnaires.FindAsync(meeting.Id, cancellationToken);
        var last = response?.Submissions.OrderBy(s => s.Number).LastOrDefault();
        if (last is null)
        {
            return new View(meeting, name, Hidden.NotSubmitted, [], null);
        }

        db.AuditEvents.Add(context.Event(AnswerReaders.EventFor(reader), "Meeting", meeting.Id.ToString(), new { Submission = last.Number }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var definition = await catalog.ByVersionAsync(last.DefinitionVersionId, cancellationToken);
        return new View(meeting, name, Hidden.None, PreparedAnswers.SectionsFor(definition, questionnaires.Answers(last)), last.SubmittedUtc, last.Number);
    }
}
