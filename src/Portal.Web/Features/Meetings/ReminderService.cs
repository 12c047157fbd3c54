using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// The person's opt-in to e-mail reminders for their meeting: the address they give is kept encrypted for this meeting
/// only, replaced when they give a new one and deleted when they stop the reminders (or with the meeting). Nothing is
/// stored without an address, and nothing is offered without an SMTP server.
/// </summary>
public sealed class ReminderService(PortalDbContext db, PersonalDataProtector protector, IOptions<ReminderOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>The address the reminders go to, or null when the person has not asked for any.</summary>
    public async Task<string?> AddressAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var reminder = await db.MeetingReminders.AsNoTracking().SingleOrDefaultAsync(r => r.MeetingId == meetingId, cancellationToken);
        return reminder is null ? null : protector.Unprotect(reminder.EmailProtected);
    }

    /// <summary>Keeps the address for the meeting's reminders; false when it is not an e-mail address (nothing stored).</summary>
    public async Task<bool> RequestAsync(Guid meetingId, string? address, string language, DateOnly? sgiDeadline, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var email = address?.Trim();
        if (!Enabled || email is null || !SmtpMailer.IsAddress(email))
        {
            return false;
        }

        var reminder = await db.MeetingReminders.SingleOrDefaultAsync(r => r.MeetingId == meetingId, cancellationToken);
        if (reminder is null)
        {
            reminder = new MeetingReminder { Id = Guid.NewGuid(), MeetingId = meetingId, EmailProtected = "", Language = language, CreatedUtc = context.NowUtc };
            db.MeetingReminders.Add(reminder);
        }

        reminder.EmailProtected = protector.Protect(email);
        reminder.Language = language;
        reminder.SgiDeadline = sgiDeadline ?? reminder.SgiDeadline;
        db.AuditEvents.Add(context.Event(AuditEventType.ReminderRequested, "Meeting", meetingId.ToString(), new { HasSgiDeadline = reminder.SgiDeadline is not null }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes the address: no more reminders.</summary>
    public async Task StopAsync(Guid meetingId, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var reminder = await db.MeetingReminders.SingleOrDefaultAsync(r => r.MeetingId == meetingId, cancellationToken);
        if (reminder is null)
        {
            return;
        }

        db.MeetingReminders.Remove(reminder);
        db.AuditEvents.Add(context.Event(AuditEventType.ReminderStopped, "Meeting", meetingId.ToString()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
