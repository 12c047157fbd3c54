using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Staff;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Api;

[Collection(PortalAppGroup.Name)]
public sealed class CaseApiTests(PortalAppFactory factory)
{
    private async Task<HttpClient> ClientAsync(string token)
    {
        await factory.SeedStaffAsync();
        return factory.CreateBrowserLikeClient().WithToken(token);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", "401" },
        { "tampered", "401" },
        { "not-a-token", "401" },
        { "missing-scope", "403" },
        { "none", "401" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadTokens_AreRejected_WithAProblemDocument(string kind, string expected)
    {
        // Arrange: a real token from the app's server, then spoilt as the case says
        var user = StaffTestData.Anna.UserName;
        var token = kind == "missing-scope" ? await factory.TokenAsync(user, "meetings.write") : await factory.TokenAsync(user);
        var started = factory.Clock.GetUtcNow();
        token = kind switch
        {
            "tampered" => token[..^8] + (token.EndsWith("AAAAAAAA", StringComparison.Ordinal) ? "BBBBBBBB" : "AAAAAAAA"),
            "not-a-token" => "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
            _ => token,
        };
        if (kind == "expired")
        {
            // Access tokens live OpenIdServer:AccessTokenMinutes (15).
            factory.Clock.Advance(TimeSpan.FromMinutes(16));
        }

        var client = await ClientAsync(token);
        if (kind == "none")
        {
            client.DefaultRequestHeaders.Authorization = null;
        }

        // Act
        var response = await client.GetAsync("/api/v1/meetings?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z");
        factory.Clock.Set(started);

        // Assert
        Assert.Equal(expected, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (expected == "401")
        {
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReadScope_CannotWrite_AndWriteScope_CannotRead()
    {
        // Arrange
        var reader = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName, "meetings.read"));
        var writer = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName, "meetings.write"));
        var id = await factory.CreateMeetingForAsync("demo-handlaggare");

        // Act
        var delete = await reader.DeleteAsync($"/api/v1/meetings/{id}");
        var read = await writer.GetAsync($"/api/v1/meetings/{id}/answers");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task CreateListReadDelete_WorksForTheOwner_AndAuditsTheRead()
    {
        // Arrange
        var client = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName));
        var startsAt = factory.Clock.GetUtcNow().AddDays(5);

        // Act: create
        var created = await client.PostAsJsonAsync("/api/v1/meetings", new { type = "omstallningsmote", startsAt, channel = "video", personnummer = "19121212-1212", name = "Tolvan Tolvansson" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Contains("/mote/", body.GetProperty("link").GetString(), StringComparison.Ordinal);

        // Act: list, answers and delete
        await factory.SubmitAnswersAsync(id, new Dictionary<string, string[]> { ["tolk"] = ["ja"], ["tolk-sprak"] = ["arabiska"], ["beslut"] = ["sjukpenning-ended"], ["sista-dag"] = ["2026-11-30"], ["sysselsattning"] = ["unemployed"], ["har-sgi"] = ["yes"], ["dela-med-af"] = ["nej"] });
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/meetings?from={Uri.EscapeDataString(startsAt.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(startsAt.AddHours(1).ToString("O"))}");
        var answers = await client.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}/answers");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.AnswersReadByCaseSystem.Name && e.SubjectId == id.ToString()));
        }

        var deleted = await client.DeleteAsync($"/api/v1/meetings/{id}");
        var gone = await client.GetAsync($"/api/v1/meetings/{id}/answers");

        // Assert
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("id").GetGuid() == id && m.GetProperty("name").GetString() == "Tolvan Tolvansson");
        Assert.Equal("submitted", answers.GetProperty("questionnaireStatus").GetString());
        var flags = answers.GetProperty("flags").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("arabiska", flags["interpreter"]);
        Assert.Equal("Nej", flags["consent-af"]);
        Assert.True(answers.GetProperty("sgi").TryGetProperty("verdict", out var verdict));
        Assert.False(string.IsNullOrEmpty(verdict.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task HandlaggareB_CanNeverReadOrDelete_HandlaggareAsMeetings()
    {
        // Arrange
        var ids = new[] { await factory.CreateMeetingForAsync("demo-handlaggare"), await factory.CreateMeetingForAsync("demo-handlaggare", submit: false) };
        var bo = await ClientAsync(await factory.TokenAsync(StaffTestData.Bo.UserName));
        var startsAt = factory.Clock.GetUtcNow();

        // Act and assert
        foreach (var id in ids)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/api/v1/meetings/{id}/answers")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await bo.DeleteAsync($"/api/v1/meetings/{id}")).StatusCode);
        }

        var list = await bo.GetFromJsonAsync<JsonElement>($"/api/v1/meetings?from={Uri.EscapeDataString(startsAt.AddDays(-30).ToString("O"))}&to={Uri.EscapeDataString(startsAt.AddDays(60).ToString("O"))}");
        Assert.DoesNotContain(list.EnumerateArray(), m => ids.Contains(m.GetProperty("id").GetGuid()));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(2, await db.Meetings.CountAsync(m => ids.Contains(m.Id)));
    }

    [Fact]
    public async Task ProtectedIdentity_IsNeverNamedInTheList_AndNeedsThePermission()
    {
        // Arrange
        var id = await factory.CreateMeetingForAsync("demo-handlaggare", protectedIdentity: true, name: "Hemlig Person");
        var anna = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName));
        var lead = await ClientAsync(await factory.TokenAsync(StaffTestData.TeamLead.UserName));
        var now = factory.Clock.GetUtcNow();
        var range = $"from={Uri.EscapeDataString(now.ToString("O"))}&to={Uri.EscapeDataString(now.AddDays(10).ToString("O"))}";

        // Act
        var annaList = await anna.GetStringAsync("/api/v1/meetings?" + range);
        var leadList = await lead.GetStringAsync("/api/v1/meetings?" + range);
        var annaAnswers = await anna.GetAsync($"/api/v1/meetings/{id}/answers");
        var leadAnswers = await lead.GetAsync($"/api/v1/meetings/{id}/answers");

        // Assert
        Assert.Contains(id.ToString(), annaList, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig", annaList, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig", leadList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, annaAnswers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leadAnswers.StatusCode);
    }

    [Fact]
    public async Task Create_WithBadFields_Returns400_NamingEachField()
    {
        // Arrange
        var client = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName));

        // Act
        var response = await client.PostAsJsonAsync("/api/v1/meetings", new { type = "fika", channel = "brev", personnummer = "123", name = "" });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "type", "startsAt", "channel", "personnummer", "name" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }

    [Theory]
    [InlineData("POST", "/api/v1/meetings", "{ not json", 400)]
    [InlineData("GET", "/api/v1/meetings?from=igar&to=imorgon", null, 400)]
    [InlineData("GET", "/api/v1/meetings", null, 400)]
    [InlineData("GET", "/api/v1/meetings/inte-ett-id/answers", null, 404)]
    [InlineData("GET", "/api/v1/finns-inte", null, 404)]
    public async Task BadRequests_GetProblemDocuments(string method, string url, string? body, int status)
    {
        // Arrange
        var client = await ClientAsync(await factory.TokenAsync(StaffTestData.Anna.UserName));
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        // Act
        var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCaseApi()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/case-api.json");

        // Assert
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/meetings", out _));
        Assert.True(paths.TryGetProperty("/api/v1/meetings/{id}/answers", out _));
        Assert.True(paths.TryGetProperty("/api/v1/meetings/{id}", out _));
    }
}
