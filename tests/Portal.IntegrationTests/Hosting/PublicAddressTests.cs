using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.IntegrationTests.Api;
using Portal.IntegrationTests.Pages.Staff;
using Portal.TestSupport;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Hosting;

/// <summary>Issue 14, item 14: links that leave the portal name PublicAddress:BaseUrl, whatever Host the request claims.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class PublicAddressTests(PortalAppFactory factory)
{
    private const string ForgedHost = "http://angripare.example";

    private HttpClient ForgedClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(ForgedHost), AllowAutoRedirect = false });

    [Fact]
    public async Task ApiInvitationLink_IgnoresAForgedHost()
    {
        // Arrange
        await factory.SeedStaffAsync();
        using var client = ForgedClient().WithToken(await factory.TokenAsync(StaffTestData.Anna.UserName));

        // Act
        using var created = await client.PostAsJsonAsync("/api/v1/meetings", new { type = "omstallningsmote", startsAt = factory.Clock.GetUtcNow().AddDays(5), channel = "video", personnummer = "19121212-1212", name = "Tolvan Tolvansson" });
        var link = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString();

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith(PortalAppFactory.PublicBaseUrl + "/mote/", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffInvitationLink_IgnoresAForgedHost()
    {
        // Arrange
        var client = ForgedClient();
        client.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value(StaffTestData.Anna.Id, StaffRoles.Handlaggare));
        var staff = new FormClient(client);
        var date = factory.Clock.GetUtcNow().AddDays(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        using var created = await staff.SubmitAsync("/handlaggare/moten/nytt", ("Input.Type", "omstallningsmote"), ("Input.Channel", "video"), ("Input.Date", date), ("Input.Time", "10:00"), ("Input.Personnummer", "19121212-1212"), ("Input.Name", "Tolvan Tolvansson"));
        var page = await PortalAppFactory.ParseAsync(created);
        var link = page.QuerySelector("main a[href*='/mote/']")?.GetAttribute("href");

        // Assert
        Assert.StartsWith(PortalAppFactory.PublicBaseUrl + "/mote/", link, StringComparison.Ordinal);
        Assert.DoesNotContain("angripare", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarFile_IgnoresAForgedHost()
    {
        // Arrange
        using var client = ForgedClient();

        // Act
        using var response = await client.GetAsync("/sgi-koll/resultat?handler=ics&datum=2026-12-12");
        var ics = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PortalAppFactory.PublicBaseUrl + "/sgi-koll", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("angripare", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_WithoutPublicAddress_RefusesToStart_NamingTheSetting()
    {
        // Arrange
        using var app = new PortalAppFactory();
        using var unset = app.WithWebHostBuilder(b => b.UseSetting("PublicAddress:BaseUrl", ""));

        // Act
        var error = Record.Exception(() => unset.Services);

        // Assert
        Assert.NotNull(error);
        Assert.Contains("PublicAddress:BaseUrl", error.ToString(), StringComparison.Ordinal);
    }
}
