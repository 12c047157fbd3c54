using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Pages.Editor;
using Portal.Web.Features.Feedback;
using Portal.Web.Platform.Auditing;

namespace Portal.IntegrationTests.Pages.Guidance;

/// <summary>
/// "Hittade du det du sökte?": on every (output-cached) guidance page, without JavaScript or cookies, anonymous, masked,
/// refused from other sites and rate limited; the editors' report per page and month.
/// </summary>
public sealed class FeedbackTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/", "Hittade du det du sökte?")]
    [InlineData("/skydda-din-sgi", "Hittade du det du sökte?")]
    [InlineData("/en/protect-your-sgi", "Did you find what you were looking for?")]
    [InlineData("/lattlast/skydda-din-sgi", "Hittade du det du sökte?")]
    public async Task EveryGuidancePage_HasTheForm_WithoutTokenOrCookie(string url, string question)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        var form = Assert.Single(page.QuerySelectorAll("form[action='/synpunkt']"));
        Assert.Equal(question, form.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(2, form.QuerySelectorAll("input[type=radio][name=svar]").Length);
        Assert.NotNull(form.QuerySelector("textarea[name=kommentar]"));
        Assert.Null(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AnswerFromACachedPage_IsStoredAnonymouslyAndMasked_ThanksPageSetsNoCookie()
    {
        // Arrange: the page twice, so the second comes from the output cache
        using var client = factory.CreateBrowserLikeClient();
        using var _ = await client.GetAsync("/ordlista");
        using var cached = await client.GetAsync("/ordlista");
        var page = await PortalAppFactory.ParseAsync(cached);
        var itemId = page.QuerySelector("form[action='/synpunkt'] input[name=sida]")!.GetAttribute("value")!;

        // Act
        using var response = await PostAsync(client, itemId, "nej", "Ring mig på 070-123 45 67 eller skriv till anna@example.se, pnr 19811218-9876. Ordet saknas.", site: "same-origin");
        using var thanks = await client.GetAsync(FormClient.Location(response));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/synpunkt/tack?sida={itemId}", FormClient.Location(response));
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") || thanks.Headers.Contains("Set-Cookie"));
        Assert.Equal("Tack för ditt svar", (await PortalAppFactory.ParseAsync(thanks)).QuerySelector("h1")!.TextContent);
        var stored = await EditorClient.WithDbAsync(factory, db => db.PageFeedback.SingleAsync(f => f.ContentItemId == Guid.Parse(itemId)));
        Assert.False(stored.FoundIt);
        Assert.Equal($"Ring mig på {CommentMasker.PhoneMask} eller skriv till {CommentMasker.EmailMask}, pnr {CommentMasker.PersonnummerMask}. Ordet saknas.", stored.Comment);
        var audit = await EditorClient.WithDbAsync(factory, db => db.AuditEvents.SingleAsync(e => e.SubjectId == stored.Id.ToString()));
        Assert.Equal(AuditEventType.FeedbackReceived.Name, audit.EventType);
        Assert.Equal(SendModel.Anonymous, audit.Actor);
        Assert.Null(audit.ClientAddress);
        Assert.DoesNotContain("070", audit.PayloadJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAnswerChosen_ShowsTheFormAgainWithTheErrorAndTheComment_NothingStored()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var itemId = await EditorClient.ItemIdAsync(factory, "sgi", "en");

        // Act
        using var response = await PostAsync(client, itemId.ToString(), null, "Too long to read");
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert: in the page's language, with the comment kept
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Choose yes or no.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#svar", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Too long to read", page.QuerySelector("textarea[name=kommentar]")!.TextContent);
        Assert.False(await EditorClient.WithDbAsync(factory, db => db.PageFeedback.AnyAsync(f => f.ContentItemId == itemId)));
    }

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "https://annan-sajt.example")]
    public async Task PostFromAnotherSite_IsRefused_NothingStored(string? fetchSite, string? origin)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();
        var itemId = await EditorClient.ItemIdAsync(factory, "kontakt");

        // Act
        using var response = await PostAsync(client, itemId.ToString(), "ja", null, fetchSite, origin);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await EditorClient.WithDbAsync(factory, db => db.PageFeedback.AnyAsync(f => f.ContentItemId == itemId)));
    }

    [Fact]
    public async Task PostForAPageThatIsNotPublished_GetsTheFriendlyPage_NotA500()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var unknown = await PostAsync(client, Guid.NewGuid().ToString(), "ja", null);
        using var garbage = await PostAsync(client, "inte-ett-id", "ja", null);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task Answers_OverTheLimit_GetThe429Page()
    {
        // Arrange
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:FeedbackPerMinute", "2"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var itemId = await EditorClient.ItemIdAsync(factory, "moten");

        // Act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync(client, itemId.ToString(), "ja", null);
            statuses.Add(response.StatusCode);
        }

        // Assert
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task EditorReport_ShowsShareOfYesPerPageAndMonth_AndMarksACommentHandled()
    {
        // Arrange: three answers on one page, one with a comment
        using var visitor = factory.CreateBrowserLikeClient();
        var itemId = await EditorClient.ItemIdAsync(factory, "pengar");
        (await PostAsync(visitor, itemId.ToString(), "ja", null)).Dispose();
        (await PostAsync(visitor, itemId.ToString(), "ja", null)).Dispose();
        (await PostAsync(visitor, itemId.ToString(), "nej", "Beloppen för 2027 saknas.")).Dispose();
        using var editor = EditorClient.SignedIn(factory, "redaktor-7");

        // Act
        var report = await editor.GetAsync("/redaktion/synpunkter");
        var row = report.QuerySelectorAll(".feedback-months tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/redaktion/innehall/{itemId}");
        var comment = report.QuerySelectorAll(".feedback-comments__item").Single(c => c.TextContent.Contains("Beloppen för 2027 saknas.", StringComparison.Ordinal));
        using var handled = await editor.SubmitAsync(report, $"handler=Handle", ("feedbackId", comment.QuerySelector("input[name=feedbackId]")!.GetAttribute("value")!));
        var after = await editor.GetAsync("/redaktion/synpunkter");
        var all = await editor.GetAsync("/redaktion/synpunkter?hanterade=true");

        // Assert
        Assert.Equal("november 2026", row.Children[0].TextContent.Trim());
        Assert.Equal("2", row.Children[3].TextContent.Trim());
        Assert.Equal("1", row.Children[4].TextContent.Trim());
        Assert.Equal("67 %", row.Children[5].TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        Assert.DoesNotContain("Beloppen för 2027 saknas.", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Beloppen för 2027 saknas.", all.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await EditorClient.WithDbAsync(factory, db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventType.FeedbackHandled.Name && e.Actor == "staff:redaktor-7")));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string itemId, string? answer, string? comment, string? site = null, string? origin = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("sida", itemId) };
        if (answer is not null)
        {
            fields.Add(new("svar", answer));
        }

        if (comment is not null)
        {
            fields.Add(new("kommentar", comment));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/synpunkt") { Content = new FormUrlEncodedContent(fields) };
        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }
}
