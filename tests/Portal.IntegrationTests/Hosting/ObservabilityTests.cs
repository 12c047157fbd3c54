using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.IntegrationTests.Api;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.Staff;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// OpenTelemetry: a whole journey (the case system books, the citizen identifies with their personnummer, answers and
/// submits, the handläggare reads) leaves spans for requests and the database, and none of them carries the
/// personnummer, the name, the personal link token or the invitation id.
/// </summary>
public sealed class ObservabilityTests : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly PortalAppFactory _app;

    public ObservabilityTests() => _app = new PortalAppFactory { Spans = _spans };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task WholeJourney_SpansForRequestsAndDatabase_WithoutPersonalData()
    {
        // Arrange: the case system books a meeting for Tolvan
        await _app.SeedStaffAsync();
        var caseSystem = _app.CreateBrowserLikeClient().WithToken(await _app.TokenAsync(StaffTestData.Anna.UserName));
        var created = await caseSystem.PostAsJsonAsync("/api/v1/meetings", new { type = "omstallningsmote", startsAt = _app.Clock.GetUtcNow().AddDays(6), channel = "video", personnummer = QuestionnaireTestData.Tolvan, name = "Tolvan Tolvansson" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var meetingId = body.GetProperty("id").GetGuid();
        var token = body.GetProperty("link").GetString()!.Split("/mote/")[1];

        // Act: the citizen identifies, answers everything and submits; the handläggare opens the answers
        var citizen = new FormClient(_app.CreateBrowserLikeClient());
        var identified = await citizen.SubmitAsync("/mote/" + token, ("Personnummer", QuestionnaireTestData.Tolvan));
        var invitationId = Guid.Parse(FormClient.Location(identified)!.Split('/')[2]);
        var invitation = new TestInvitation(meetingId, invitationId, token, QuestionnaireTestData.Tolvan);
        await QuestionnaireJourneyTests.AnswerEverythingAsync(citizen, invitation);
        var submitted = await citizen.SubmitAsync(invitation.Form("/kontrollera"));
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);
        var (viewed, _) = await anna.GetAsync($"/handlaggare/moten/{meetingId}");

        // Assert: spans exist for the pages (named by route pattern) and the database, and carry nothing personal
        Assert.Equal(invitation.Form("/klart"), FormClient.Location(submitted));
        Assert.Equal(HttpStatusCode.OK, viewed.StatusCode);
        List<Activity> spans;
        lock (_spans)
        {
            spans = [.. _spans];
        }

        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("http.route"), "mote/{token}"));
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("url.path"), "/mote/{token}"));
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && (s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) || s.Source.Name == "Npgsql"));
        string[] secrets = [QuestionnaireTestData.Tolvan, QuestionnaireTestData.Tolvan.Replace("-", "", StringComparison.Ordinal), "121212-1212", "Tolvan", token, invitationId.ToString()];
        foreach (var span in spans)
        {
            var texts = new List<string> { span.DisplayName, span.OperationName, span.StatusDescription ?? "" };
            texts.AddRange(span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            texts.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Append(e.Name)));
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public async Task WithoutEndpointOrSetting_NoSpansAreRecorded()
    {
        // Arrange: an app with observability off (the default)
        using var app = new PortalAppFactory();
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "OpenTelemetry.Instrumentation.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        // Act
        var response = await app.CreateClient().GetAsync(new Uri("/sgi-koll", UriKind.Relative));

        // Assert: the page answers and OpenTelemetry's instrumentation made no span for it
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(spans);
    }
}
