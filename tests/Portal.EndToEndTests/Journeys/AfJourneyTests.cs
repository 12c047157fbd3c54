using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.TestSupport;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Data;

namespace Portal.EndToEndTests.Journeys;

/// <summary>
/// Issue 18's "done when" in Chromium: the demo AF handläggare (hanna.af) sees the demo gemensam kartläggning's shared
/// answers while the demo person's consent is yes; the person withdraws it from their link; AF no
/// longer sees them; the person's read log shows the AF read. Axe on every page. The AF list, the AF meeting page and
/// the consent page also reflow at 320 CSS px (WCAG 1.4.10): no sideways scroll of the page, axe clean there too.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AfJourneyTests(BrowserFixture browser)
{
    private const string OwnWords = "Kan jag få hjälp med ett nytt CV?";

    private static readonly DemoData.DemoInvitation Ali = DemoData.Invitations.Single(i => i.WithAf);

    [Fact]
    public async Task AfHandlaggare_SeesSharedAnswers_WhileConsentIsYes_PersonWithdraws_ReadLogShowsTheAfRead()
    {
        // Arrange: the demo person has submitted answers and said yes to sharing them with AF
        Guid meetingId;
        using (var scope = browser.Host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            meetingId = await db.Meetings.Where(m => m.IsDemo && m.AfCaseOfficerId == DemoData.AfCaseOfficerId).Select(m => m.Id).SingleAsync();
        }

        await TestAnswers.SubmitAsync(browser.Host.Services, meetingId, DateTime.UtcNow, new Dictionary<string, string[]>
        {
            ["kanal"] = ["video"],
            ["tolk"] = ["nej"],
            ["beslut"] = ["sjukpenning-ended"],
            ["sista-dag"] = [DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
            ["sysselsattning"] = ["unemployed"],
            ["har-sgi"] = ["yes"],
            ["hjalp-af"] = ["ja"],
            ["egna-fragor"] = [OwnWords],
            ["dela-med-af"] = ["ja"],
        });
        var af = await browser.SignInAsStaffAsync(DemoStaff.Accounts.Single(a => a.UserName == "hanna.af"));

        // Act and assert: AF sees the meeting in the list and the shared answers
        await af.GetByRole(AriaRole.Navigation, new() { Name = "Personalmeny" }).GetByRole(AriaRole.Link, new() { Name = "Möten med Arbetsförmedlingen" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Möten med Arbetsförmedlingen");
        await af.AssertNoAxeViolationsAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Region, new() { Name = "Dina möten" }).Locator("table")).ToBeVisibleAsync();
        await AssertReflowsAt320Async(af);
        await af.GetByRole(AriaRole.Link, new() { Name = Ali.Name }).ClickAsync();
        var afMain = af.Locator("main");
        await Assertions.Expect(afMain).ToContainTextAsync(OwnWords);
        await Assertions.Expect(afMain).ToContainTextAsync("Ja, svaren får delas med Arbetsförmedlingen");
        await af.AssertNoAxeViolationsAsync();
        await AssertReflowsAt320Async(af);

        // The person withdraws the consent from their link (a plain form; axe needs JavaScript in the page)
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync(browser.Url("/mote/" + Ali.Token));
        await citizen.GetByLabel("Personnummer").FillAsync(Ali.Personnummer);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Din inbjudan");
        var form = citizen.Url[..citizen.Url.IndexOf("/inbjudan", StringComparison.Ordinal)];
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Dela dina svar med Arbetsförmedlingen" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dela dina svar med Arbetsförmedlingen");
        await citizen.AssertNoAxeViolationsAsync();
        await AssertReflowsAt320Async(citizen);
        // A synthetic click on the input itself, as the other journeys do (FKUI draws the radio button over it).
        await citizen.GetByLabel("Nej, Arbetsförmedlingen får inte läsa mina svar").DispatchEventAsync("click");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Spara mitt val" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("Ditt val är sparat.");
        await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync("du har tagit tillbaka ditt ja");
        await citizen.AssertNoAxeViolationsAsync();
        await AssertReflowsAt320Async(citizen);

        // AF no longer sees the answers
        await af.ReloadAsync();
        await Assertions.Expect(afMain).ToContainTextAsync("Personen har återkallat sitt samtycke.");
        await Assertions.Expect(afMain).Not.ToContainTextAsync(OwnWords);
        await af.AssertNoAxeViolationsAsync();
        await AssertReflowsAt320Async(af);

        // The person's read log shows the AF read, by role, never by name
        await citizen.GotoAsync(form + "/lasningar");
        var log = citizen.Locator("main table");
        await Assertions.Expect(log).ToContainTextAsync("En handläggare på Arbetsförmedlingen");
        await Assertions.Expect(citizen.Locator("main")).Not.ToContainTextAsync("Hanna");
        await citizen.AssertNoAxeViolationsAsync();
        await citizen.Context.CloseAsync();
        await af.Context.CloseAsync();
    }

    /// <summary>
    /// At 320 CSS px wide the page does not scroll sideways (a wide table scrolls inside its own region) and axe finds
    /// nothing; the viewport is then put back. On failure, names the elements that stick out.
    /// </summary>
    private static async Task AssertReflowsAt320Async(IPage page)
    {
        var before = page.ViewportSize!;
        await page.SetViewportSizeAsync(320, 640);
        var overflow = await page.EvaluateAsync<string>("""
            () => {
                const root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth && root.clientWidth <= 320) return "";
                const wide = [...document.querySelectorAll("body *")]
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth && (!e.closest(".table-scroll") || getComputedStyle(e).position === "absolute"))
                    .map(e => e.tagName.toLowerCase() + (e.className ? "." + String(e.className).trim().replace(/\s+/g, ".") : "") + " " + Math.round(e.getBoundingClientRect().right))
                    .slice(0, 10);
                return "scrollWidth " + root.scrollWidth + ", clientWidth " + root.clientWidth + ": " + wide.join(", ");
            }
            """);
        Assert.True(overflow.Length == 0, $"{page.Url} scrolls sideways at 320 px: {overflow}");
        await page.AssertNoAxeViolationsAsync();
        await page.SetViewportSizeAsync(before.Width, before.Height);
    }
}
