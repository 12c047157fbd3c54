using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.FollowUp;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// Demo invitations for development and the embedded default (Demo:Enabled). Their links and test personnummer are
/// listed in README.md; they are fictitious test identities. Demo meetings are kept a week ahead so the links work.
/// </summary>
public sealed class DemoData(PortalDbContext db, MeetingService meetings, InvitationService invitations, TimeProvider time, ILogger<DemoData> logger)
{
    public const string CaseOfficerId = "demo-handlaggare";

    /// <summary>The demo handläggare at Arbetsförmedlingen (hanna.af), taking part in the demo gemensam kartläggning.</summary>
    public const string AfCaseOfficerId = "demo-af-handlaggare";

    public sealed record DemoInvitation(string Token, string Personnummer, string Name, string Type, string Channel, int DaysAhead, int Hour, bool ProtectedIdentity = false, bool WithAf = false);

    public static readonly IReadOnlyList<DemoInvitation> Invitations =
    [
        new("demo-tolvan-Q2hYv7rWmK4pX9sL3dF8nJ6tB1cZ5gH0", "19121212-1212", "Tolvan Tolvansson", MeetingTypes.Omstallningsmote, MeetingChannels.Video, 7, 10),
        new("demo-maja-Vb3Nq8Lk2Zs6Wx1Rt9Pm4Hc7Jd5Fg0Yu", "19120211-2346", "Maja Testsson", MeetingTypes.Kontaktmote, MeetingChannels.Phone, 10, 13),
        new("demo-ali-Kp7Xc2Vn9Bm4Lq8Zw3Rt6Yh1Gf5Ds0Ja", "19120603-5675", "Ali Provsson", MeetingTypes.GemensamKartlaggning, MeetingChannels.OnSite, 14, 9, WithAf: true),
        new("demo-skyddad-Hj4Ml8Np2Qr6St0Uv3Wx7Yz1Ab5Cd9E", "19121120-8903", "Skyddad Testperson", MeetingTypes.Omstallningsmote, MeetingChannels.Phone, 8, 14, ProtectedIdentity: true),
    ];

    private static readonly int[] DemoTimeDays = [4, 5, 11];

    private static readonly TimeOnly[] DemoTimeClocks = [new(9, 0), new(10, 30), new(13, 0)];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = StockholmTime.DateOf(now);
        var context = new ProcessContext("system:demo-data", now, "Demodata för utveckling");
        foreach (var demo in Invitations)
        {
            var startsAt = StockholmTime.ToUtc(today.AddDays(demo.DaysAhead), new TimeOnly(demo.Hour, 0));
            var hash = Invitation.HashToken(demo.Token);
            var invitation = await db.Invitations.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
            if (invitation?.Meeting is { } existing)
            {
                if (demo.WithAf && existing.AfCaseOfficerId is null)
                {
                    // A demo database from before AF took part.
                    existing.AfCaseOfficerId = AfCaseOfficerId;
                    await FollowUpFacts.AfParticipantSetAsync(db, existing.Id, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                }

                if (existing.StartsAtUtc < now.AddDays(2))
                {
                    existing.StartsAtUtc = startsAt;
                    invitation.ExpiresUtc = startsAt + MeetingService.LinkValidAfterStart;
                    invitation.LockedUntilUtc = null;
                    await db.SaveChangesAsync(cancellationToken);
                }

                continue;
            }

            var personnummer = Platform.Privacy.Personnummer.Parse(demo.Personnummer, today, out _)!;
            await meetings.CreateAsync(
                new MeetingService.NewMeeting(demo.Type, startsAt, demo.Channel, CaseOfficerId, personnummer, demo.Name, demo.ProtectedIdentity, IsDemo: true) { AfCaseOfficerId = demo.WithAf ? AfCaseOfficerId : null },
                context,
                demo.Token,
                cancellationToken);
            logger.LogInformation("Seeded demo invitation {Token}", demo.Token[..12]);
        }

        // Free times for "Jag vill ha en annan tid": a few a week ahead, kept there like the meetings.
        if (!await db.BookableTimes.AnyAsync(t => t.OwnerId == CaseOfficerId && t.StartsAtUtc > now.AddDays(3), cancellationToken))
        {
            var times = DemoTimeDays.SelectMany(days => DemoTimeClocks.Select(clock => StockholmTime.ToUtc(today.AddDays(days), clock))).ToList();
            await invitations.PublishAsync(CaseOfficerId, times, context, cancellationToken);
        }
    }
}
