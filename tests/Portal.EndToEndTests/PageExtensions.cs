using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.TestSupport;
using Portal.Web.Features.StaffAccounts;

namespace Portal.EndToEndTests;

public static class PageExtensions
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
        },
    };

    /// <summary>Runs axe with the WCAG 2.1 A and AA rules and returns one line per violating element.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(" ", n.Target)}: {n.Html}"))
            .ToList();
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
