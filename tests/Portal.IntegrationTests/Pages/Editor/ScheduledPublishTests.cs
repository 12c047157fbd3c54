using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>Scheduling in Swedish time: validated input, never published early, exactly once with two job runs at once.</summary>
public sealed class ScheduledPublishTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string> InvalidInput() => new()
    {
        { "", "", "Skriv ett datum." },
        { "24/11/2026", "08:00", "Skriv datumet som ÅÅÅÅ-MM-DD" },
        { "2026-11-24", "25:00", "Skriv klockslaget som TT:MM" },
        { "2026-11-24", "", "Skriv ett klockslag." },
        { "2026-11-01", "08:00", "Tiden har redan passerat" },
        { "2027-03-28", "02:30", "Den tiden finns inte den dagen" },
    };

    [Theory]
    [MemberData(nameof(InvalidInput))]
    public async Task Schedule_InvalidDateOrTime_GetsSwedishError_AndSchedulesNothing(string date, string time, string message)
    {
        // Arrange
        factory.Clock.Set(Start);
        using var editor = EditorClient.SignedIn(factory);
        var id = await DraftAsync("ordlista", "Ogiltig tid");
        var page = await editor.GetAsync($"/redaktion/innehall/{id}/publicering");

        // Act
        using var response = await editor.SubmitAsync(page, "handler=Schedule", ("Date", date), ("Time", time));
        var result = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, result.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await EditorClient.WithDbAsync(factory, db => db.ContentSchedules.CountAsync(s => s.ContentItemId == id && s.Status == ScheduleStatus.Scheduled)));
    }

    [Fact]
    public async Task ScheduledPublish_NeverEarly_ExactlyOnceWithTwoConcurrentRuns()
    {
        // Arrange: a draft scheduled for 24 November 10:00 Swedish time (09:00 UTC, winter time)
        factory.Clock.Set(Start);
        using var editor = EditorClient.SignedIn(factory);
        var id = await DraftAsync("kontakt", "Planerad ändring");
        var page = await editor.GetAsync($"/redaktion/innehall/{id}/publicering");
        using var scheduled = await editor.SubmitAsync(page, "handler=Schedule", ("Date", "2026-11-24"), ("Time", "10:00"));
        var schedule = await EditorClient.WithDbAsync(factory, db => db.ContentSchedules.AsNoTracking().SingleAsync(s => s.ContentItemId == id));
        var first = ActivatorUtilities.CreateInstance<ScheduledPublisher>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<ScheduledPublisher>(factory.Services);

        // Act 1: one second early
        factory.Clock.Set(new DateTimeOffset(2026, 11, 24, 8, 59, 59, TimeSpan.Zero));
        var early = await first.RunOnceAsync();

        // Assert 1
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc), schedule.PublishAtUtc);
        Assert.Equal(0, early);
        Assert.False(await IsPublishedAsync(id, schedule.VersionNumber));

        // Act 2: on time, two job runs at once (as two app instances would)
        factory.Clock.Set(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var runs = await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync());
        var again = await first.RunOnceAsync();

        // Assert 2: published once, audited once, visible on the public page
        Assert.True(runs.Sum() <= 1);
        Assert.Equal(0, again);
        Assert.True(await IsPublishedAsync(id, schedule.VersionNumber));
        var events = await EditorClient.WithDbAsync(factory, db => db.AuditEvents.AsNoTracking().Where(e => e.SubjectId == id.ToString()).ToListAsync());
        Assert.Single(events, e => e.EventType == AuditEventType.ContentPublished.Name);
        Assert.Single(events, e => e.EventType == AuditEventType.ContentPublished.Name && e.Actor == ScheduledPublisher.Actor);
        Assert.Single(events, e => e.EventType == AuditEventType.ContentPublishScheduled.Name && e.Actor == "staff:redaktor-1");
        Assert.Equal(ScheduleStatus.Published, await EditorClient.WithDbAsync(factory, db => db.ContentSchedules.Where(s => s.Id == schedule.Id).Select(s => s.Status).SingleAsync()));
        Assert.Contains("Planerad ändring", await (await factory.CreateClient().GetAsync("/kontakt")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelledSchedule_IsNeverPublished_AndTheCancelIsAudited()
    {
        // Arrange
        factory.Clock.Set(Start);
        using var editor = EditorClient.SignedIn(factory);
        var id = await DraftAsync("omprovning", "Avbryts");
        using var scheduled = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Schedule", ("Date", "2026-11-25"), ("Time", "8.30"));
        var version = await EditorClient.WithDbAsync(factory, db => db.ContentSchedules.Where(s => s.ContentItemId == id).Select(s => s.VersionNumber).SingleAsync());

        // Act
        using var cancelled = await editor.SubmitAsync(await editor.GetAsync($"/redaktion/innehall/{id}/publicering"), "handler=Cancel");
        factory.Clock.Set(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        var published = await ActivatorUtilities.CreateInstance<ScheduledPublisher>(factory.Services).RunOnceAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(0, published);
        Assert.False(await IsPublishedAsync(id, version));
        var types = await EditorClient.WithDbAsync(factory, db => db.AuditEvents.Where(e => e.SubjectId == id.ToString()).Select(e => e.EventType).ToListAsync());
        Assert.Contains(AuditEventType.ContentPublishScheduled.Name, types);
        Assert.Contains(AuditEventType.ContentScheduleCancelled.Name, types);
    }

    /// <summary>Saves a new draft of the Swedish page with <paramref name="key"/> whose text contains <paramref name="marker"/>.</summary>
    private async Task<Guid> DraftAsync(string key, string marker)
    {
        var id = await EditorClient.ItemIdAsync(factory, key);
        using var scope = factory.Services.CreateScope();
        var editor = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var item = (await editor.LoadAsync(id))!;
        var latest = item.Versions.Single(v => v.IsLatest);
        var draft = new EditorDraft(latest.Metadata, latest.Body + "\n" + marker + "\n");
        var result = await editor.SaveDraftAsync(id, latest.VersionNumber, draft, marker, new ProcessContext("staff:redaktor-1", factory.Clock.GetUtcNow().UtcDateTime));
        Assert.IsType<EditResult.Saved>(result);
        return id;
    }

    private Task<bool> IsPublishedAsync(Guid id, int version) =>
        EditorClient.WithDbAsync(factory, db => db.ContentVersions.AnyAsync(v => v.ContentItemId == id && v.VersionNumber == version && v.IsPublished));
}
