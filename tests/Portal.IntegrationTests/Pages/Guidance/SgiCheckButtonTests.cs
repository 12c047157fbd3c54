using System.Net;
using Portal.Web.Platform.Localization;

namespace Portal.IntegrationTests.Pages.Guidance;

/// <summary>Issue 15: the start page opens with the one action (register at AF today) and a button to the SGI-skyddskoll; every situation page has the button.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiCheckButtonTests(PortalAppFactory factory)
{
    [Theory]
    [InlineData("/", "Har din sjukpenning slutat?", "/sgi-koll")]
    [InlineData("/en", "Has your sickness benefit (sjukpenning) stopped?", "/en/sgi-check")]
    [InlineData("/lattlast", "Har din sjukpenning slutat?", "/lattlast/sgi-koll")]
    public async Task StartPage_OpensWithTheSgiBox_RightAfterTheHeading(string url, string heading, string checkPath)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert: in the page's own order (the order a phone shows it), the box follows the h1 and comes before any text or list
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = document.QuerySelector(".article__body")!;
        Assert.Equal("H1", body.Children[0].TagName);
        var box = body.Children[1];
        Assert.Contains("sgi-now", box.ClassList);
        Assert.EndsWith(heading, box.QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Arbetsförmedlingen", box.TextContent, StringComparison.Ordinal);
        var button = box.QuerySelector("a.button");
        Assert.NotNull(button);
        Assert.Equal(checkPath, button.GetAttribute("href"));
        Assert.Single(document.QuerySelectorAll(".sgi-check-button"));
    }

    [Fact]
    public async Task EverySituationPage_InEveryLanguage_HasTheSgiCheckButtonAtTheTop()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var situationPages = GuidanceBaseline.Files.Where(f => f.Metadata.Section == "situation").ToList();
        var missing = new List<string>();

        // Act
        foreach (var file in situationPages)
        {
            var url = file.Language.PageUrl(file.Metadata.Slug);
            using var response = await client.GetAsync(url);
            var document = await PortalAppFactory.ParseAsync(response);
            var buttons = document.QuerySelectorAll(".article__body .sgi-check-button");
            var expected = file.Language == Languages.English ? "/en/sgi-check" : file.Language == Languages.EasySwedish ? "/lattlast/sgi-koll" : "/sgi-koll";
            if (buttons.Length != 1 || buttons[0].GetAttribute("href") != expected || document.QuerySelector(".article__body")!.Children[1].QuerySelector(".sgi-check-button") is null)
            {
                missing.Add(url);
            }
        }

        // Assert
        Assert.True(situationPages.Count(f => f.Language == Languages.Swedish) >= 8, "Expected the eight Swedish situation pages.");
        Assert.True(missing.Count == 0, "No SGI-skyddskoll button right after the heading on: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("/kontakt")]
    [InlineData("/skydda-din-sgi")]
    public async Task OtherPages_HaveNoSgiCheckButton(string url)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(document.QuerySelectorAll(".sgi-check-button"));
    }
}
