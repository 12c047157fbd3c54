using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.Web.Hosting;

namespace Portal.IntegrationTests.Hosting;

[Collection(PortalAppGroup.Name)]
public sealed class HardeningTests(PortalAppFactory factory)
{
    public static TheoryData<string> Addresses => new()
    {
        "/",
        "/en/protect-your-sgi",
        "/sok?q=sgi",
        "/finns-inte",
        "/mote/okand-lank",
        "/formular/lanken-fungerar-inte",
        "/healthz",
        "/_content/Portal.Theme.Default/css/site.css",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);

        // Assert
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Https_OutsideDevelopment_SendsHsts()
    {
        // Arrange: HSTS is never sent for localhost, so another host name
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://omstallning.test") });

        // Act
        using var response = await client.GetAsync("/");

        // Assert
        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonnummerChecks_OverTheLimit_GetTheSwedish429Page()
    {
        // Arrange
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:IdentifyPerMinute", "3"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Personnummer"] = "191212121212" });

        // Act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync("/mote/okand-lank-som-ar-tillrackligt-lang", form);
            statuses.Add(response.StatusCode);
        }

        using var rejected = await client.PostAsync("/mote/okand-lank-som-ar-tillrackligt-lang", form);
        var page = await PortalAppFactory.ParseAsync(rejected);

        // Assert
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.True(rejected.Headers.Contains("Retry-After"));
        Assert.Equal("För många försök just nu", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Form_WithAValueOverTheLimit_IsRefusedWithTheSwedishCouldNotSendPage()
    {
        // Arrange: a valid form with its antiforgery token, one value above Hardening.MaxFormValueBytes (under the
        // framework's own 4 MB, so without the app's limit the page would read it and answer with a field error)
        var invitation = await factory.CreateMeetingAsync();
        var client = new FormClient(factory.CreateBrowserLikeClient());

        // Act
        using var response = await client.SubmitAsync(invitation.Link, ("Personnummer", new string('1', Hardening.MaxFormValueBytes + 1)));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Det gick inte att skicka", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain("Exception", page.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_OverTheLimit_GetsAProblemDocument()
    {
        // Arrange
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:SgiApiPerMinute", "1"));
        using var client = limited.CreateClient();

        // Act
        using var first = await client.PostAsync("/api/sgi-check", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var second = await client.PostAsync("/api/sgi-check", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());

        // Assert
        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("För många anrop", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_ThatAreNotLimited_AreNeverRejected()
    {
        // Arrange
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:IdentifyPerMinute", "1"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/skydda-din-sgi");
            statuses.Add(response.StatusCode);
        }

        // Assert
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory]
    [InlineData("/healthz/live", null)]
    [InlineData("/healthz/ready", "database")]
    public async Task HealthChecks_LivenessHasNoChecks_ReadinessChecksTheDatabase(string url, string? check)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(url);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var checks = body.RootElement.GetProperty("checks").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(check is null ? [] : [check], checks);
    }
}
