using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// Invitations for the load and fault suite (tests/load/run.sh), created through <see cref="MeetingService"/> on start
/// when <c>LoadTest:Invitations</c> is above zero. Off by default, and refused in Production: the tokens and
/// personnummer follow a published formula (<see cref="Token"/>, <see cref="Personnummer"/>) so the load tool can use
/// them. Idempotent: a restart with the same setting creates only the missing ones.
/// </summary>
public sealed class LoadTestData(PortalDbContext db, MeetingService meetings, TimeProvider time, IHostEnvironment environment)
{
    public const string CountKey = "LoadTest:Invitations";

    public static string Token(int number) => $"loadtest-{number:D6}-Kp7Xc2Vn9Bm4Lq8Zw3Rt6Yh1";

    /// <summary>A fictitious personnummer per number: born on a day counted from 1 January 1950, a valid check digit.</summary>
    public static string Personnummer(int number)
    {
        var birthDate = new DateOnly(1950, 1, 1).AddDays(number % 18000);
        var nine = birthDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + (number / 18000 % 1000).ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var value = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }

        return $"{birthDate.Year:D4}{nine[2..6]}-{nine[6..]}{(10 - sum % 10) % 10}";
    }

    public async Task SeedAsync(int count, CancellationToken cancellationToken = default)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException($"{CountKey} creates invitations with known links for load tests and is refused in Production.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = StockholmTime.DateOf(now);
        var startsAt = StockholmTime.ToUtc(today.AddDays(7), new TimeOnly(10, 0));
        var wanted = Enumerable.Range(1, count).ToDictionary(n => Invitation.HashToken(Token(n)));
        var existing = await db.Invitations.Where(i => wanted.Keys.Contains(i.TokenHash)).Select(i => i.TokenHash).ToListAsync(cancellationToken);
        var context = new ProcessContext("system:load-test-data", now, "Inbjudningar för last- och feltest");
        foreach (var (hash, number) in wanted)
        {
            if (existing.Contains(hash))
            {
                continue;
            }

            var personnummer = Platform.Privacy.Personnummer.Parse(Personnummer(number), today, out _)!;
            await meetings.CreateAsync(
                new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, startsAt, MeetingChannels.Video, DemoData.CaseOfficerId, personnummer, $"Lasttest {number}", IsDemo: true),
                context,
                Token(number),
                cancellationToken);
        }
    }
}
