namespace Portal.Web.Features.Meetings;

/// <summary>
/// A time a handläggare (or the team) offers for meetings. Shared by all of the owner's invitations: a person who
/// asks for another time picks one, and it is gone for everyone else. Whether it is taken is one row in
/// <see cref="TimeBooking"/>, whose unique index on the time lets only one booking win.
/// </summary>
public sealed class BookableTime
{
    /// <summary>The owner of times shared by every handläggare.</summary>
    public const string TeamOwner = "team";

    public Guid Id { get; set; }

    /// <summary>The handläggare's user id, or <see cref="TeamOwner"/>.</summary>
    public required string OwnerId { get; set; }

    public DateTime StartsAtUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    public TimeBooking? Booking { get; set; }
}

/// <summary>A meeting booked on a <see cref="BookableTime"/>: at most one per time and one per meeting (unique indexes).</summary>
public sealed class TimeBooking
{
    public Guid Id { get; set; }

    public Guid BookableTimeId { get; set; }

    public Guid MeetingId { get; set; }

    public DateTime BookedUtc { get; set; }
}
