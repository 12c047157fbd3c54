using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// Sends the reminders people asked for: one two days before the meeting (not to someone who declined, nor for a
/// cancelled meeting) and one on the SGI deadline (from 07:00 Stockholm time that day). Safe with several instances:
/// an instance claims a reminder in the database with one conditional UPDATE (only a row whose reminder is unsent and
/// unclaimed, or whose claim has lapsed) and sends only what it claimed, so a reminder goes out once. A failed send
/// keeps the row and is tried again on a later round. A row with nothing left to send is deleted.
/// </summary>
public sealed class ReminderSender(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderSender> logger) : BackgroundService
{
    /// <summary>How long before the meeting its reminder goes out.</summary>
    public static readonly TimeSpan MeetingReminderBefore = TimeSpan.FromDays(2);

    /// <summary>The Stockholm hour from which the deadline reminder goes out on the deadline day.</summary>
    public const int DeadlineReminderHour = 7;

    private readonly string _instance = Environment.MachineName + ":" + Guid.NewGuid().ToString("N");

    private enum Kind
    {
        Meeting,
        Deadline,
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await PeriodicJob.RunAsync(TimeSpan.FromSeconds(Math.Max(5, options.Value.PollSeconds)), time, logger, "Sending reminders failed; the sender will try again.", RunOnceAsync, stoppingToken);
    }

    /// <summary>Sends every reminder that is due now and deletes the rows with nothing left to send. Returns how many mails this instance sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = StockholmTime.DateOf(now);
        var deadlineHourPassed = StockholmTime.ToLocal(now).Hour >= DeadlineReminderHour;
        var meetingFrom = now + MeetingReminderBefore;
        List<(Guid Id, Kind Kind)> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var rows = await db.MeetingReminders.AsNoTracking()
                .Join(db.Meetings, r => r.MeetingId, m => m.Id, (r, m) => new
                {
                    r.Id,
                    r.MeetingReminderSentUtc,
                    r.DeadlineReminderSentUtc,
                    Deadline = r.SgiDeadline ?? m.SgiDeadline,
                    m.StartsAtUtc,
                    m.CancelledUtc,
                    Declined = m.Invitation != null && m.Invitation.Answer == InvitationAnswers.Declined,
                })
                .ToListAsync(cancellationToken);
            due = [.. rows.Where(r => r.MeetingReminderSentUtc is null && r.CancelledUtc is null && !r.Declined && r.StartsAtUtc <= meetingFrom && r.StartsAtUtc > now).Select(r => (r.Id, Kind.Meeting)),
                .. rows.Where(r => r.DeadlineReminderSentUtc is null && r.Deadline == today && deadlineHourPassed).Select(r => (r.Id, Kind.Deadline))];

            // Nothing left to send: the meeting has been, and the deadline has passed or its reminder went out.
            var finished = rows.Where(r => r.StartsAtUtc <= now && (r.Deadline is null || r.Deadline < today || r.DeadlineReminderSentUtc is not null)).Select(r => r.Id).ToList();
            if (finished.Count > 0)
            {
                await db.MeetingReminders.Where(r => finished.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
            }
        }

        var sent = 0;
        foreach (var (id, kind) in due)
        {
            try
            {
                sent += await SendAsync(id, kind, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "A reminder could not be sent; it will be tried again.");
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(Guid id, Kind kind, DateTime now, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var unclaimed = db.MeetingReminders.Where(r => r.Id == id && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < now));
        unclaimed = kind == Kind.Meeting ? unclaimed.Where(r => r.MeetingReminderSentUtc == null) : unclaimed.Where(r => r.DeadlineReminderSentUtc == null);
        var claimedUntil = now.AddMinutes(Math.Max(1, options.Value.ClaimMinutes));
        if (await unclaimed.ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, _instance).SetProperty(r => r.ClaimedUntilUtc, claimedUntil), cancellationToken) != 1)
        {
            // Another instance has it, or has sent it.
            return false;
        }

        var reminder = await db.MeetingReminders.AsNoTracking().Include(r => r.Meeting).ThenInclude(m => m!.Invitation).SingleAsync(r => r.Id == id, cancellationToken);
        var meeting = reminder.Meeting!;
        var language = Languages.Get(reminder.Language);
        var text = InvitationText.For(language);
        var links = services.GetRequiredService<LinkGenerator>();
        var address = services.GetRequiredService<PublicAddress>();
        string Page(string page, object values) => address.Absolute(links.GetPathByPage(page, values: values) ?? throw new InvalidOperationException($"No address for {page}."));
        var invitationUrl = Page("/Questionnaire/Form/Invitation", new { invitationId = meeting.Invitation!.Id, lang = language.RouteValue });
        var english = language == Languages.English;
        var (subject, body) = kind == Kind.Meeting
            ? (InvitationText.Format(text.MailMeetingSubject, InvitationText.FormatDateTime(meeting.StartsAtUtc, language)),
                InvitationText.Format(text.MailMeetingBody, MeetingTypes.Name(meeting.Type, english).ToLowerInvariant(), InvitationText.FormatDateTime(meeting.StartsAtUtc, language), invitationUrl))
            : (text.MailDeadlineSubject,
                InvitationText.Format(text.MailDeadlineBody, Portal.SgiCheck.Texts.ResultTexts.FormatDate((reminder.SgiDeadline ?? meeting.SgiDeadline)!.Value, english ? "en" : "sv"), Page("/SgiCheck/Index", new { lang = language.RouteValue }), invitationUrl));
        var email = services.GetRequiredService<PersonalDataProtector>().Unprotect(reminder.EmailProtected);
        try
        {
            await services.GetRequiredService<SmtpMailer>().SendAsync(email, subject, body + "\n\n" + text.MailFooter, cancellationToken);
        }
        catch
        {
            // Let the claim go so that the next round (this instance or another) tries again.
            await db.MeetingReminders.Where(r => r.Id == id && r.ClaimedBy == _instance)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            throw;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mine = db.MeetingReminders.Where(r => r.Id == id && r.ClaimedBy == _instance);
        var sentUtc = time.GetUtcNow().UtcDateTime;
        await (kind == Kind.Meeting
            ? mine.ExecuteUpdateAsync(s => s.SetProperty(r => r.MeetingReminderSentUtc, sentUtc).SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), cancellationToken)
            : mine.ExecuteUpdateAsync(s => s.SetProperty(r => r.DeadlineReminderSentUtc, sentUtc).SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), cancellationToken));
        db.AuditEvents.Add(new ProcessContext("system:paminnelser", sentUtc, kind == Kind.Meeting ? "Påminnelse före mötet" : "Påminnelse om SGI-datumet")
            .Event(AuditEventType.ReminderSent, "Meeting", meeting.Id.ToString(), new { Kind = kind == Kind.Meeting ? "meeting" : "sgi-deadline" }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
