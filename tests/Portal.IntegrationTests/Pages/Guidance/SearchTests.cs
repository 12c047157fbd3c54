using System.Net;

namespace Portal.IntegrationTests.Pages.Guidance;

[Collection(PortalAppGroup.Name)]
public sealed class SearchTests(PortalAppFactory factory)
{
    private async Task<(HttpStatusCode Status, List<string> Hits, AngleSharp.Html.Dom.IHtmlDocument Document)> SearchAsync(string path)
    {
        using var client = factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(path);
        var document = await PortalAppFactory.ParseAsync(response);
        var hits = document.QuerySelectorAll(".search-results a").Select(a => a.GetAttribute("href")!).ToList();
        return (response.StatusCode, hits, document);
    }

    [Fact]
    public async Task Search_WordFromPageBody_FindsThatPage()
    {
        // Arrange: a word that appears in the body of the SGI page but not in its title
        var sgi = GuidanceBaseline.Files.Single(f => f.Key == "sgi" && f.Language.Code == "sv");
        Assert.Contains("förhinder", sgi.Body, StringComparison.OrdinalIgnoreCase);

        // Act
        var (status, hits, _) = await SearchAsync("/sok?q=f%C3%B6rhinder");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("/skydda-din-sgi", hits);
    }

    [Fact]
    public async Task Search_WithoutSwedishLetters_FindsPagesWithThem()
    {
        // Act
        var (_, hits, _) = await SearchAsync("/sok?q=omstallningsmotet");

        // Assert
        Assert.Contains("/omstallningsmotet-och-kontaktmotet", hits);
        Assert.Equal("/omstallningsmotet-och-kontaktmotet", hits[0]);
    }

    [Fact]
    public async Task Search_English_SearchesEnglishPages()
    {
        // Act
        var (status, hits, document) = await SearchAsync("/en/search?q=register");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("/en", h, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_NoMatch_SaysSo()
    {
        // Act
        var (status, hits, document) = await SearchAsync("/sok?q=xyzzyqwerty");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(hits);
        Assert.Contains("Vi hittade inga sidor", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sok?q=", "Skriv ett eller flera ord")]
    [InlineData("/sok?q=%20%20", "Skriv ett eller flera ord")]
    public async Task Search_Empty_AsksForWords(string path, string message)
    {
        // Act
        var (status, _, document) = await SearchAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, document.QuerySelector(".label__message--error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#search-page-q")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Search_TooLong_GivesSwedishErrorNot500()
    {
        // Act
        var (status, hits, document) = await SearchAsync("/sok?q=" + new string('a', 5000));

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(hits);
        Assert.Contains("för lång", document.QuerySelector(".label__message--error")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sok?q=%FF%FE")]
    [InlineData("/sok?q=<script>alert(1)</script>")]
    [InlineData("/sok?q=a&q=b")]
    public async Task Search_OddInput_NeverFailsAndIsEscaped(string path)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", body, StringComparison.Ordinal);
    }
}
