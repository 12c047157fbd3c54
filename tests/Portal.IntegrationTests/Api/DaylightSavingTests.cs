using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Staff;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Api;

/// <summary>Meetings on the two days the clocks change (2027): through the handläggare form and the case API.</summary>
public sealed class DaylightSavingTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<DateTime?> StoredStartAsync(Guid id)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Meetings.Where(m => m.Id == id).Select(m => (DateTime?)m.StartsAtUtc).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task StaffForm_MeetingAt0230OnTheSpringChangeDay_GetsASwedishMessage_And0330IsBooked()
    {
        // Arrange
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);
        (string, string)[] Fields(string time) =>
            [("Input.Type", "kontaktmote"), ("Input.Channel", "telefon"), ("Input.Date", "2027-03-28"), ("Input.Time", time), ("Input.Personnummer", "19121212-1212"), ("Input.Name", "Tolvan Tolvansson")];

        // Act
        var missing = await anna.SubmitAsync("/handlaggare/moten/nytt", Fields("02:30"));
        var page = await PortalAppFactory.ParseAsync(missing);
        var existing = await anna.SubmitAsync("/handlaggare/moten/nytt", Fields("03:30"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var message = page.QuerySelector("#time-error")?.TextContent ?? page.QuerySelector("main")!.TextContent;
        Assert.Contains("Klockslaget 02.30 finns inte den 28 mars 2027", message, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.InternalServerError, existing.StatusCode);
        using var scope = _app.Services.CreateScope();
        var starts = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Meetings.Select(m => m.StartsAtUtc).ToListAsync();
        Assert.Equal([new DateTime(2027, 3, 28, 1, 30, 0)], starts);
    }

    [Theory]
    [InlineData("2027-10-31T02:30:00+02:00", "2027-10-31T00:30:00Z")]
    [InlineData("2027-10-31T02:30:00+01:00", "2027-10-31T01:30:00Z")]
    [InlineData("2027-03-28T03:30:00+02:00", "2027-03-28T01:30:00Z")]
    public async Task CaseApi_KeepsTheInstantExactly_OnBothChangeDays(string startsAt, string expectedUtc)
    {
        // Arrange
        await _app.SeedStaffAsync();
        var client = _app.CreateBrowserLikeClient().WithToken(await _app.TokenAsync(StaffTestData.Anna.UserName));
        var expected = DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        using var body = new StringContent($$"""{"type":"omstallningsmote","startsAt":"{{startsAt}}","channel":"video","personnummer":"19121212-1212","name":"Tolvan Tolvansson"}""", System.Text.Encoding.UTF8, "application/json");
        var created = await client.PostAsync("/api/v1/meetings", body);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(expected, json.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(expected.UtcDateTime, await StoredStartAsync(json.GetProperty("id").GetGuid()));
    }
}
