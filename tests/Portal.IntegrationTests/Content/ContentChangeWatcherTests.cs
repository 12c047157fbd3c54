using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Content;

/// <summary>Two app instances over one database: a content change on one reaches the other's cache.</summary>
public sealed class ContentChangeWatcherTests : IDisposable
{
    private readonly PortalAppFactory _first = new();
    private readonly PortalAppFactory _second;

    public ContentChangeWatcherTests()
    {
        _second = new PortalAppFactory(_first);
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    [Fact]
    public async Task PublishOnOneInstance_IsSeenByTheOtherAfterItsNextCheck()
    {
        // Arrange: both instances have rendered the page and noted the change counter
        using var firstClient = _first.CreateBrowserLikeClient();
        using var secondClient = _second.CreateBrowserLikeClient();
        Assert.Contains("<h1>Skydda din SGI</h1>", await secondClient.GetStringAsync("/skydda-din-sgi"), StringComparison.Ordinal);
        var watcher = _second.Services.GetRequiredService<ContentChangeWatcher>();
        await watcher.CheckOnceAsync();

        // Act: a new version is published through the first instance's database
        await PublishNewTitleAsync(_first, "sgi", "Skydda din SGI nu");
        var unchangedBeforeCheck = await secondClient.GetStringAsync("/skydda-din-sgi");
        var changed = await watcher.CheckOnceAsync();
        var afterCheck = await secondClient.GetStringAsync("/skydda-din-sgi");

        // Assert
        Assert.Contains("<h1>Skydda din SGI</h1>", unchangedBeforeCheck, StringComparison.Ordinal);
        Assert.True(changed);
        Assert.Contains("<h1>Skydda din SGI nu</h1>", afterCheck, StringComparison.Ordinal);
        Assert.False(await watcher.CheckOnceAsync());
    }

    [Fact]
    public async Task GenerationStamp_ChangesWithAPublish_NotWithADraft()
    {
        // Arrange
        var id = await Pages.Editor.EditorClient.ItemIdAsync(_first, "kontakt");
        var before = await StampAsync(_first);
        using var scope = _first.Services.CreateScope();
        var editor = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var latest = (await editor.LoadAsync(id))!.Versions.Single(v => v.IsLatest);
        var context = new ProcessContext("staff:redaktor-1", _first.Clock.GetUtcNow().UtcDateTime);

        // Act
        var saved = Assert.IsType<EditResult.Saved>(await editor.SaveDraftAsync(id, latest.VersionNumber, new EditorDraft(latest.Metadata, latest.Body + "\nUtkast.\n"), "Utkast", context));
        var afterDraft = await StampAsync(_first);
        Assert.IsType<PublishResult.Published>(await editor.PublishAsync(id, saved.Version.VersionNumber, context));
        var afterPublish = await StampAsync(_first);

        // Assert
        Assert.Equal(before, afterDraft);
        Assert.NotEqual(before, afterPublish);
    }

    private static async Task<Guid> StampAsync(PortalAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentGenerations.AsNoTracking().Select(g => g.Stamp).SingleAsync();
    }

    private static async Task PublishNewTitleAsync(PortalAppFactory app, string key, string title)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var item = await db.ContentItems.Include(i => i.Versions)
            .SingleAsync(i => i.ContentType == Portal.Web.Features.Guidance.GuidanceContent.TypeName && i.TranslationKey == key && i.Language == "sv");
        var current = item.Versions.Single(v => v.IsPublished);
        current.IsPublished = false;
        current.IsLatest = false;
        await db.SaveChangesAsync();
        db.ContentVersions.Add(new ContentVersion
        {
            ContentItemId = item.Id,
            VersionNumber = item.Versions.Max(v => v.VersionNumber) + 1,
            IsLatest = true,
            IsPublished = true,
            Slug = current.Slug,
            Title = title,
            Summary = current.Summary,
            Section = current.Section,
            SortOrder = current.SortOrder,
            LastReviewed = current.LastReviewed,
            Owner = current.Owner,
            RelatedKeys = current.RelatedKeys,
            Body = current.Body,
            CreatedUtc = now,
            CreatedBy = "test",
            PublishedUtc = now,
            PublishedBy = "test",
        });
        db.AuditEvents.Add(new ProcessContext("test", now).Event(AuditEventType.ContentPublished, ContentEditor.SubjectType, item.Id.ToString(), new { title }));
        await db.SaveChangesAsync();
    }
}
