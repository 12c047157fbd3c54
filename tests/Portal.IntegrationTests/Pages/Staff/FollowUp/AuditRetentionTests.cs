using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Time;

namespace Portal.IntegrationTests.Pages.Staff.FollowUp;

/// <summary>Issue 14, item 13: facts from answers and citizens' addresses do not outlive the meeting in the audit log.</summary>
public sealed class AuditRetentionTests
{
    private const string CitizenAddress = "203.0.113.7";

    private static readonly string[] PersonFacts = ["SgiVerdict", "NeedsInterpreter", "ConsentsToShareWithAf", "WantsHelpRegisteringAtAf", "LegalSex", CitizenAddress];

    [Fact]
    public async Task DeletedMeeting_LeavesNoFactsOrAddressLinkedToIt_AndTheFiguresStay()
    {
        // Arrange: a man opens his invitation and submits (interpreter, consent) from a known address
        using var app = new PortalAppFactory();
        var meetingId = await SeedSubmittedAsync(app);
        var month = FollowUpFigures.MonthOf(StockholmTime.DateOf(app.Clock.GetUtcNow().UtcDateTime));
        var measures = new[] { "created", "opened", "started", "submitted", "interpreter", "consent", "sgi-risk" };
        var before = await RawAsync(app, month, measures);

        // Act: retention deletes the meeting
        app.Clock.Advance(TimeSpan.FromDays(60));
        var deleted = await app.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single().RunOnceAsync();

        // Assert: the meeting's events say nothing about the person; the figures are the same
        Assert.Equal(1, deleted);
        await using var db = app.Database.CreateContext();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.SubjectId == meetingId.ToString()).ToListAsync();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.ClientAddress));
        Assert.All(events, e => Assert.DoesNotContain(PersonFacts, f => e.PayloadJson.Contains(f, StringComparison.Ordinal)));
        var kept = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.EventType == AuditEventType.FollowUpFactsKept.Name);
        Assert.NotEqual(meetingId.ToString(), kept.SubjectId);
        Assert.DoesNotContain(meetingId.ToString(), kept.PayloadJson, StringComparison.Ordinal);
        Assert.Null(kept.ClientAddress);
        Assert.Equal(before, await RawAsync(app, month, measures));
        Assert.Equal([1, 1, 1, 1, 1, 1], before.Take(6));
    }

    [Fact]
    public async Task ClientAddresses_AreErasedAfterTheirRetentionTime()
    {
        // Arrange: one event 31 days old and one 29 days old, both with an address
        using var app = new PortalAppFactory();
        _ = app.Services;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var db = app.Database.CreateContext())
        {
            db.AuditEvents.Add(new ProcessContext("citizen:test", now.AddDays(-31), null, CitizenAddress).Event(AuditEventType.InvitationOpened, "Test", "old"));
            db.AuditEvents.Add(new ProcessContext("citizen:test", now.AddDays(-29), null, CitizenAddress).Event(AuditEventType.InvitationOpened, "Test", "recent"));
            await db.SaveChangesAsync();
        }

        // Act
        await app.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single().RunOnceAsync();

        // Assert
        await using var check = app.Database.CreateContext();
        Assert.Null(await check.AuditEvents.Where(e => e.SubjectId == "old").Select(e => e.ClientAddress).SingleAsync());
        Assert.Equal(CitizenAddress, await check.AuditEvents.Where(e => e.SubjectId == "recent").Select(e => e.ClientAddress).SingleAsync());
        var erased = await check.AuditEvents.SingleAsync(e => e.EventType == AuditEventType.ClientAddressesErased.Name);
        Assert.Contains("\"Count\":1", erased.PayloadJson, StringComparison.Ordinal);
    }

    private static async Task<Guid> SeedSubmittedAsync(PortalAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var citizen = new ProcessContext("citizen:test", now, null, CitizenAddress);
        var (meeting, _) = await services.GetRequiredService<MeetingService>().CreateAsync(
            new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, now.AddDays(5), MeetingChannels.Video, "demo-handlaggare",
                Personnummer.Parse("19121212-1212", DateOnly.FromDateTime(now), out _)!, "Test Person"),
            new ProcessContext("test", now));
        var invitation = await services.GetRequiredService<PortalDbContext>().Invitations.Include(x => x.Meeting).SingleAsync(x => x.MeetingId == meeting.Id);
        await services.GetRequiredService<IInvitationIdentification>().VerifyAsync(invitation, "19121212-1212", citizen);
        var published = await services.GetRequiredService<QuestionnaireCatalog>().PublishedAsync(QuestionnaireCatalog.PreMeetingId, Portal.Web.Platform.Localization.Languages.Swedish);
        var answers = new QuestionnaireAnswers();
        answers.Set("kanal", ["video"]);
        answers.Set("tolk", ["ja"]);
        answers.Set("dela-med-af", ["ja"]);
        var questionnaires = services.GetRequiredService<QuestionnaireService>();
        await questionnaires.SaveAsync(meeting.Id, 0, answers, published.VersionId, citizen);
        var stored = await services.GetRequiredService<PortalDbContext>().Meetings.SingleAsync(m => m.Id == meeting.Id);
        var facts = services.GetRequiredService<QuestionnaireStatistics>().For(stored, published.Definition, answers, now);
        await questionnaires.SubmitAsync((await questionnaires.FindAsync(meeting.Id))!, facts, citizen);
        return meeting.Id;
    }

    private static async Task<List<int>> RawAsync(PortalAppFactory app, string month, IEnumerable<string> measures)
    {
        using var scope = app.Services.CreateScope();
        var figures = await FollowUpFigures.LoadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), CancellationToken.None);
        return measures.Select(m => figures.Raw(month, "alla", "man", m)).ToList();
    }
}
