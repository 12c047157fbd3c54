using Microsoft.Playwright;
using Portal.Web.Features.Meetings;

namespace Portal.EndToEndTests.Journeys;

/// <summary>The pre-meeting questionnaire in Chromium, with and without JavaScript, with axe on every page type.</summary>
[Collection(PublicBrowserGroup.Name)]
public sealed class QuestionnaireJourneyTests(BrowserFixture browser)
{
    private static DemoData.DemoInvitation Demo(string name) => DemoData.Invitations.Single(d => d.Token.StartsWith("demo-" + name, StringComparison.Ordinal));

    private async Task<IPage> SignInAsync(DemoData.DemoInvitation demo, bool javaScript = true)
    {
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync(browser.Url("/mote/" + demo.Token));
        await ScanAsync(page, javaScript);
        await page.GetByLabel("Personnummer").FillAsync(demo.Personnummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        // Identification leads to the invitation (issue 17); the questionnaire is one link from it.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Din inbjudan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Förbered mötet", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Förbered ditt möte");
        return page;
    }

    // FKUI draws its own radio and checkbox over the real input, so the click goes to the input's label.
    private static async Task CheckAsync(IPage page, string question, string answer)
    {
        var input = page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel(answer, new() { Exact = true });
        await ClickLabelAsync(page, input);
    }

    private static async Task ClickLabelAsync(IPage page, ILocator input)
    {
        var id = await input.GetAttributeAsync("id");
        await page.Locator($"label[for='{id}']").ClickAsync();
        await Assertions.Expect(input).ToBeCheckedAsync();
    }

    // axe runs inside the page, so it can only scan with JavaScript on; the run without JavaScript proves the journey
    // works and passes through the same page types, which the run with JavaScript scans.
    private static Task ScanAsync(IPage page, bool javaScript) => javaScript ? page.AssertNoAxeViolationsAsync() : Task.CompletedTask;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Questionnaire_FilledInEndToEnd_WithAxeOnEveryPageType(bool javaScript)
    {
        // Arrange
        var page = await SignInAsync(Demo(javaScript ? "maja" : "ali"), javaScript);
        await ScanAsync(page, javaScript);

        // Act: the meeting section, where the interpreter language is a follow-up question
        await page.GetByRole(AriaRole.Link, new() { Name = "Börja svara" }).ClickAsync();
        await CheckAsync(page, "Hur vill du helst ha mötet?", "Telefon");
        await CheckAsync(page, "Behöver du tolk på mötet?", "Ja");
        if (!javaScript)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("lagt till");
        }

        await page.GetByLabel("Vilket språk behöver du tolk på?").FillAsync("persiska");
        await ScanAsync(page, javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();

        // The situation section: a wrong date first, to see the error summary
        await CheckAsync(page, "Vad gäller för dig hos Försäkringskassan just nu?", "Försäkringskassan har beslutat att min sjukpenning ska sluta");
        if (!javaScript)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        }

        await page.GetByLabel("sista dag med sjukpenning", new() { Exact = false }).First.FillAsync("2026-02-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("ÅÅÅÅ-MM-DD");
        await ScanAsync(page, javaScript);
        await page.GetByLabel("sista dag med sjukpenning", new() { Exact = false }).First.FillAsync("2026-11-13");
        await CheckAsync(page, "Hur ser det ut med arbete för dig just nu?", "Jag är arbetslös");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);

        // The remaining sections: plans, health, support; then consent
        for (var i = 0; i < 3; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        }

        await ClickLabelAsync(page, page.GetByRole(AriaRole.Radio, new() { Name = "Nej" }).Last);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();

        // Check answers, then submit
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kontrollera dina svar");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("persiska");
        await ScanAsync(page, javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka svaren" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Referensnummer");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Du är nu utloggad");
        await ScanAsync(page, javaScript);

        // Submitting signed the person out: the answers are seen again through the link and the personnummer
        var form = page.Url.Replace("/klart", "", StringComparison.Ordinal);
        await page.GotoAsync(form + "/mina-svar");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Öppna länken i din inbjudan igen");
        var demo = Demo(javaScript ? "maja" : "ali");
        await page.GotoAsync(browser.Url("/mote/" + demo.Token));
        await page.GetByLabel("Personnummer").FillAsync(demo.Personnummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await page.GotoAsync(form + "/mina-svar");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("persiska");
        await ScanAsync(page, javaScript);
        await page.GotoAsync(form + "/lasningar");
        await ScanAsync(page, javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Öppna länken i din inbjudan igen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SgiCheckAnswersSavedInTheBrowser_FillTheSituationSection_WithAxeOnTheNewPages()
    {
        // Arrange: a finished SGI-skyddskoll (dates relative to today, since the host runs on the real clock)
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var result = $"/sgi-koll/resultat?situation=sjukpenning-ended&lastday={Iso(today.AddDays(-3))}&retro=no&sgi=yes&sgihours=40"
            + $"&employment=unemployed&age65=no&next=af&affrom={Iso(today.AddDays(-2))}&afstatus=aktivt&afhours=40&sanction=no&omprovning=no";
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url(result));

        // Act 1: save the answers in the browser
        await page.GetByRole(AriaRole.Link, new() { Name = "Spara svaren inför mötet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Spara svaren inför ditt möte");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara svaren i den här webbläsaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Svaren är sparade i den här webbläsaren");
        await page.AssertNoAxeViolationsAsync();

        // Act 2: open the invitation in the same browser and answer the meeting section
        var demo = Demo("tolvan");
        await page.GotoAsync(browser.Url("/mote/" + demo.Token));
        await page.GetByLabel("Personnummer").FillAsync(demo.Personnummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Förbered mötet", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Börja svara" }).ClickAsync();
        await CheckAsync(page, "Hur vill du helst ha mötet?", "Telefon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();

        // Act 3: the situation section offers the saved answers
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vill du använda dina svar från SGI-skyddskollen?" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, fyll i svaren" }).ClickAsync();

        // Assert: filled in, for the person to check before going on
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kontrollera att de stämmer");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Vad gäller för dig hos Försäkringskassan just nu?" })
            .GetByLabel("Försäkringskassan har beslutat att min sjukpenning ska sluta", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("sista dag med sjukpenning", new() { Exact = false }).First).ToHaveValueAsync(Iso(today.AddDays(-3)));
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Är du inskriven hos Arbetsförmedlingen?" })
            .GetByLabel("Ja, som aktivt arbetssökande", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vill du använda dina svar från SGI-skyddskollen?" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WrongPersonnummer_ShowsErrorWithoutAxeViolations()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/mote/" + Demo("tolvan").Token));

        // Act
        await page.GetByLabel("Personnummer").FillAsync("19121212-1213");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".label__message--error")).ToContainTextAsync("stämmer inte");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(browser.Url("/mote/finns-inte"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Länken fungerar inte");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reflow_At320x256_NoHorizontalScroll_AndTheAndraTargetIsVisibleNotUnderTheHeader()
    {
        // Arrange: one answer saved, so check-answers has "Ändra" links
        var page = await SignInAsync(Demo("ali"));
        var form = page.Url.Split('?')[0];
        await page.GotoAsync(form + "/steg/motet");
        await CheckAsync(page, "Hur vill du helst ha mötet?", "Telefon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och fortsätt" }).ClickAsync();
        await page.GotoAsync(form + "/kontrollera");
        await page.SetViewportSizeAsync(320, 256);

        // Act
        var noHorizontalScroll = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        await page.Locator("a.check-answers__change").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        var target = await page.EvaluateAsync<string>("""
            () => {
                const block = document.getElementById(location.hash.slice(1));
                if (!block) return "no target " + location.hash;
                const box = block.getBoundingClientRect();
                if (box.top < 0 || box.top >= window.innerHeight) return "target off screen at " + box.top;
                const header = document.querySelector(".site-header").getBoundingClientRect();
                if (header.bottom > box.top + 1 && header.top < box.top) return "header covers the target: header bottom " + header.bottom + ", target top " + box.top;
                const hit = document.elementFromPoint(Math.min(box.left + 10, window.innerWidth - 1), box.top + 5);
                return block.contains(hit) ? "visible" : "covered by " + (hit ? hit.className : "nothing");
            }
            """);
        var wideAfter = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

        // Assert
        Assert.True(noHorizontalScroll, "Check answers scrolls sideways at 320 px.");
        Assert.Equal("visible", target);
        Assert.True(wideAfter, "The question page scrolls sideways at 320 px.");
    }
}
