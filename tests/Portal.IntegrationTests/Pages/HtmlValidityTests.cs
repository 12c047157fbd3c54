using Portal.TestSupport;

namespace Portal.IntegrationTests.Pages;

/// <summary>Every page type passes the Nu HTML Checker with zero errors.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class HtmlValidityTests(PortalAppFactory factory)
{
    private static readonly string[] OtherPages =
    [
        "/sok",
        "/sok?q=sgi",
        "/sok?q=",
        "/sok?q=xyzzyqwerty",
        "/en/search?q=register",
        "/lattlast/sok?q=sgi",
        "/finns-inte",
        "/en/finns-inte",
        "/fel",
    ];

    [Fact]
    public async Task AllGuidanceAndGenericPages_PassTheNuHtmlChecker()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var urls = GuidanceBaseline.Files.Select(f => f.Language.PageUrl(f.Metadata.Slug)).Concat(OtherPages);
        var pages = new Dictionary<string, string>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            pages[url] = await response.Content.ReadAsStringAsync();
        }

        // Act
        var errors = await HtmlChecker.ErrorsAsync(pages);

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task HtmlChecker_CanFail_OnInvalidHtml()
    {
        // Arrange: a negative control, so a silently broken checker would not pass the test above
        var pages = new Dictionary<string, string> { ["broken"] = "<!DOCTYPE html><html lang=sv><head><title>x</title></head><body><div><p>Text</span></body></html>" };

        // Act
        var errors = await HtmlChecker.ErrorsAsync(pages);

        // Assert
        Assert.NotEmpty(errors);
    }
}
