using Microsoft.Playwright;
using Portal.TestSupport;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Security;

namespace Portal.EndToEndTests.Journeys;

/// <summary>
/// Staff in Chromium: first sign-in with two-factor setup, sign-in with a code (computed here with RFC 6238 from the
/// shared key), and the whole "done when" journey from a new meeting to the prepared answers. Axe on every staff page.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class StaffJourneyTests(BrowserFixture browser)
{
    private static DemoStaff.Account Account(string userName) => DemoStaff.Accounts.Single(a => a.UserName == userName);

    private Task<IPage> SignInAsync(DemoStaff.Account account) => browser.SignInAsStaffAsync(account);

    // A synthetic click on the input itself: the sticky header can cover a radio button scrolled to the top.
    private static Task CheckAsync(IPage page, string question, string answer) =>
        page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel(answer, new() { Exact = true }).DispatchEventAsync("click");

    [Fact]
    public async Task FirstSignIn_SetsUpTheAuthenticator_ThenSignsInWithACode()
    {
        // Arrange
        var account = Account("gun.ny");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/personal/logga-in"));
        await page.AssertNoAxeViolationsAsync();

        // Act: a wrong password first, then the right one
        await page.GetByLabel("Användarnamn").FillAsync(account.UserName);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync("Inte-Ratt-Losenord-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("fel");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Användarnamn").FillAsync(account.UserName);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        // The setup page: the key as text and as a QR code
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Koppla en autentiseringsapp");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-kod för att koppla appen till kontot gun.ny" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        var key = (await page.Locator(".secret").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Kod från appen").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppla appen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("6 siffrorna");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Kod från appen").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppla appen" }).ClickAsync();

        // Recovery codes, then the staff start page
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tvåstegsverifieringen är klar");
        Assert.Equal(10, await page.Locator(".recovery-codes li").CountAsync());
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Fortsätt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Start för personal");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Du är utloggad");

        // Assert: the next sign-in asks for a code from the app just set up
        await page.GetByLabel("Användarnamn").FillAsync(account.UserName);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skriv koden från din app");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Kod").FillAsync(Totp.Now(key) == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("stämmer inte");
        await page.AssertNoAxeViolationsAsync();
        // A code is used once: the step used at set-up may be this one, so the next step's code (one step ahead is accepted).
        await page.GetByLabel("Kod").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(Totp.StepSeconds)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Start för personal");
        await page.GotoAsync(browser.Url("/personal/aterstallningskod"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Handlaggare_CreatesAMeeting_CitizenAnswers_HandlaggareSeesThePreparedAnswers()
    {
        // Arrange: the handläggare creates the meeting
        var page = await SignInAsync(Account("anna.handlaggare"));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Personalmeny" }).GetByRole(AriaRole.Link, new() { Name = "Nytt möte" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa mötet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Datum").FillAsync(DateTime.UtcNow.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Klockslag").FillAsync("10.00");
        // Nothing is chosen in advance (issue 17)
        await CheckAsync(page, "Typ av möte", "omställningsmöte");
        await CheckAsync(page, "Hur hålls mötet?", "video");
        await page.GetByLabel("Personens personnummer").FillAsync("19120211-2346");
        await page.GetByLabel("Personens namn").FillAsync("Vera Provperson");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa mötet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mötet är skapat");
        await page.AssertNoAxeViolationsAsync();
        var link = (await page.Locator("main a[href*='/mote/']").GetAttributeAsync("href"))!;

        // Act: the citizen opens the link and answers
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync(link);
        await citizen.GetByLabel("Personnummer").FillAsync("19120211-2346");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await CheckAsync(citizen, "Vad vill du svara?", "Jag kommer");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync("Du har svarat att du kommer");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Börja svara" }).ClickAsync();
        await CheckAsync(citizen, "Hur vill du helst ha mötet?", "Telefon");
        await CheckAsync(citizen, "Behöver du tolk på mötet?", "Ja");
        await citizen.GetByLabel("Vilket språk behöver du tolk på?").FillAsync("persiska");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await CheckAsync(citizen, "Vad gäller för dig hos Försäkringskassan just nu?", "Försäkringskassan har beslutat att min sjukpenning ska sluta");
        await citizen.GetByLabel("sista dag med sjukpenning", new() { Exact = false }).First.FillAsync(DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await CheckAsync(citizen, "Hur ser det ut med arbete för dig just nu?", "Jag är arbetslös");
        await CheckAsync(citizen, "Tror du att du har en SGI?", "Ja");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await CheckAsync(citizen, "Vill du ha hjälp att skriva in dig hos Arbetsförmedlingen under mötet?", "Ja");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Radio, new() { Name = "Ja" }).Last.DispatchEventAsync("click");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Skicka svaren" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync("Referensnummer");
        await citizen.Context.CloseAsync();

        // Assert: Mina möten, the prepared answers, mark as read, print
        await page.GotoAsync(browser.Url("/handlaggare/moten"));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vera Provperson" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Förberedda svar");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("persiska");
        await Assertions.Expect(main).ToContainTextAsync("Vill ha hjälp att skriva in sig hos AF");
        await Assertions.Expect(main).ToContainTextAsync("Får dela svaren med AF");
        await Assertions.Expect(page.Locator(".message-box").First).ToContainTextAsync("SGI");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Markera som läst" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("lästa");
        await page.GetByLabel("Ny anteckning").FillAsync("Boka tolk på persiska.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara anteckningen" }).ClickAsync();
        await Assertions.Expect(main).ToContainTextAsync("Boka tolk på persiska.");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Utskriftsvänlig version (A4)" }).ClickAsync();
        await Assertions.Expect(main).ToContainTextAsync("persiska");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/handlaggare/moten?visa=vecka&status=read&sortera=status"));
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdminPages_AndAccessDenied_HaveNoAxeViolations()
    {
        // Arrange
        var page = await SignInAsync(Account("eva.admin"));

        // Act and assert
        await page.GotoAsync(browser.Url("/admin/konton"));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa kontot" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#display-name").FillAsync("Hanna Ny");
        await page.Locator("#username").FillAsync("hanna.ny");
        await page.Locator("#password").FillAsync("Forsta-Losenordet-2026");
        await page.GetByLabel(StaffRoles.Handlaggare, new() { Exact = true }).DispatchEventAsync("click");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa kontot" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("hanna.ny");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hanna Ny" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spärra kontot" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("spärrat");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/personal/konto/byt-losenord"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Byt lösenord" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/admin/granskningslogg?type=StaffAccountCreated"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("StaffAccountCreated");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/admin/granskningslogg?from=igar"));
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/uppfoljning"));
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Inskickade formulär per period, alla typer" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/uppfoljning?period=kvartal&typ=omstallningsmote"));
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/handlaggare/moten"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har inte behörighet till sidan");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Administrator_RegistersACaseSystem_SeesTheSecretOnce_RotatesAndRevokesIt_WithNoAxeViolations()
    {
        // Arrange
        var page = await SignInAsync(Account("eva.admin"));

        // Act and assert: the empty form names each field, then a registration shows the secret once
        await page.GotoAsync(browser.Url("/admin/arendesystem"));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera och visa hemligheten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#name").FillAsync("Ärendehanteringen");
        await page.GetByLabel("Läsa möten och förberedda svar (meetings.read)").DispatchEventAsync("click");
        await page.Locator("#acts-for").SelectOptionAsync(new SelectOptionValue { Label = "Anna Handläggare (anna.handlaggare)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera och visa hemligheten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#client-secret")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ärendehanteringen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#client-secret")).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa en ny hemlighet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#client-secret")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spärra ärendesystemet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("spärrat");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
