using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.Web.Platform.Hosting;

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

    /// <summary>A personnummer check that reaches the app from <paramref name="proxy"/> on behalf of <paramref name="client"/>.</summary>
    private static async Task<HttpContext> IdentifyThroughProxyAsync(WebApplicationFactory<Program> app, string proxy, string client) =>
        await app.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
            context.Request.Method = "POST";
            context.Request.Host = new HostString("omstallning.test");
            context.Request.Path = "/mote/okand-lank-som-ar-tillrackligt-lang";
            context.Request.Headers["X-Forwarded-For"] = client;
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.Body = new MemoryStream("Personnummer=191212121212"u8.ToArray());
        });

    [Fact]
    public async Task LoadBalancer_NamedInTheSettings_GivesEachCitizenTheirOwnLimit_AndHttps()
    {
        // Arrange: a limit of 2 per client, and the load balancers in 10.0.0.0/8
        using var app = factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:IdentifyPerMinute", "2")
            .UseSetting("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8"));

        // Act: three people through a trusted load balancer, three through an address nobody named
        var trusted = new List<HttpContext>();
        var untrusted = new List<HttpContext>();
        for (var i = 1; i <= 3; i++)
        {
            trusted.Add(await IdentifyThroughProxyAsync(app, "10.1.2.3", $"203.0.113.{i}"));
            untrusted.Add(await IdentifyThroughProxyAsync(app, "192.0.2.10", $"198.51.100.{i}"));
        }

        // Assert: the trusted proxy's clients are told apart and the request counts as https (HSTS); the other
        // proxy's forwarded headers are ignored, so its three requests share one bucket and the third is refused
        Assert.All(trusted, c => Assert.NotEqual(StatusCodes.Status429TooManyRequests, c.Response.StatusCode));
        Assert.Equal("203.0.113.3", trusted[2].Connection.RemoteIpAddress?.ToString());
        Assert.True(trusted[2].Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, untrusted[2].Response.StatusCode);
        Assert.Equal("192.0.2.10", untrusted[0].Connection.RemoteIpAddress?.ToString());
        Assert.False(untrusted[0].Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "lastbalanseraren", "ForwardedHeaders:KnownProxies:0 is not an IP address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/40", "ForwardedHeaders:KnownNetworks:0 is not a CIDR range")]
    public void TrustedProxies_ThatAreNotAddresses_StopTheStartWithTheKeyNamed(string key, string value, string expected)
    {
        // Arrange
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting(key, value));

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => app.Server);

        // Assert
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
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
