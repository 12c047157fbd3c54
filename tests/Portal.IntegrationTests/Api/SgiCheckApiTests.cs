using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Portal.SgiCheck.Parsing;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Api;

/// <summary>POST /api/sgi-check exactly as sgi-check-api.md: results, RFC 7807 problems, and never a 500.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiCheckApiTests(PortalAppFactory factory, ITestOutputHelper output)
{
    private const string Path = "/api/sgi-check";

    private const string ValidBody = """
        {"asOf":"2026-03-16","situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","sgiHoursPerWeek":40,
         "employment":"unemployed","next":[{"kind":"af-registration","from":"2026-03-16","status":"aktivt","hoursPerWeek":40}]}
        """;

    [Theory]
    [MemberData(nameof(SgiScenarios.Ids), MemberType = typeof(SgiScenarios))]
    public async Task Post_Scenario_GivesTheExpectedVerdictAndDeadline(string id)
    {
        // Arrange
        var scenario = SgiScenarios.All().Single(s => s.GetProperty("id").GetString() == id);
        using var client = factory.CreateClient();

        // Act
        var mismatch = await CheckScenarioAsync(client, scenario);

        // Assert
        Assert.Null(mismatch);
    }

    [Fact]
    public async Task Post_EveryScenario_PrintsThePassCount()
    {
        // Arrange
        var scenarios = SgiScenarios.All();
        using var client = factory.CreateClient();

        // Act
        var failures = new List<string>();
        foreach (var scenario in scenarios)
        {
            if (await CheckScenarioAsync(client, scenario) is { } mismatch)
            {
                failures.Add(mismatch);
            }
        }

        // Assert
        output.WriteLine($"SGI scenarios through the API: {scenarios.Count - failures.Count} of {scenarios.Count} passed.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(scenarios.Count >= 15);
    }

    [Fact]
    public async Task Post_ValidAnswers_ReturnsTheResultFormat()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await PostAsync(client, ValidBody);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["verdict", "deadline", "windows", "rules", "rulesVersion", "summary", "actions", "legalBasis"],
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("protected", root.GetProperty("verdict").GetString());
        Assert.Equal("2026-03-14", root.GetProperty("deadline").GetString());
        Assert.Equal("2026-11-22", root.GetProperty("rulesVersion").GetString());
        Assert.Contains("skyddad", root.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.All(root.GetProperty("actions").EnumerateArray(), a =>
        {
            Assert.Equal(["text", "by", "url"], a.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("text").GetString()));
            Assert.DoesNotContain("action.", a.GetProperty("text").GetString(), StringComparison.Ordinal);
        });
        Assert.All(root.GetProperty("legalBasis").EnumerateArray(), l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("ref").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("note").GetString()));
        });
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"situation":"sjukpenning-ended","hasSgi":"yes","employment":"unemployed","next":[]}""", "lastSjukpenningDay", ErrorCodes.Required)]
    [InlineData("""{"situation":"fired","hasSgi":"yes","employment":"unemployed","next":[]}""", "situation", ErrorCodes.ChoiceInvalid)]
    [InlineData("""{"situation":"sjukpenning-ended","lastSjukpenningDay":"2026-02-30","hasSgi":"yes","employment":"unemployed","next":[]}""", "lastSjukpenningDay", ErrorCodes.DateInvalid)]
    [InlineData("""{"situation":"sjukpenning-ended","lastSjukpenningDay":"13/03/2026","hasSgi":"yes","employment":"unemployed","next":[]}""", "lastSjukpenningDay", ErrorCodes.DateFormat)]
    [InlineData("""{"situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","sgiHoursPerWeek":200,"employment":"unemployed","next":[]}""", "sgiHoursPerWeek", ErrorCodes.SgiHoursRange)]
    [InlineData("""{"situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","employment":"unemployed","next":[{"kind":"af-registration","from":"2026-03-16","status":"aktivt","hoursPerWeek":169}]}""", "next[0].hoursPerWeek", ErrorCodes.HoursRange)]
    [InlineData("""{"situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","employment":"unemployed","next":"soon"}""", "next", ErrorCodes.ListInvalid)]
    [InlineData("""{"situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","employment":"unemployed","next":[],"omprovningRequested":"ja"}""", "omprovningRequested", ErrorCodes.BoolInvalid)]
    [InlineData("""[1,2,3]""", "$", ErrorCodes.ObjectInvalid)]
    [InlineData("""{"situation":""", "$", ErrorCodes.JsonInvalid)]
    [InlineData("", "$", ErrorCodes.JsonInvalid)]
    [InlineData("null", "$", ErrorCodes.ObjectInvalid)]
    public async Task Post_BadAnswers_Returns400ProblemNamingTheField(string body, string field, string code)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await PostAsync(client, body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = json.RootElement;

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("type").GetString()));
        Assert.Equal(ErrorCodes.SwedishMessage(code), problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(code, problem.GetProperty("errorCodes").GetProperty(field).GetString());
    }

    [Fact]
    public async Task Post_HugeBody_Returns400WithoutReadingItAll()
    {
        // Arrange
        using var client = factory.CreateClient();
        var huge = "{\"situation\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        // Act
        using var response = await PostAsync(client, huge);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.JsonInvalid, json.RootElement.GetProperty("errorCodes").GetProperty("$").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_WrongContentType_Returns415Problem(string? contentType)
    {
        // Arrange
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ValidBody));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        // Act
        using var response = await client.PostAsync(Path, content);

        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(415, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Post_InvalidUtf8_Returns400()
    {
        // Arrange
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // Act
        using var response = await client.PostAsync(Path, content);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", Path)]
    [InlineData("PUT", Path)]
    [InlineData("DELETE", Path)]
    [InlineData("PATCH", Path)]
    [InlineData("PUT", "/sgi-koll")]
    [InlineData("DELETE", "/finns-inte")]
    public async Task OtherMethods_AreRefusedWithAClientError_NeverA500(string method, string url)
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        // Assert
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Post_IsAnonymous_AndStoresNothing()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await PostAsync(client, ValidBody);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(Path, content);
    }

    /// <summary>Null when the API's result matches the scenario's expectation, else what differs.</summary>
    private static async Task<string?> CheckScenarioAsync(HttpClient client, JsonElement scenario)
    {
        var id = scenario.GetProperty("id").GetString();
        var expected = scenario.GetProperty("expected");
        using var response = await PostAsync(client, scenario.GetProperty("answers").GetRawText());
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"{id}: status {(int)response.StatusCode}: {body}";
        }

        using var json = JsonDocument.Parse(body);
        var result = json.RootElement;
        var verdict = result.GetProperty("verdict").GetString();
        var acceptable = expected.GetProperty("acceptableVerdicts").EnumerateArray().Select(v => v.GetString()).ToList();
        var expectedDeadline = expected.GetProperty("deadline");
        var deadline = result.GetProperty("deadline");
        var problems = new List<string>();
        if (!acceptable.Contains(verdict))
        {
            problems.Add($"verdict {verdict}, expected {string.Join(" or ", acceptable)}");
        }

        var wanted = expectedDeadline.ValueKind == JsonValueKind.Null ? null : expectedDeadline.GetString();
        var got = deadline.ValueKind == JsonValueKind.Null ? null : deadline.GetString();
        if (wanted != got)
        {
            problems.Add($"deadline {got ?? "null"}, expected {wanted ?? "null"}");
        }

        if (expected.TryGetProperty("windows", out var windows))
        {
            foreach (var window in windows.EnumerateObject())
            {
                var actual = result.TryGetProperty("windows", out var w) && w.TryGetProperty(window.Name, out var v) ? v.GetString() : null;
                if (actual != window.Value.GetString())
                {
                    problems.Add($"windows.{window.Name} {actual ?? "missing"}, expected {window.Value.GetString()}");
                }
            }
        }

        return problems.Count == 0 ? null : $"{id}: {string.Join("; ", problems)}";
    }
}
