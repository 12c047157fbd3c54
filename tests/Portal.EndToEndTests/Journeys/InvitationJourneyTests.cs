using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;

namespace Portal.EndToEndTests.Journeys;

/// <summary>Issue 17: each of the three answers to an invitation in Chromium, with and without JavaScript, with axe on every page.</summary>
[Collection(PublicBrowserGroup.Name)]
public sealed class InvitationJourneyTests(BrowserFixture browser)
{
    private const string Personnummer = "19121212-1212";

    private async Task<string> NewInvitationAsync()
    {
        using var scope = browser.Host.Services.CreateScope();
        var now = DateTime.UtcNow;
        var context = new ProcessContext("test:e2e", now);
        var (_, token) = await scope.ServiceProvider.GetRequiredService<MeetingService>().CreateAsync(
            new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, now.AddDays(6), MeetingChannels.Video, "e2e-handlaggare",
                Portal.Web.Platform.Privacy.Personnummer.Parse(Personnummer, DateOnly.FromDateTime(now), out _)!, "Test Testsson")
            {
                VideoLink = "https://video.example/mote",
            },
            context);
        await scope.ServiceProvider.GetRequiredService<InvitationService>().PublishAsync("e2e-handlaggare", [now.AddDays(8).Date.AddHours(9), now.AddDays(8).Date.AddHours(10)], context);
        return token;
    }

    // A synthetic click on the input itself: the sticky header can cover a radio button scrolled to the top.
    private static async Task CheckAsync(IPage page, string question, string answer)
    {
        var input = page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel(answer, new() { Exact = true });
        await input.DispatchEventAsync("click");
        await Assertions.Expect(input).ToBeCheckedAsync();
    }

    // axe runs inside the page, so only with JavaScript on; the run without it proves the journey works.
    private static Task ScanAsync(IPage page, bool javaScript) => javaScript ? page.AssertNoAxeViolationsAsync() : Task.CompletedTask;

    private async Task<IPage> OpenAsync(bool javaScript)
    {
        var token = await NewInvitationAsync();
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync(browser.Url("/mote/" + token));
        await page.GetByLabel("Personnummer").FillAsync(Personnummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Din inbjudan");
        await ScanAsync(page, javaScript);
        return page;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Coming_LeadsToTheQuestionnaire(bool javaScript)
    {
        // Arrange
        var page = await OpenAsync(javaScript);

        // Act
        await CheckAsync(page, "Vad vill du svara?", "Jag kommer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Förbered ditt möte");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tack! Du har svarat att du kommer.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lägg in mötet i din kalender (.ics-fil)" })).ToBeVisibleAsync();
        await ScanAsync(page, javaScript);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnotherTime_PicksAFreeTime(bool javaScript)
    {
        // Arrange
        var page = await OpenAsync(javaScript);

        // Act
        await CheckAsync(page, "Vad vill du svara?", "Jag vill ha en annan tid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Välj en annan tid");
        await ScanAsync(page, javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Boka tiden" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Välj en tid.");
        await ScanAsync(page, javaScript);
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Lediga tider" }).GetByRole(AriaRole.Radio).First;
        await first.DispatchEventAsync("click");
        await Assertions.Expect(first).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Boka tiden" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Din inbjudan");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Din nya tid är bokad");
        await ScanAsync(page, javaScript);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Declining_GivesAPageOfTheirOwn(bool javaScript)
    {
        // Arrange
        var page = await OpenAsync(javaScript);

        // Act
        await CheckAsync(page, "Vad vill du svara?", "Jag vill inte ha mötet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du vill inte ha mötet");
        await ScanAsync(page, javaScript);
        await CheckAsync(page, "Varför vill du inte ha mötet? (frivilligt)", "Jag har inte tid");
        await page.GetByLabel("Vill du berätta mer? (frivilligt)", new() { Exact = false }).FillAsync("Jag har en kurs den veckan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Utan mötet: det här gör du själv");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Det ändrar ingenting i Försäkringskassans beslut.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Till SGI-skyddskollen" })).ToBeVisibleAsync();
        await ScanAsync(page, javaScript);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reminders_ByEmail_AreAskedForAndStopped(bool javaScript)
    {
        // Arrange
        var page = await OpenAsync(javaScript);
        var email = page.GetByLabel("E-postadress", new() { Exact = false });
        var ask = page.GetByRole(AriaRole.Button, new() { Name = "Skicka påminnelser till mig" });

        // Act: an address that is not one, then one that is, then stop
        await email.FillAsync("anna.provsson");
        await ask.ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Skriv en e-postadress, till exempel namn@exempel.se.");
        await ScanAsync(page, javaScript);
        await email.FillAsync("anna.provsson@exempel.se");
        await ask.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Klart. Du får en påminnelse via e-post.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Du får påminnelser till anna.provsson@exempel.se.");
        await ScanAsync(page, javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluta skicka påminnelser" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Klart. Du får inga fler påminnelser, och vi har raderat din e-postadress.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skicka påminnelser till mig" })).ToBeVisibleAsync();
        await ScanAsync(page, javaScript);
        await page.Context.CloseAsync();
    }
}
