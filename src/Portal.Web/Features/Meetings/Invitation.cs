using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// The person's personal link to the pre-meeting questionnaire. The link carries a long random token; only its
/// SHA-256 hash is stored. The link stops working when the meeting is over, and locks for a while after
/// <see cref="MaxFailedAttempts"/> wrong personnummer.
/// </summary>
public sealed class Invitation
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(30);

    /// <summary>The longest single lock: 30 min, 1 h, 2 h, 4 h, 8 h, 16 h, then 24 h each time.</summary>
    public static readonly TimeSpan MaxLockDuration = TimeSpan.FromHours(24);

    /// <summary>
    /// The lock after the <paramref name="lockCount"/>th run of wrong answers. With five tries per run this allows at
    /// most 30 wrong personnummer in the first 24 hours and 5 a day after that.
    /// </summary>
    public static TimeSpan LockDurationAfter(int lockCount) =>
        lockCount >= 6 ? MaxLockDuration : TimeSpan.FromTicks(Math.Min(LockDuration.Ticks << Math.Max(0, lockCount - 1), MaxLockDuration.Ticks));

    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public int FailedAttempts { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>How many times the link has been locked; each lock lasts twice as long as the one before.</summary>
    public int LockCount { get; set; }

    /// <summary>When the person first opened the link and confirmed who they are.</summary>
    public DateTime? FirstVerifiedUtc { get; set; }

    /// <summary>The person's answer to the invitation (<see cref="InvitationAnswers"/>), or null while not answered.</summary>
    public string? Answer { get; set; }

    /// <summary>When the person first answered (the follow-up counts the days from the invitation to this).</summary>
    public DateTime? FirstAnsweredUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    /// <summary>Why the person does not want the meeting (<see cref="DeclineReasons"/>); optional.</summary>
    public string? DeclineReason { get; set; }

    /// <summary>The person's own words on why (encrypted); optional.</summary>
    public string? DeclineTextProtected { get; set; }

    /// <summary>When another time suits, in the person's words (encrypted), waiting for the handläggare.</summary>
    public string? WishTextProtected { get; set; }

    /// <summary>The channel the person asks for instead (<see cref="MeetingChannels"/>), or null.</summary>
    public string? WishChannel { get; set; }

    public bool WishInterpreter { get; set; }

    /// <summary>When the handläggare dealt with the wish (moved or confirmed the time).</summary>
    public DateTime? WishHandledUtc { get; set; }

    public bool IsExpired(DateTime nowUtc) => nowUtc >= ExpiresUtc;

    public bool IsLocked(DateTime nowUtc) => LockedUntilUtc is { } until && nowUtc < until;

    /// <summary>A new random token for a link (256 bits, URL-safe).</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Tokens are 43 URL-safe characters; anything else is not worth a database look-up.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: >= 32 and <= 128 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
