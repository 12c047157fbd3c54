namespace Portal.Web.Features.Meetings;

/// <summary>
/// The e-mail reminders a person asked for, for one meeting only: the address they gave (encrypted), the language of
/// the mails, the SGI deadline known when they asked (their saved SGI-skyddskoll result, if any), and which reminders
/// went out. Deleted with the meeting (cascade), when they stop the reminders, and once nothing is left to send. A row
/// exists only while there is an address.
/// </summary>
public sealed class MeetingReminder
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    /// <summary>The e-mail address, protected with the personal-data key.</summary>
    public required string EmailProtected { get; set; }

    /// <summary>The language code of the mails (sv, en, lattlast).</summary>
    public required string Language { get; set; }

    /// <summary>The SGI deadline from the person's saved SGI-skyddskoll result when they asked, if any.</summary>
    public DateOnly? SgiDeadline { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the reminder two days before the meeting went out (null: not yet).</summary>
    public DateTime? MeetingReminderSentUtc { get; set; }

    /// <summary>When the reminder on the SGI deadline went out (null: not yet).</summary>
    public DateTime? DeadlineReminderSentUtc { get; set; }

    /// <summary>The instance that is sending a reminder for this row now, so that two instances never both send it.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds; an instance that stopped mid-send lets it lapse and another takes over.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    public Meeting? Meeting { get; set; }
}
