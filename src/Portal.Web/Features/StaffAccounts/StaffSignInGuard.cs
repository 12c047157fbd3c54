using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.StaffAccounts;

/// <summary>Staff sign-in limits (section StaffSignIn).</summary>
public sealed class StaffSignInOptions
{
    public const string Section = "StaffSignIn";

    /// <summary>Wrong passwords, codes and recovery codes in a row (together) before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>
    /// Sign-in with the portal's own accounts (password and authenticator app). An installation with single sign-on
    /// (<see cref="StaffSsoOptions"/>) can turn it off; then the sign-in page offers only the agency's sign-in.
    /// </summary>
    public bool LocalAccounts { get; set; } = true;

    /// <summary>
    /// The first lock. Short on purpose: five posts from someone who knows only the user name keep the real user out
    /// for a minute, not a quarter of an hour. Each further lock in a row lasts twice as long, up to
    /// <see cref="MaxLockHours"/>.
    /// </summary>
    public int FirstLockMinutes { get; set; } = 1;

    public int MaxLockHours { get; set; } = 24;

    /// <summary>The lock after the <paramref name="lockCount"/>th run of wrong answers in a row (1, 2, 4 … minutes).</summary>
    public TimeSpan LockDuration(int lockCount)
    {
        var minutes = FirstLockMinutes * Math.Pow(2, Math.Min(Math.Max(lockCount - 1, 0), 20));
        return TimeSpan.FromMinutes(Math.Min(minutes, MaxLockHours * 60.0));
    }
}

/// <summary>
/// Counts wrong answers at staff sign-in (password, TOTP code, recovery code) in the database with conditional
/// updates, so parallel requests cannot check more answers than allowed: a request first reserves a try
/// (<c>UPDATE … SET AccessFailedCount = AccessFailedCount + 1 WHERE AccessFailedCount &lt; max AND not locked</c>),
/// and only a request that got one checks the answer. A right answer gives the try back; a wrong one keeps it, and the
/// request that used the last try locks the account. Nothing here loads and saves the user entity, so there is no
/// concurrency conflict to turn into a 500.
/// </summary>
public sealed class StaffSignInGuard(PortalDbContext db, TimeProvider time, IOptions<StaffSignInOptions> options, IPasswordHasher<StaffUser> hasher)
{
    private static readonly StaffUser Nobody = new() { Id = "okant-konto", UserName = "okant-konto" };
    private static string? _unknownAccountHash;

    private StaffSignInOptions Options => options.Value;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Locked by wrong answers, or locked by an administrator.</summary>
    public bool IsLocked(StaffUser user) =>
        user.SignInLockedUntilUtc is { } until && until > Now
        || user.LockoutEnd is { } end && end > time.GetUtcNow();

    /// <summary>
    /// Takes one try for <paramref name="userId"/>. False when the account is locked or its tries are taken by
    /// other requests: the answer must then not be checked. A lock that has run out starts a fresh run of tries.
    /// </summary>
    public async Task<bool> TryReserveAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var max = Options.MaxFailedAttempts;
        var reserved = await db.Users
            .Where(u => u.Id == userId
                && (u.SignInLockedUntilUtc == null ? u.AccessFailedCount < max : u.SignInLockedUntilUtc <= now))
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(u => u.AccessFailedCount, u => u.SignInLockedUntilUtc == null ? u.AccessFailedCount + 1 : 1)
                    .SetProperty(u => u.SignInLockedUntilUtc, (DateTime?)null),
                cancellationToken);
        return reserved == 1;
    }

    /// <summary>A right password: the try is given back (the count of wrong answers stays until the code is right too).</summary>
    public Task RefundAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Users.Where(u => u.Id == userId && u.AccessFailedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount - 1), cancellationToken);

    /// <summary>Fully signed in: the count and the run of locks start again.</summary>
    public Task SucceededAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.SignInLockCount, 0).SetProperty(u => u.SignInLockedUntilUtc, (DateTime?)null),
                cancellationToken);

    /// <summary>
    /// A wrong answer after a reserved try: the try stays used. When all tries are used, exactly one request locks the
    /// account (the conditional update), for a time that doubles with each lock in a row. True when this call locked it.
    /// </summary>
    public async Task<bool> FailedAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var max = Options.MaxFailedAttempts;
        var locked = await db.Users
            .Where(u => u.Id == userId && u.AccessFailedCount >= max && u.SignInLockedUntilUtc == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(u => u.SignInLockCount, u => u.SignInLockCount + 1).SetProperty(u => u.SignInLockedUntilUtc, now + Options.LockDuration(1)),
                cancellationToken);
        if (locked == 0)
        {
            return false;
        }

        // Only the request that set the lock gets here, so reading the count and lengthening the lock is not a race.
        var lockCount = await db.Users.Where(u => u.Id == userId).Select(u => u.SignInLockCount).SingleAsync(cancellationToken);
        var until = now + Options.LockDuration(lockCount);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SignInLockedUntilUtc, until), cancellationToken);
        return true;
    }

    /// <summary>
    /// The password check for a name that may not exist or an account that may be locked: the same hash work is done
    /// either way, so the time taken does not tell whether the account exists.
    /// </summary>
    public bool CheckPassword(StaffUser? user, string password)
    {
        if (user?.PasswordHash is { } hash)
        {
            return hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
        }

        _unknownAccountHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(Nobody, _unknownAccountHash, password);
        return false;
    }
}
