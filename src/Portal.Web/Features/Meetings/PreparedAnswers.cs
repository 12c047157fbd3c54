using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.SgiCheck.Model;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// What a handläggare may see of meetings, and the prepared answers for one meeting, shared by the handläggare pages
/// and the case-system API. Opening the answers writes exactly one AnswersViewed audit event, in the same
/// transaction as the read.
/// </summary>
public sealed class PreparedAnswers(PortalDbContext db, QuestionnaireCatalog catalog, QuestionnaireService questionnaires, SgiFromQuestionnaire sgi, PersonalDataProtector protector)
{
    public enum Status
    {
        NotOpened,
        Opened,
        Started,
        Submitted,
        Read,
        ChangedSinceRead,
    }

    public static string StatusName(Status status) => status switch
    {
        Status.NotOpened => "Inte öppnad",
        Status.Opened => "Öppnad, inte påbörjad",
        Status.Started => "Påbörjad",
        Status.Submitted => "Inskickad, inte läst",
        Status.Read => "Läst",
        _ => "Ändrad sedan du läste",
    };

    public static string StatusCode(Status status) => status switch
    {
        Status.NotOpened => "not-opened",
        Status.Opened => "opened",
        Status.Started => "started",
        Status.Submitted => "submitted",
        Status.Read => "read",
        _ => "changed-since-read",
    };

    public sealed record Flag(string Code, string Label, string Value, bool Warning = false);

    public sealed record AnswerRow(string QuestionId, string Question, string Answer, bool Changed);

    public sealed record SectionRows(string Title, IReadOnlyList<AnswerRow> Answers);

    public sealed record Prepared(
        Meeting Meeting,
        string PersonName,
        Status Status,
        QuestionnaireResponse? Response,
        int SubmissionNumber,
        Guid? DefinitionVersionId,
        SgiFromQuestionnaire.Summary? Sgi,
        Result? SgiResult,
        IReadOnlyList<Flag> Flags,
        IReadOnlyList<SectionRows> Sections,
        IReadOnlyList<(DateTime At, string Author, string Text)> Notes,
        DateOnly Today);

    /// <summary>The meetings the person may see: their own, or every meeting with the team-lead permission.</summary>
    public IQueryable<Meeting> Visible(ClaimsPrincipal user) => Own(user).Include(m => m.Invitation);

    private IQueryable<Meeting> Own(ClaimsPrincipal user)
    {
        var id = user.StaffId() ?? "";
        return StaffPermissions.Has(user, StaffPermissions.AllMeetings) ? db.Meetings : db.Meetings.Where(m => m.CaseOfficerId == id);
    }

    public static bool CanOpenAnswers(ClaimsPrincipal user, Meeting meeting) => CanOpenAnswers(user, meeting.HasProtectedIdentity);

    public static bool CanOpenAnswers(ClaimsPrincipal user, bool hasProtectedIdentity) =>
        !hasProtectedIdentity || StaffPermissions.Has(user, StaffPermissions.ProtectedIdentity);

    /// <summary>What lists show instead of the name of a person with skyddade personuppgifter.</summary>
    public const string ProtectedIdentityName = "Skyddade personuppgifter";

    /// <summary>The name as lists, print views and API lists show it (FK's and AF's): never for skyddade personuppgifter.</summary>
    public string ListName(bool hasProtectedIdentity, string personNameProtected) =>
        hasProtectedIdentity ? ProtectedIdentityName : protector.Unprotect(personNameProtected);

    /// <summary>The name as lists, print views and API lists show it: never for skyddade personuppgifter.</summary>
    public string ListName(Meeting meeting) => ListName(meeting.HasProtectedIdentity, meeting.PersonNameProtected);

    public static Status StatusOf(Meeting meeting, QuestionnaireResponse? response) =>
        response is null
            ? meeting.Invitation?.FirstVerifiedUtc is null ? Status.NotOpened : Status.Opened
            : !response.IsSubmitted ? Status.Started
            : meeting.ReadSubmissionNumber is null ? Status.Submitted
            : response.Submissions.Count > meeting.ReadSubmissionNumber ? Status.ChangedSinceRead
            : Status.Read;

    /// <summary>A row of a meeting list, read with the stored facts (<see cref="MeetingFacts"/>): no answers, no SGI run.</summary>
    public sealed record ListEntry(
        Guid Id,
        string Type,
        string Channel,
        DateTime StartsAtUtc,
        string CaseOfficerId,
        bool HasProtectedIdentity,
        string PersonNameProtected,
        bool InvitationOpened,
        bool AnswersStarted,
        int SubmissionCount,
        int? ReadSubmissionNumber,
        string? SgiVerdict,
        DateOnly? SgiDeadline,
        bool SgiAtRisk,
        string ListFlags,
        InvitationAnswerState Answer)
    {
        public Status Status => MeetingFacts.StatusOf(InvitationOpened, AnswersStarted, SubmissionCount, ReadSubmissionNumber);
    }

    /// <summary>The meetings the person may see that start from <paramref name="fromUtc"/> until <paramref name="toUtc"/> (each open when null), as list rows: one query, with the invitation's state joined in.</summary>
    public IQueryable<ListEntry> ListEntries(ClaimsPrincipal user, DateTime? fromUtc, DateTime? toUtc)
    {
        var query = Own(user);
        query = fromUtc is { } from ? query.Where(m => m.StartsAtUtc >= from) : query;
        query = toUtc is { } to ? query.Where(m => m.StartsAtUtc < to) : query;
        return query.Select(m => new ListEntry(
            m.Id,
            m.Type,
            m.Channel,
            m.StartsAtUtc,
            m.CaseOfficerId,
            m.HasProtectedIdentity,
            m.PersonNameProtected,
            m.Invitation != null && m.Invitation.FirstVerifiedUtc != null,
            m.AnswersStarted,
            m.SubmissionCount,
            m.ReadSubmissionNumber,
            m.SgiVerdict,
            m.SgiDeadline,
            m.SgiAtRisk,
            m.ListFlags,
            new InvitationAnswerState(
                m.CancelledUtc != null,
                m.Invitation != null ? m.Invitation.Answer : null,
                m.Invitation != null ? m.Invitation.DeclineReason : null,
                m.Invitation != null && m.Invitation.WishTextProtected != null && m.Invitation.WishHandledUtc == null,
                m.TimeConfirmedUtc != null,
                db.TimeBookings.Any(b => b.MeetingId == m.Id))));
    }

    /// <summary>The name as a list shows it: never for skyddade personuppgifter.</summary>
    public string ListName(ListEntry entry) => ListName(entry.HasProtectedIdentity, entry.PersonNameProtected);

    /// <summary>Whether the SGI-skyddskoll says the person must act (the warning and error verdicts).</summary>
    public static bool SgiAtRisk(SgiFromQuestionnaire.Summary? summary) => summary?.MessageKind is "warning" or "error";

    /// <summary>
    /// The SGI result as a list row says it, on <paramref name="today"/> (the Stockholm date when the list is shown):
    /// "SGI i fara – agera senast 13 dec"; the deadline only when the person must act, and once it has passed, that it
    /// has passed and what to do now.
    /// </summary>
    public static string SgiListText(string verdictCode, DateOnly? deadline, bool atRisk, DateOnly today)
    {
        var verdict = verdictCode switch
        {
            "protected" => "SGI skyddad",
            "likely-protected" => "SGI troligen skyddad",
            "partly-protected" => "SGI delvis skyddad",
            "at-risk" => "SGI i fara",
            "not-protected" => "SGI inte skyddad",
            "no-sgi" => "Ingen SGI",
            "new-sgi" => "Ny SGI",
            _ => verdictCode,
        };
        return deadline is { } day && atRisk
            ? $"{verdict} – {SgiDeadlineText(day, today, atRisk, $"{day.Day} {ShortMonths[day.Month - 1]}", "FK")}"
            : verdict;
    }

    /// <summary>
    /// The SGI result in a sentence (the prepared answers and their print), on <paramref name="today"/>: "SGI i fara.
    /// Agera senast 2026-12-13." while the deadline is ahead; after it, that the day has passed.
    /// </summary>
    public static string SgiSentence(SgiFromQuestionnaire.Summary summary, DateOnly today) =>
        SgiFromQuestionnaire.VerdictName(summary.Verdict) + (summary.Deadline is { } day
            ? ". " + Capitalized(SgiDeadlineText(day, today, SgiAtRisk(summary), IsoDate(day), "Försäkringskassan")) + "."
            : ".");

    /// <summary>
    /// The last day to act, relative to today: ahead (or today) "agera senast …"; passed while the person must act, that it
    /// has passed and to call Försäkringskassan today (the engine's own advice once the day is gone); passed otherwise,
    /// only the day it was. Stored facts keep the date; this text is made when it is shown, never stored.
    /// </summary>
    private static string SgiDeadlineText(DateOnly deadline, DateOnly today, bool atRisk, string day, string fk) =>
        deadline >= today ? $"agera senast {day}"
        : atRisk ? $"sista dagen {day} har passerat, kontakta {fk} i dag"
        : $"sista dagen var {day}";

    private static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static readonly string[] ShortMonths = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];

    /// <summary>Reads the prepared answers and writes the read to the audit log: AnswersViewed for a handläggare (channel page or print), AnswersReadByCaseSystem for the case API.</summary>
    public async Task<Prepared> OpenAsync(Meeting meeting, ReadChannel channel, ProcessContext context, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await questionnaires.FindAsync(meeting.Id, cancellationToken);
        var last = response?.Submissions.OrderBy(s => s.Number).LastOrDefault();
        var notes = await db.MeetingNotes.AsNoTracking().Where(n => n.MeetingId == meeting.Id).OrderBy(n => n.CreatedUtc).ToListAsync(cancellationToken);
        db.AuditEvents.Add(context.Event(AnswerReaders.EventFor(channel == ReadChannel.CaseApi ? AnswerReader.FkCaseSystem : AnswerReader.FkCaseOfficer), "Meeting", meeting.Id.ToString(), new { Channel = channel.ToString(), Submission = last?.Number }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var status = StatusOf(meeting, response);
        var noteRows = notes.Select(n => (n.CreatedUtc, n.AuthorName, protector.Unprotect(n.TextProtected))).ToList();
        var name = protector.Unprotect(meeting.PersonNameProtected);
        if (last is null)
        {
            return new Prepared(meeting, name, status, response, 0, null, null, null, [], [], noteRows, StockholmTime.DateOf(context.NowUtc));
        }

        var definition = await catalog.ByVersionAsync(last.DefinitionVersionId, cancellationToken);
        var answers = questionnaires.Answers(last);
        var read = meeting.ReadSubmissionNumber is { } readNumber && readNumber < last.Number
            ? response!.Submissions.FirstOrDefault(s => s.Number == readNumber)
            : null;
        var before = read is null ? null : questionnaires.Answers(read);
        var result = await sgi.ResultAsync(definition, answers, context.NowUtc, Languages.Swedish, cancellationToken);
        var summary = await sgi.SummarizeAsync(definition, answers, context.NowUtc, Languages.Swedish, cancellationToken);
        var sections = SectionsFor(definition, answers, before);
        var today = StockholmTime.DateOf(context.NowUtc);
        IReadOnlyList<Flag> flags = summary is null ? FlagsFor(definition, answers) : [SgiFlagFor(summary, today), .. FlagsFor(definition, answers)];
        return new Prepared(meeting, name, status, response, last.Number, last.DefinitionVersionId, summary, result, flags, sections, noteRows, today);
    }

    /// <summary>All answers by section as the staff read them (Swedish); an answer differing from <paramref name="before"/> is marked changed.</summary>
    public static IReadOnlyList<SectionRows> SectionsFor(QuestionnaireDefinition definition, QuestionnaireAnswers answers, QuestionnaireAnswers? before = null) =>
        definition.Sections.Select(section => new SectionRows(
            section.Title,
            section.Questions.Where(answers.IsVisible).Select(q => new AnswerRow(
                q.Id,
                q.Text,
                AnswerFormatter.Format(q, answers, Languages.Swedish),
                before is not null && !before.Many(q.Id).SequenceEqual(answers.Many(q.Id)))).ToList())).ToList();

    /// <summary>The code of the SGI-skyddskoll's flag; lists show the result in a column of its own instead.</summary>
    public const string SgiFlag = "sgi";

    /// <summary>A flag's label by its code.</summary>
    public static string FlagLabel(string code) => code switch
    {
        SgiFlag => "SGI-skyddskoll",
        "interpreter" => "Tolk",
        "access-needs" => "Tillgänglighet",
        "sanction" => "Varning eller avstängning",
        "wants-af-help" => "Vill ha hjälp att skriva in sig hos AF",
        "other-actors" => "Fler aktörer på mötet",
        "own-questions" => "Egna frågor",
        "consent-af" => "Får dela svaren med AF (enligt formuläret)",
        _ => code,
    };

    private static Flag NewFlag(string code, string value, bool warning = false) => new(code, FlagLabel(code), value, warning);

    /// <summary>The SGI-skyddskoll's flag (the case API's flags), its text made on <paramref name="today"/>; lists show the result in a column of its own instead.</summary>
    public static Flag SgiFlagFor(SgiFromQuestionnaire.Summary summary, DateOnly today) =>
        NewFlag(SgiFlag, SgiSentence(summary, today).TrimEnd('.'), SgiAtRisk(summary));

    /// <summary>The flags the answers raise, without the SGI-skyddskoll's (<see cref="SgiFlagFor"/>): these do not change with the date, so lists store them.</summary>
    public static IReadOnlyList<Flag> FlagsFor(QuestionnaireDefinition definition, QuestionnaireAnswers answers)
    {
        var flags = new List<Flag>();

        string Answer(Question q) => AnswerFormatter.Format(q, answers, Languages.Swedish);
        foreach (var question in definition.Questions.Where(q => q.Flag is not null && answers.IsVisible(q) && answers.Has(q.Id)))
        {
            var values = answers.Many(question.Id);
            switch (question.Flag)
            {
                case "interpreter" when values.Contains("ja"):
                    var language = definition.Questions.FirstOrDefault(q => q.ShowIf?.Question == question.Id && answers.Has(q.Id));
                    flags.Add(NewFlag("interpreter", language is null ? "Ja" : answers.One(language.Id)!, true));
                    break;
                case "access-needs" when values.Any(v => v != "inget"):
                    flags.Add(NewFlag("access-needs", Answer(question), true));
                    break;
                case "sanction" when values.Contains("ja"):
                    flags.Add(NewFlag("sanction", "Ja", true));
                    break;
                case "wants-af-help" when values.Contains("ja"):
                    flags.Add(NewFlag("wants-af-help", "Ja"));
                    break;
                case "other-actors" when values.Any(v => v is not "ingen" and not "vet-inte"):
                    flags.Add(NewFlag("other-actors", Answer(question)));
                    break;
                case "own-questions":
                    flags.Add(NewFlag("own-questions", Answer(question)));
                    break;
                case AfConsentRules.QuestionnaireFlag:
                    flags.Add(NewFlag("consent-af", values.Contains("ja") ? "Ja" : "Nej", !values.Contains("ja")));
                    break;
            }
        }

        return flags;
    }
}

/// <summary>Where prepared answers were read: decides the audit event type, and so how the read shows in the person's read log.</summary>
public enum ReadChannel
{
    Page,
    Print,
    CaseApi,
}
