using System.Text.RegularExpressions;
using Portal.TestSupport;

namespace Portal.UnitTests.Hosting;

/// <summary>
/// Issue 20: one way to build links. Addresses of the portal's pages are made from the pages' routes (asp-page,
/// asp-route-*, Url.Page, RedirectToPage, LinkGenerator), never typed by hand, so a changed route or language prefix
/// cannot leave a dead link behind. The routes themselves are declared once, in the pages' @page lines and the
/// features' language conventions. Guidance links inside Markdown content are content and are not code.
/// </summary>
public sealed partial class HandTypedUrlTests
{
    /// <summary>The few places where a page address must be a literal path, each with its reason.</summary>
    private static readonly (string File, string Address, string Reason)[] Exceptions =
    [
        ("src/Portal.Web/Platform/Localization/Languages.cs", "/en", "The language scheme itself: each language's path prefix is declared here, once."),
        ("src/Portal.Web/Platform/Localization/Languages.cs", "/lattlast", "The language scheme itself: each language's path prefix is declared here, once."),
        ("src/Portal.Web/Platform/Hosting/PlatformSetup.cs", "/fel", "The exception handler and the status code pages re-execute a path, not a page name; they run before routing."),
        ("src/Portal.Web/Platform/Hosting/Hardening.cs", "/mote", "The rate limiter partitions every request under the prefix, also addresses that match no page."),
        ("src/Portal.Web/Platform/Hosting/Hardening.cs", "/personal", "The rate limiter partitions every request under the prefix, also addresses that match no page."),
        ("src/Portal.Web/Platform/Security/OpenIdServer.cs", "/connect", "OpenIddict's token endpoint is an address the server answers before routing, not a page."),
        ("src/Portal.Web/Features/DevIdentityProvider/DevIdentityProviderSetup.cs", "/connect", "OpenIddict's authorization and end-session endpoints are addresses its server claims by path; the page renders behind the first."),
    ];

    [Fact]
    public void NoPageAddressIsTypedByHand_OutsideTheNamedExceptions()
    {
        // Arrange: every first path segment that a page route starts with, and the language prefixes
        var root = TestPaths.RepositoryRoot;
        var sources = SourceFiles(root).ToList();
        var segments = sources
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Take(1))
            .Select(line => PageDirective().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["segment"].Value)
            .Append("en")
            .Append("lattlast")
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("formular", segments);
        Assert.Contains("sgi-koll", segments);
        var literal = new Regex(
            "(?:(?<=[\"'])|(?<=\\$\"))/(?<segment>" + string.Join('|', segments.Select(Regex.Escape)) + ")(?=[/?#\"'{]|$)",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        // Act
        var found = new List<string>();
        foreach (var file in sources)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                var code = line.TrimStart();
                if (code.StartsWith("@page ", StringComparison.Ordinal) || code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith("@*", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in literal.Matches(line))
                {
                    var address = "/" + match.Groups["segment"].Value;
                    if (!Exceptions.Any(e => e.File == relative && e.Address == address))
                    {
                        found.Add($"{relative}:{number}: {line.Trim()}");
                    }
                }

                if (RootRelativeAttribute().IsMatch(line))
                {
                    found.Add($"{relative}:{number}: {line.Trim()}");
                }
            }
        }

        // Assert
        Assert.True(found.Count == 0, "Page addresses typed by hand (use asp-page / Url.Page / RedirectToPage / LinkGenerator):\n" + string.Join('\n', found));
    }

    [Fact]
    public void EveryException_StillExists_AndHasAReason()
    {
        var root = TestPaths.RepositoryRoot;
        foreach (var (file, address, reason) in Exceptions)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason));
            var text = File.ReadAllText(Path.Combine(root, file));
            Assert.True(text.Contains('"' + address, StringComparison.Ordinal), $"{file} no longer has {address}: remove the exception.");
        }
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { Path.Combine(root, "src", "Portal.Web"), Path.Combine(root, "themes") }
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The first literal segment of a page's route: @page "/formular/{invitationId:guid}" gives "formular".</summary>
    [GeneratedRegex("^@page \"/(?<segment>[a-z][a-z0-9-]*)")]
    private static partial Regex PageDirective();

    /// <summary>An href, action or formaction that starts at the site root, except the theme's static files.</summary>
    [GeneratedRegex("\\b(?:href|action|formaction)=\"/(?!_content/)")]
    private static partial Regex RootRelativeAttribute();
}
