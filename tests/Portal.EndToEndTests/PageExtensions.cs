using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

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
}
