using System.Diagnostics;
using System.Text.Json;

namespace Portal.TestSupport;

/// <summary>
/// Runs the Nu HTML Checker (npm package vnu-jar, installed in tests/ by the test command) over a set of pages at once,
/// and returns its error messages. One Java start for all pages keeps the run short.
/// </summary>
public static class HtmlChecker
{
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyDictionary<string, string> htmlByName)
    {
        if (!File.Exists(TestPaths.VnuJar))
        {
            throw new InvalidOperationException($"The Nu HTML Checker is missing at {TestPaths.VnuJar}. Run the test command from README.md (it runs npm ci in tests/).");
        }

        var folder = TestPaths.NewTempDirectory("vnu");
        try
        {
            var files = new Dictionary<string, string>();
            var index = 0;
            foreach (var (name, html) in htmlByName)
            {
                var path = Path.Combine(folder, $"page{index++}.html");
                await File.WriteAllTextAsync(path, html);
                files[new Uri(path).AbsoluteUri] = name;
            }

            var start = new ProcessStartInfo("java")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-jar", TestPaths.VnuJar, "--errors-only", "--format", "json" }.Concat(files.Keys.Select(k => new Uri(k).LocalPath)))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java.");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = (await stderr).Trim();
            if (json.Length == 0)
            {
                json = (await stdout).Trim();
            }

            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m =>
                {
                    var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                    var page = files.TryGetValue(url, out var n) ? n : url;
                    var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                    return $"{page} (line {line}): {m.GetProperty("message").GetString()}";
                })
                .ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
