using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Portal.TestSupport;
using Portal.Web.Features.StaffAccounts;

namespace Portal.EndToEndTests;

public static class PageExtensions
{
    /// <summary>axe-core as bundled with Deque.AxeCore.Commons (the version named in Directory.Packages.props).</summary>
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// Runs axe on the document with the WCAG 2.1 A and AA rules and returns each violating element. Only violations are
    /// collected in full (resultTypes); which rules run and what counts as a violation is unchanged.
    /// </summary>
    private const string RunWcagAa = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return result.violations.flatMap(v => v.nodes.map(n =>
                `${v.id} (${v.impact}) ${v.help} at ${n.target.flat(Infinity).join(' ')}: ${n.html}`));
        }
        """;

    /// <summary>Runs axe with the WCAG 2.1 A and AA rules and returns one line per violating element.</summary>
    /// <remarks>
    /// axe is injected into each frame of the current document once (axe.run then covers the frames too), and run with
    /// one call. Deque's RunAxe opened a second page for every scan and took about four seconds a page on the test machine;
    /// this takes under one.
    /// </remarks>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(this IPage page)
    {
        foreach (var frame in page.Frames)
        {
            if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await frame.EvaluateAsync(AxeSource);
            }
        }

        var violations = await page.EvaluateAsync<string[]>(RunWcagAa);
        return violations.Select(v => $"{page.Url}: {v}").ToList();
    }

    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Signs a demo staff account in through the real pages (password, then a code from the shared key); ends on the staff start page.</summary>
    public static async Task<IPage> SignInAsStaffAsync(this BrowserFixture browser, DemoStaff.Account account)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/personal/logga-in"));
        await page.GetByLabel("Användarnamn").FillAsync(account.UserName);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skriv koden från din app");
        await page.GetByLabel("Kod").FillAsync(Totp.Now(account.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Start för personal");
        return page;
    }
}
