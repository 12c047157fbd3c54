using System.Globalization;
using Microsoft.Playwright;
using Portal.TestSupport;

namespace Portal.EndToEndTests.Journeys;

/// <summary>
/// The SGI-skyddskoll in Chromium, from a guidance page to a result, with and without JavaScript: axe on every
/// page type, and the Nu HTML Checker on the HTML the browser got for each page type.
/// </summary>
[Collection(PublicBrowserGroup.Name)]
public sealed class SgiCheckJourneyTests(BrowserFixture browser)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Journey_FromGuidanceToResult_PassesAxeAndTheHtmlCheckerOnEveryPageType(bool javaScript)
    {
        // Arrange: sjukpenning ends in two days (dates relative to today, since the host runs on the real clock)
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var lastDay = today.AddDays(2);
        var page = await browser.NewPageAsync(javaScript);
        var html = new Dictionary<string, string>();

        async Task ScanAsync(string pageType)
        {
            // axe runs as a script in the page, so it can only scan with JavaScript on; the HTML is checked either way.
            if (javaScript)
            {
                await page.AssertNoAxeViolationsAsync();
            }

            html[pageType] = await page.ContentAsync();
        }

        async Task ChooseAsync(string option)
        {
            // People click the label (FKUI draws the radio on it), so the test does too.
            await page.Locator("label.radio-button__label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(option) + "$") }).ClickAsync();
            await Assertions.Expect(page.GetByLabel(option, new() { Exact = true })).ToBeCheckedAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        }

        async Task TypeAsync(string label, string value)
        {
            await page.GetByLabel(label, new() { Exact = false }).FillAsync(value);
            await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        }

        // Act: from the guidance page about the SGI to the checker's start page
        await page.GotoAsync(browser.Url("/skydda-din-sgi"));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "SGI-skyddskollen", Exact = false }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.Url("/sgi-koll"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SGI-skyddskollen");
        await ScanAsync("start");
        await page.GetByRole(AriaRole.Link, new() { Name = "Starta" }).ClickAsync();

        // A radio question; first without an answer, to see the error summary
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vad har Försäkringskassan beslutat?");
        await ScanAsync("radio question");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Välj ett av svaren.");
        await ScanAsync("radio question with error");
        await ChooseAsync("Min sjukpenning har upphört eller dragits in");

        // A date question: an impossible date first
        await ScanAsync("date question");
        await TypeAsync("Vilken var din sista dag med sjukpenning?", "2026-02-30");
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Datumet finns inte");
        await Assertions.Expect(page.GetByLabel("Vilken var din sista dag med sjukpenning?", new() { Exact = false })).ToHaveAttributeAsync("aria-invalid", "true");
        await ScanAsync("date question with error");
        await TypeAsync("Vilken var din sista dag med sjukpenning?", Iso(lastDay));
        await ChooseAsync("Nej");
        await ChooseAsync("Ja");

        // A number question with "I don't know" beside it; hours over 168 first
        await TypeAsync("Hur många timmar i veckan bygger din SGI på?", "200");
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("högst 168");
        await ScanAsync("number question with error");
        await TypeAsync("Hur många timmar i veckan bygger din SGI på?", "40");
        await ChooseAsync("Jag är arbetslös");
        await ChooseAsync("Nej");
        // Not registered yet: the plan is its own answer, and the questions after it ask about the plan
        await ChooseAsync("Jag har inte skrivit in mig hos Arbetsförmedlingen än, men ska göra det");
        await TypeAsync("Vilken dag ska du skriva in dig hos Arbetsförmedlingen?", Iso(lastDay.AddDays(1)));
        await ChooseAsync("Som aktivt arbetssökande");
        await TypeAsync("Hur många timmar i veckan ska du söka arbete?", "40");
        await ChooseAsync("Nej");
        await ChooseAsync("Nej");

        // Check answers, change one, come back
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kontrollera dina svar");
        await ScanAsync("check answers");
        var change = page.Locator("a.sgi-answers__change[href*='/fraga/afhours']");
        await Assertions.Expect(change).ToContainTextAsync("Ändra");
        await change.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Hur många timmar i veckan ska du söka arbete?", new() { Exact = false })).ToHaveValueAsync("40");
        await TypeAsync("Hur många timmar i veckan ska du söka arbete?", "40");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kontrollera dina svar");
        await page.GetByRole(AriaRole.Link, new() { Name = "Visa resultatet" }).ClickAsync();

        // Assert: the result
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ditt resultat");
        await Assertions.Expect(page.Locator(".sgi-verdict")).ToHaveAttributeAsync("data-verdict", "protected");
        await Assertions.Expect(page.Locator(".sgi-deadline")).ToContainTextAsync("senast");
        await Assertions.Expect(page.Locator(".sgi-deadline")).ToContainTextAsync("dagar kvar");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lägg in datumet i din kalender (.ics-fil)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button[data-print]")).ToBeVisibleAsync(new() { Visible = javaScript });
        await Assertions.Expect(page.Locator("[data-print-fallback]")).ToBeVisibleAsync(new() { Visible = !javaScript });
        await ScanAsync("result");
        if (javaScript)
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lägg in datumet i din kalender (.ics-fil)" }).ClickAsync());
            Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Gör om" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.Url("/sgi-koll"));
        var errors = await HtmlChecker.ErrorsAsync(html);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/en/sgi-check")]
    [InlineData("/en/sgi-check/question/situation")]
    public async Task EnglishPages_HaveNoAxeViolations(string url)
    {
        // Arrange
        var page = await browser.NewPageAsync();

        // Act
        var response = await page.GotoAsync(browser.Url(url));

        // Assert
        Assert.Equal(200, response!.Status);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LattlastResult_HasNoAxeViolations()
    {
        // Arrange: sjukpenning ends in two days and nothing is planned yet (the result then has a deadline, actions
        // and the contact routes); dates relative to today, since the host runs on the real clock
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var page = await browser.NewPageAsync();
        var query = $"?situation=sjukpenning-ended&lastday={Iso(lastDay)}&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=nothing&omprovning=no";

        // Act
        var start = await page.GotoAsync(browser.Url("/lattlast/sgi-koll"));
        await page.AssertNoAxeViolationsAsync();
        var result = await page.GotoAsync(browser.Url("/lattlast/sgi-koll/resultat" + query));

        // Assert
        Assert.Equal(200, start!.Status);
        Assert.Equal(200, result!.Status);
        await Assertions.Expect(page.Locator(".sgi-verdict h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Din SGI"));
        await Assertions.Expect(page.Locator(".sgi-based-on")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
