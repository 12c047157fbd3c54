using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.UnitTests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    private string Html(string markdown, Language? language = null) => _renderer.Render(markdown, language ?? Languages.Swedish).Html;

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <script>alert(1)</script> mer text")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<div onclick=\"alert(1)\">klick</div>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    public void Render_RawHtml_IsEscaped(string markdown)
    {
        // Act
        var html = Html(markdown);

        // Assert
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](JavaScript:alert(1))")]
    [InlineData("[klick]( javascript:alert(1) )")]
    [InlineData("[klick](vbscript:msgbox(1))")]
    [InlineData("[klick](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klick](http://example.org)")]
    [InlineData("[klick](//evil.example.org/x)")]
    [InlineData("[klick][ref]\n\n[ref]: javascript:alert(1)")]
    public void Render_ForbiddenLinkScheme_KeepsTextButDropsLink(string markdown)
    {
        // Act
        var result = _renderer.Render(markdown, Languages.Swedish);

        // Assert
        Assert.DoesNotContain("<a", result.Html, StringComparison.Ordinal);
        Assert.Contains("klick", result.Html, StringComparison.Ordinal);
        Assert.NotEmpty(result.Problems);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<http://example.org>")]
    public void Render_ForbiddenAutolink_IsPlainText(string markdown)
    {
        // Act
        var result = _renderer.Render(markdown, Languages.Swedish);

        // Assert
        Assert.DoesNotContain("<a", result.Html, StringComparison.Ordinal);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Render_ForbiddenImageScheme_ShowsAltTextOnly()
    {
        // Act
        var result = _renderer.Render("![Bild på kontoret](javascript:alert(1))", Languages.Swedish);

        // Assert
        Assert.DoesNotContain("<img", result.Html, StringComparison.Ordinal);
        Assert.Contains("Bild på kontoret", result.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[AF](https://arbetsformedlingen.se)", "https://arbetsformedlingen.se")]
    [InlineData("[Mejla](mailto:info@example.org)", "mailto:info@example.org")]
    [InlineData("[Ring](tel:0771524524)", "tel:0771524524")]
    [InlineData("[SGI](/skydda-din-sgi)", "/skydda-din-sgi")]
    [InlineData("[SGI](/skydda-din-sgi#sa-har-gor-du)", "/skydda-din-sgi#sa-har-gor-du")]
    [InlineData("[Rubrik](#rubrik)", "#rubrik")]
    public void Render_AllowedLink_IsRenderedWithFkuiAnchorClass(string markdown, string href)
    {
        // Act
        var result = _renderer.Render(markdown, Languages.Swedish);

        // Assert
        Assert.Contains($"href=\"{href}\"", result.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"anchor\"", result.Html, StringComparison.Ordinal);
        Assert.Empty(result.Problems);
        Assert.Contains(href, result.Links);
    }

    [Fact]
    public void Render_WarningContainer_BecomesFkuiWarningBoxWithHeading()
    {
        // Act
        var html = Html(":::warning Viktigt om din SGI\nSkriv in dig **i dag**.\n:::");

        // Assert
        Assert.Contains("class=\"message-box message-box--warning\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"message-box__heading\"><span class=\"sr-only\">Viktigt: </span>Viktigt om din SGI</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>i dag</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InfoContainerWithoutHeading_HasScreenReaderPrefixInPageLanguage()
    {
        // Act
        var html = Html(":::info\nGood to know.\n:::", Languages.English);

        // Assert
        Assert.Contains("message-box--info", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sr-only\">Information</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("message-box__heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ContainerHeadingWithHtml_IsEscaped()
    {
        // Act
        var html = Html(":::info <img src=x onerror=alert(1)>\nText\n:::");

        // Assert
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownContainer_IsReportedAndRenderedWithoutBox()
    {
        // Act
        var result = _renderer.Render(":::danger Rubrik\nText\n:::", Languages.Swedish);

        // Assert
        Assert.DoesNotContain("message-box", result.Html, StringComparison.Ordinal);
        Assert.Contains("Text", result.Html, StringComparison.Ordinal);
        Assert.Contains(result.Problems, p => p.Contains(":::danger", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Headings_GetIdsAndAreListed()
    {
        // Act
        var result = _renderer.Render("## Så här gör du\n\nText\n\n## Pengar\n", Languages.Swedish);

        // Assert
        Assert.Matches("<h2 id=\"[^\"]+\">Så här gör du</h2>", result.Html);
        Assert.Equal(["Så här gör du", "Pengar"], result.Headings.Select(h => h.Text));
        Assert.All(result.Headings, h => Assert.False(string.IsNullOrEmpty(h.Id)));
        Assert.Equal(2, result.Headings.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Render_PipeTable_GetsFkuiTableClass()
    {
        // Act
        var html = Html("| Dag | Vad |\n|---|---|\n| 1 | Skriv in dig |\n");

        // Assert
        Assert.Contains("<table class=\"table\">", html, StringComparison.Ordinal);
        Assert.Contains("<th>Dag</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlainText_ContainsWordsForSearch()
    {
        // Act
        var result = _renderer.Render("## Rubrik\n\nDu ska **skriva in dig** hos [Arbetsförmedlingen](https://arbetsformedlingen.se).", Languages.Swedish);

        // Assert
        Assert.Contains("Rubrik", result.PlainText, StringComparison.Ordinal);
        Assert.Contains("skriva in dig", result.PlainText, StringComparison.Ordinal);
        Assert.Contains("Arbetsförmedlingen", result.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://arbetsformedlingen.se", true)]
    [InlineData("mailto:a@b.se", true)]
    [InlineData("tel:+46771524524", true)]
    [InlineData("/kontakt", true)]
    [InlineData("kontakt", true)]
    [InlineData("#rubrik", true)]
    [InlineData("http://arbetsformedlingen.se", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("ftp://example.org", false)]
    [InlineData("", false)]
    public void IsAllowedUrl_AllowsOnlySafeSchemes(string url, bool allowed)
    {
        // Act & Assert
        Assert.Equal(allowed, MarkdownRenderer.IsAllowedUrl(url));
    }
}
