using System.Net;
using System.Net.Http.Json;
using Portal.IntegrationTests.Pages.Staff;

namespace Portal.IntegrationTests.Api;

/// <summary>Issue 14: the case API's responses with personal data, and the tokens it accepts.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class CaseApiSecurityTests(PortalAppFactory factory)
{
    private async Task<HttpClient> ClientAsync(string token)
    {
        await factory.SeedStaffAsync();
        return factory.CreateBrowserLikeClient().WithToken(token);
    }

    [Fact]
    public async Task ResponsesWithPersonalData_AreNeverStored()
    {
        // Arrange
        var client = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName));
        var id = await factory.CreateMeetingForAsync(StaffTestData.Anna.Id);

        // Act: the created invitation link, the answers, the list with names
        using var created = await client.PostAsJsonAsync("/api/v1/meetings", new { type = "omstallningsmote", startsAt = factory.Clock.GetUtcNow().AddDays(5), channel = "video", personnummer = "19121212-1212", name = "Tolvan Tolvansson" });
        using var answers = await client.GetAsync($"/api/v1/meetings/{id}/answers");
        using var list = await client.GetAsync("/api/v1/meetings?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z");

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        foreach (var response in new[] { created, answers, list })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri}: Cache-Control is '{response.Headers.CacheControl}'");
        }
    }

    [Fact]
    public async Task ACaseSystemActingForAnAccountWithoutTwoFactor_GetsNothing()
    {
        // Arrange: a valid token (right key, issuer, audience, scopes, not expired) of a system acting for gun.ny
        var client = await ClientAsync(await factory.TokenAsync(StaffTestData.Demo("gun.ny").UserName));

        // Act
        using var response = await client.GetAsync("/api/v1/meetings?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z");
        using var allowed = await (await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName))).GetAsync("/api/v1/meetings?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z");

        // Assert: 403 for the account; the same request for Anna works
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task AnswersInTheApi_KeepBidiControlsAsTyped()
    {
        // Arrange: a right-to-left override in a free-text answer
        var client = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName));
        var id = await factory.CreateMeetingForAsync(StaffTestData.Anna.Id, submit: false);
        await factory.SubmitAnswersAsync(id, new Dictionary<string, string[]> { ["egna-fragor"] = ["Bilaga \u202Efdp.exe"] });

        // Act
        var answers = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/meetings/{id}/answers");

        // Assert
        var texts = answers.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("answers").EnumerateArray()).Select(a => a.GetProperty("answer").GetString()).ToList();
        Assert.Contains("Bilaga \u202Efdp.exe", texts);
    }
}
