using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>Two app instances over one database: a publish on one shows on the other's public page.</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task PublishOnOneInstance_IsVisibleOnTheOther_AfterItsNextChangeCheck()
    {
        // Arrange
        using var first = new PortalAppFactory();
        using var firstClient = first.CreateClient();
        Assert.True((await firstClient.GetAsync("/kontakt")).IsSuccessStatusCode);
        using var second = new PortalAppFactory(first);
        using var secondClient = second.CreateClient();
        var before = await (await secondClient.GetAsync("/kontakt")).Content.ReadAsStringAsync();
        var watcher = second.Services.GetRequiredService<ContentChangeWatcher>();
        await watcher.CheckOnceAsync();

        // Act: publish on the first instance
        var id = await EditorClient.ItemIdAsync(first, "kontakt");
        using (var scope = first.Services.CreateScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<ContentEditor>();
            var latest = (await editor.LoadAsync(id))!.Versions.Single(v => v.IsLatest);
            var context = new ProcessContext("staff:redaktor-1", first.Clock.GetUtcNow().UtcDateTime.AddMinutes(1));
            var saved = Assert.IsType<EditResult.Saved>(await editor.SaveDraftAsync(id, latest.VersionNumber, new EditorDraft(latest.Metadata, latest.Body + "\nÄndrad på den andra instansen.\n"), "Ändring", context));
            Assert.IsType<PublishResult.Published>(await editor.PublishAsync(id, saved.Version.VersionNumber, context));
        }

        Assert.True(await watcher.CheckOnceAsync());
        var later = await (await secondClient.GetAsync("/kontakt")).Content.ReadAsStringAsync();

        // Assert
        Assert.DoesNotContain("Ändrad på den andra instansen.", before, StringComparison.Ordinal);
        Assert.Contains("Ändrad på den andra instansen.", await (await firstClient.GetAsync("/kontakt")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Ändrad på den andra instansen.", later, StringComparison.Ordinal);
    }
}
