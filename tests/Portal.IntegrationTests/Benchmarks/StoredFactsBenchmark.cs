using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Staff;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Benchmarks;

/// <summary>Runs only when PORTAL_BENCHMARK=1 (tests/benchmarks/stored-facts.sh): a benchmark that prints figures, not a test of speed.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PORTAL_BENCHMARK") != "1")
        {
            Skip = "A benchmark: run tests/benchmarks/stored-facts.sh (PORTAL_BENCHMARK=1).";
        }
    }
}

/// <summary>
/// "Mina möten" for a team lead with 1,000 meetings, and the follow-up figures over 100,000 meetings: the database
/// commands per request and the server time (in-process, so no network), printed. No timing is asserted.
/// </summary>
public sealed class StoredFactsBenchmark(ITestOutputHelper output)
{
    private void Print(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [BenchmarkFact]
    public async Task MeetingList_ForATeamLeadWith1000Meetings()
    {
        var count = Setting("PORTAL_BENCHMARK_MEETINGS", 1000);
        var counter = new CommandRecorder();
        using var app = new PortalAppFactory();
        app.Interceptors.Add(counter);
        var seed = Stopwatch.StartNew();
        var officers = new[] { "demo-handlaggare", "demo-handlaggare-2", "demo-teamledare" };
        for (var i = 0; i < count; i++)
        {
            var id = await app.CreateMeetingForAsync(officers[i % officers.Length], submit: false, name: $"Person {i}", startsIn: TimeSpan.FromHours(2 + (i * 7 % 2000)));
            if (i % 4 != 3)
            {
                await SubmitAsync(app, id, i);
            }
        }

        Print($"seeded {count} meetings in {seed.Elapsed.TotalSeconds:0.0} s ({TestDatabaseName(app)})");
        var lead = await app.SignInAsStaffAsync(StaffTestData.TeamLead);
        foreach (var url in new[] { "/handlaggare/moten", "/handlaggare/moten?visa=senare&sgi=i-fara", "/handlaggare/moten?sortera=status" })
        {
            await MeasureAsync(lead.Http, url, counter);
        }
    }

    [BenchmarkFact]
    public async Task FollowUpFigures_Over100000Meetings()
    {
        var count = Setting("PORTAL_BENCHMARK_FOLLOWUP", 100_000);
        var counter = new CommandRecorder();
        using var app = new PortalAppFactory();
        app.Interceptors.Add(counter);
        var seed = Stopwatch.StartNew();
        await using (var db = await app.Database.CreateMigratedContextAsync())
        {
            await SeedEventsAsync(db, count, app.Clock.GetUtcNow().UtcDateTime);
        }

        Print($"seeded the audit events of {count} meetings in {seed.Elapsed.TotalSeconds:0.0} s ({TestDatabaseName(app)})");
        var start = Stopwatch.StartNew();
        _ = app.Services;
        Print($"app start over them (migrations, and the one-time backfill where there is one): {start.Elapsed.TotalMilliseconds:0} ms");
        var followUp = await app.SignInAsStaffAsync(StaffTestData.FollowUp);
        await MeasureAsync(followUp.Http, "/uppfoljning?period=manad", counter);
        await MeasureAsync(followUp.Http, "/uppfoljning?handler=Csv&period=kvartal", counter);
    }

    private async Task MeasureAsync(HttpClient http, string url, CommandRecorder counter)
    {
        var times = new List<double>();
        IReadOnlyList<CommandRecorder.RecordedCommand> seen = [];
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 12; i++)
        {
            counter.Clear();
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(url);
            _ = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            status = response.StatusCode;
            seen = counter.Seen;
            if (i >= 2)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Print(string.Create(CultureInfo.InvariantCulture,
            $"GET {url}: {(int)status}, {seen.Count} database commands per request ({Counting(seen, "FROM \"Meetings\"")} reading Meetings, {Counting(seen, "\"QuestionnaireResponses\"", "\"ResponseSubmissions\"")} reading answers, {Counting(seen, "FROM \"AuditEvents\"")} reading AuditEvents); server time median {times[times.Count / 2]:0.0} ms, min {times[0]:0.0}, max {times[^1]:0.0} ms"));
    }

    private static int Counting(IReadOnlyList<CommandRecorder.RecordedCommand> commands, params string[] texts) =>
        commands.Count(c => texts.Any(t => c.Text.Contains(t, StringComparison.Ordinal)));

    private static string TestDatabaseName(PortalAppFactory app) => app.Database.Provider.ToString();

    private static async Task SubmitAsync(PortalAppFactory app, Guid meetingId, int i)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var published = await services.GetRequiredService<QuestionnaireCatalog>().PublishedAsync(QuestionnaireCatalog.PreMeetingId, Portal.Web.Platform.Localization.Languages.Swedish);
        var answers = new QuestionnaireAnswers();
        answers.Set("kanal", ["video"]);
        answers.Set("tolk", [i % 3 == 0 ? "ja" : "nej"]);
        answers.Set("beslut", ["sjukpenning-ended"]);
        answers.Set("sista-dag", [i % 2 == 0 ? "2026-11-30" : "2026-12-20"]);
        answers.Set("sysselsattning", ["unemployed"]);
        answers.Set("har-sgi", ["yes"]);
        answers.Set("hjalp-af", [i % 5 == 0 ? "ja" : "nej"]);
        answers.Set("dela-med-af", ["ja"]);
        var questionnaires = services.GetRequiredService<QuestionnaireService>();
        var context = new ProcessContext("citizen:benchmark", now);
        await questionnaires.SaveAsync(meetingId, 0, answers, published.VersionId, context);
        var stored = await services.GetRequiredService<PortalDbContext>().Meetings.SingleAsync(m => m.Id == meetingId);
        var facts = services.GetRequiredService<QuestionnaireStatistics>().For(stored, published.Definition, answers, now);
        await questionnaires.SubmitAsync((await questionnaires.FindAsync(meetingId))!, facts, context);
    }

    /// <summary>The audit events the portal writes for each meeting's citizen journey (meetings deleted by retention among them), inserted directly.</summary>
    private static async Task SeedEventsAsync(PortalDbContext db, int count, DateTime now)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(20);
        var batch = new List<AuditEvent>();
        for (var i = 0; i < count; i++)
        {
            var created = now.AddDays(-random.Next(0, 720)).AddMinutes(-random.Next(0, 600));
            var type = MeetingTypes.All[random.Next(3)];
            var sex = random.Next(10) == 0 ? null : random.Next(2) == 0 ? "kvinna" : "man";
            var opened = random.Next(3) > 0;
            var started = opened && random.Next(4) > 0;
            var submitted = started && random.Next(5) > 0;
            var facts = submitted
                ? new QuestionnaireStatistics.Facts(type, sex ?? "okänt", random.Next(4) > 0, random.Next(4) switch { 0 => "at-risk", 1 => "not-protected", 2 => "protected", _ => null }, random.Next(2) == 0, random.Next(5) == 0, random.Next(3) > 0)
                : null;
            if (random.Next(3) == 0)
            {
                // A deleted meeting: its facts kept under a random id, dated to the month.
                var month = new DateTime(created.Year, created.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                batch.Add(new ProcessContext("system:uppfoljning", month).Event(AuditEventType.FollowUpFactsKept, FollowUpFacts.SubjectType, Guid.NewGuid().ToString(), new
                {
                    Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    Type = type,
                    Sex = sex ?? "okant",
                    Opened = opened,
                    Started = started,
                    Submitted = facts is null ? null : new FollowUpFigures.Facts(facts.SubmittedBeforeMeeting, facts.SgiVerdict is "at-risk" or "not-protected", facts.WantsHelpRegisteringAtAf, facts.NeedsInterpreter, facts.ConsentsToShareWithAf),
                }));
            }
            else
            {
                var subject = Guid.NewGuid().ToString();
                batch.Add(new ProcessContext("benchmark", created).Event(AuditEventType.MeetingCreated, "Meeting", subject, new { Type = type, Channel = "video", StartsAtUtc = created.AddDays(7), CaseOfficerId = "demo-handlaggare", HasProtectedIdentity = false, LegalSex = sex }));
                if (opened)
                {
                    batch.Add(new ProcessContext("citizen", created.AddHours(1)).Event(AuditEventType.InvitationOpened, "Meeting", subject, new { Type = type }));
                }

                if (started)
                {
                    batch.Add(new ProcessContext("citizen", created.AddHours(2)).Event(AuditEventType.QuestionnaireStarted, "Meeting", subject));
                }

                if (facts is not null)
                {
                    batch.Add(new ProcessContext("citizen", created.AddHours(3)).Event(AuditEventType.QuestionnaireSubmitted, "Meeting", subject, facts));
                }
            }

            if (batch.Count >= 5000)
            {
                db.AuditEvents.AddRange(batch);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }

        db.AuditEvents.AddRange(batch);
        await db.SaveChangesAsync();
    }
}
