using Microsoft.Playwright;
using Portal.TestSupport;
using Portal.Web.Platform.Security;

namespace Portal.EndToEndTests;

/// <summary>
/// Steps the editor journeys share, through the real pages: a staff member's page (signed in with the test-only staff
/// header, as every editor journey is), a new Swedish guidance page saved as a draft, saving and publishing.
/// </summary>
public static class EditorSteps
{
    /// <summary>
    /// A page signed in as <paramref name="userId"/> with <paramref name="roles"/> (Redaktör when none); relative
    /// addresses go to <paramref name="host"/> (the shared host when null).
    /// </summary>
    public static async Task<IPage> StaffPageAsync(this BrowserFixture browser, string userId, PortalHost? host = null, bool javaScriptEnabled = true, params string[] roles)
    {
        var page = await browser.NewPageAsync(javaScriptEnabled, host);
        var value = TestStaffAuth.Value(userId, roles.Length == 0 ? [StaffRoles.Redaktor] : roles);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestStaffAuth.Header] = value });
        return page;
    }

    /// <summary>Creates a Swedish guidance page at the address <paramref name="key"/> as a draft, and returns the path of its edit page.</summary>
    public static async Task<string> CreateDraftAsync(this IPage page, string key, string title, string body)
    {
        await page.GotoAsync("/redaktion/ny-sida");
        await page.Locator("#Input_Key").FillAsync(key);
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Summary").FillAsync($"Sammanfattning av sidan {title}.");
        await page.Locator("#Input_Slug").FillAsync(key);
        await page.Locator("#Input_Owner").FillAsync("Redaktionen");
        await page.Locator("#Input_Body").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("är sparad som utkast");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Creates a Swedish guidance page at the address <paramref name="key"/> and publishes it; returns the path of its edit page.</summary>
    public static async Task<string> CreatePublishedAsync(this IPage page, string key, string title, string body)
    {
        var editPath = await page.CreateDraftAsync(key, title, body);
        await page.PublishAsync(editPath);
        return editPath;
    }

    /// <summary>On the edit page: fills the fields given by id (Input_Body, Input_Slug, ...) and the change note, and saves the draft.</summary>
    public static async Task SaveDraftAsync(this IPage page, string editPath, string changeNote, params (string FieldId, string Value)[] fields)
    {
        await page.GotoAsync(editPath);
        foreach (var (fieldId, value) in fields)
        {
            await page.Locator("#" + fieldId).FillAsync(value);
        }

        await page.GetByLabel("Vad har du ändrat?").FillAsync(changeNote);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("är sparad som utkast");
    }

    /// <summary>Publishes the latest version from the publishing page (no review needed or already approved).</summary>
    public static async Task PublishAsync(this IPage page, string editPath)
    {
        await page.GotoAsync(editPath + "/publicering");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicera version", Exact = false }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("syns nu för besökarna");
    }
}
