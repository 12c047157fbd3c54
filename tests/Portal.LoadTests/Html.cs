using System.Net;
using System.Text.RegularExpressions;

namespace Portal.LoadTests;

/// <summary>Just enough HTML reading for a form-filling client: the first POST form's action and hidden fields.</summary>
internal static partial class Html
{
    public sealed record Form(string? Action, IReadOnlyList<KeyValuePair<string, string>> Hidden);

    public static Form? FirstPostForm(string html)
    {
        foreach (Match form in FormRegex().Matches(html))
        {
            var attributes = Attributes(form.Groups["attrs"].Value);
            if (!string.Equals(attributes.GetValueOrDefault("method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var hidden = InputRegex().Matches(form.Groups["body"].Value)
                .Select(input => Attributes(input.Value))
                .Where(a => a.GetValueOrDefault("type") == "hidden" && a.ContainsKey("name"))
                .Select(a => new KeyValuePair<string, string>(a["name"], a.GetValueOrDefault("value") ?? ""))
                .ToList();
            var action = attributes.GetValueOrDefault("action");
            return new Form(string.IsNullOrEmpty(action) ? null : action, hidden);
        }

        return null;
    }

    private static Dictionary<string, string> Attributes(string text) => AttributeRegex().Matches(text)
        .GroupBy(m => m.Groups["name"].Value.ToLowerInvariant())
        .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));

    [GeneratedRegex("<form\\b(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormRegex();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputRegex();

    [GeneratedRegex("(?<name>[a-zA-Z_:-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex AttributeRegex();
}
