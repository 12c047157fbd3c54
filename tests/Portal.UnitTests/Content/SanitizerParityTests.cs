using AngleSharp.Html.Parser;
using Portal.TestSupport;
using Portal.Web.Features.Guidance;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.UnitTests.Content;

/// <summary>
/// The HTML sanitizer after Markdig changes nothing the content uses: every Markdown text in content/ (the guidance
/// pages and the questionnaire's intro texts) renders to the same document with and without it.
/// </summary>
public sealed class SanitizerParityTests
{
    private static readonly MarkdownRenderer WithSanitizer = new(sanitize: true);
    private static readonly MarkdownRenderer WithoutSanitizer = new(sanitize: false);
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> MarkdownTexts()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.Content, "guidance"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.Content, path));
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.Content, "questionnaire"), "*.yml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.Content, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownTexts))]
    public void EveryContentText_RendersTheSame_WithAndWithoutTheSanitizer(string file)
    {
        // Arrange
        var text = File.ReadAllText(Path.Combine(TestPaths.Content, file));
        var texts = new List<(string Markdown, Language Language)>();
        if (file.EndsWith(".md", StringComparison.Ordinal))
        {
            var page = GuidanceFile.Parse(file, text);
            texts.Add((page.Body, page.Language));
        }
        else
        {
            var definition = QuestionnaireDefinition.Parse(file, text);
            var language = Languages.Get(definition.Language);
            texts.AddRange(new string?[] { definition.Intro, definition.HealthNote }.Concat(definition.Sections.Select(s => (string?)s.Intro))
                .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => (t!, language)));
        }

        foreach (var (markdown, language) in texts)
        {
            // Act
            var sanitized = WithSanitizer.Render(markdown, language).Html;
            var plain = WithoutSanitizer.Render(markdown, language).Html;

            // Assert
            Assert.Equal(Normalize(plain), Normalize(sanitized));
        }

        Assert.NotEmpty(texts);
    }

    [Fact]
    public void Sanitizer_RemovesWhatMarkdigWouldNeverWrite()
    {
        // Act: HTML that only a gap in the first layer could let through
        var html = ContentHtmlSanitizer.Sanitize(
            "<p onclick=\"x()\" class=\"anchor evil\">a</p><script>alert(1)</script><a href=\"javascript:alert(1)\">b</a><iframe src=\"https://example.org\"></iframe><a href=\"http://example.org\">c</a><h2 id=\"rubrik\">d</h2>");

        // Assert
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://example.org", html, StringComparison.Ordinal);
        Assert.Contains("class=\"anchor\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"rubrik\">d</h2>", html, StringComparison.Ordinal);
    }

    private static string Normalize(string html) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!.InnerHtml.Trim();
}
