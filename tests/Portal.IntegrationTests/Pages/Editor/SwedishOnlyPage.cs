using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>
/// A published guidance page that exists only in Swedish. content/ has every core page in sv, en and lättläst
/// (issue 15), so tests of "this page is missing in your language" make their own page instead of relying on a gap.
/// </summary>
public static class SwedishOnlyPage
{
    public const string Key = "bara-pa-svenska";

    public const string Slug = "bara-pa-svenska";

    public const string Title = "Bara på svenska";

    /// <summary>Creates and publishes the page once per app; later calls return its id.</summary>
    public static async Task<Guid> EnsureAsync(PortalAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var existing = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == Portal.Web.Features.Guidance.GuidanceContent.TypeName && i.TranslationKey == Key && i.Language == Languages.Swedish.Code)
            .Select(i => (Guid?)i.Id).SingleOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var editor = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var context = new ProcessContext("staff:redaktor-1", factory.Clock.GetUtcNow().UtcDateTime);
        var draft = new EditorDraft(new PageMetadata(Slug, Title, "En sida som bara finns på svenska.", "om-tjansten", 90, new DateOnly(2026, 12, 7), "Redaktionen", []), "Den här sidan finns bara på svenska.\n");
        var item = await editor.CreateGuidanceAsync(Key, Languages.Swedish, draft, "Testsida", context)
            ?? throw new InvalidOperationException("The Swedish-only test page could not be created.");
        Assert.IsType<PublishResult.Published>(await editor.PublishAsync(item.Id, 1, context));
        return item.Id;
    }
}
