using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Data;
using Portal.IntegrationTests.Pages.Editor;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.Staff;
using Portal.TestSupport;
using Portal.Web.Features.Editor;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// Two app instances as two operating-system processes (the built Portal.Web.dll), on two loopback ports, against
/// one database of the run's provider (PostgreSQL on the PostgreSQL run). Nothing is shared between them but the
/// database: not the Data Protection key cache, the content caches or the background jobs.
/// </summary>
public sealed class TwoProcessTests(TwoProcessTests.Instances instances, ITestOutputHelper output) : IClassFixture<TwoProcessTests.Instances>
{
    [Fact]
    public async Task StaffSignIn_OnA_WorksOnB()
    {
        // Arrange
        var cookies = new CookieContainer();
        var onA = new FormClient(instances.A.Client(cookies));
        using var onB = instances.B.Client(cookies);

        // Act: password and TOTP through A's pages, then B
        await SignInAsync(onA, StaffTestData.Anna);
        using var meetings = await onB.GetAsync("/handlaggare/moten");

        // Assert: B reads A's sign-in cookie (a redirect would be to the sign-in page)
        Assert.Equal(HttpStatusCode.OK, meetings.StatusCode);
        Assert.Contains(StaffTestData.Anna.DisplayName, await meetings.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitizenAnswers_SavedThroughA_ReadOnB()
    {
        // Arrange: a demo invitation, identified on A
        var demo = DemoData.Invitations[0];
        var cookies = new CookieContainer();
        var onA = new FormClient(instances.A.Client(cookies));
        var onB = new FormClient(instances.B.Client(cookies));
        using var identified = await onA.SubmitAsync("/mote/" + demo.Token, ("Personnummer", demo.Personnummer));
        Assert.Equal(HttpStatusCode.Redirect, identified.StatusCode);
        var invitationId = Guid.Parse(FormClient.Location(identified)!.Split('/', '?')[2]);
        var invitation = new TestInvitation(Guid.Empty, invitationId, demo.Token, demo.Personnummer);

        // Act: every section saved (encrypted) through A; the planning page read through B
        await QuestionnaireJourneyTests.AnswerEverythingAsync(onA, invitation);
        var (response, plans) = await onB.GetAsync(invitation.Form("/steg/planer"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Undersköterska i tio år.", plans.QuerySelector("textarea[name=erfarenhet]")?.TextContent.Trim());
    }

    [Fact]
    public async Task PublishOnA_IsSeenOnB_WithinTwoSeconds()
    {
        // Arrange: B has served (and cached) the page before the change
        using var reader = instances.B.Client(new CookieContainer());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/kontakt")).StatusCode);
        using var editor = await EditorOnAAsync();
        var marker = $"Ändrad på instans A {Guid.NewGuid():N}.";
        var id = await instances.ItemIdAsync("kontakt");
        await SaveDraftAsync(editor, id, marker);

        // Act
        using var published = await editor.SubmitAsync(await editor.GetAsync(EditorUrl(id, "/publicering")), "handler=Publish");
        var seenAfter = await instances.WaitUntilAsync(async () => (await reader.GetStringAsync("/kontakt")).Contains(marker, StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True(seenAfter is not null, "B never showed the published change.");
        output.WriteLine($"B showed the change {seenAfter.Value.TotalMilliseconds:F0} ms after A published it.");
        Assert.True(seenAfter <= TimeSpan.FromSeconds(2), $"B showed the change after {seenAfter.Value.TotalSeconds:F2} s.");
    }

    [Fact]
    public async Task DuePlannedPublish_RunsOnce_WithBothInstancesRunning()
    {
        // Arrange: a new draft, planned for now (both instances look every second)
        using var editor = await EditorOnAAsync();
        var marker = $"Planerad ändring {Guid.NewGuid():N}.";
        var id = await instances.ItemIdAsync("tillganglighet");
        await SaveDraftAsync(editor, id, marker);
        var scheduleId = Guid.NewGuid();
        await using (var db = instances.Database.CreateContext())
        {
            var version = await db.ContentVersions.Where(v => v.ContentItemId == id && v.IsLatest).Select(v => v.VersionNumber).SingleAsync();
            db.ContentSchedules.Add(new ContentSchedule
            {
                Id = scheduleId,
                ContentItemId = id,
                VersionNumber = version,
                PublishAtUtc = DateTime.UtcNow,
                Status = ScheduleStatus.Scheduled,
                CreatedUtc = DateTime.UtcNow,
                CreatedBy = "staff:test",
            });
            await db.SaveChangesAsync();
        }

        // Act: wait until one of them has taken it, then give the other a few more rounds
        var done = await instances.WaitUntilAsync(async () =>
        {
            await using var db = instances.Database.CreateContext();
            return await db.ContentSchedules.AnyAsync(s => s.Id == scheduleId && s.Status != ScheduleStatus.Scheduled);
        }, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(3));

        // Assert: one publication, by the scheduler, and both instances show it
        Assert.True(done is not null, "No instance published the due plan.");
        await using var check = instances.Database.CreateContext();
        var events = await check.AuditEvents.Where(e => e.SubjectId == id.ToString() && e.Actor == ScheduledPublisher.Actor).Select(e => e.EventType).ToListAsync();
        Assert.Equal([AuditEventType.ContentPublished.Name], events);
        Assert.Equal(1, await check.ContentVersions.CountAsync(v => v.ContentItemId == id && v.IsPublished));
        foreach (var instance in new[] { instances.A, instances.B })
        {
            using var client = instance.Client(new CookieContainer());
            var found = await instances.WaitUntilAsync(async () => (await client.GetStringAsync("/tillganglighet")).Contains(marker, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
            Assert.True(found is not null, $"{instance.Name} does not show the planned change.");
        }
    }

    private static string EditorUrl(Guid id, string path = "") => $"/redaktion/innehall/{id}{path}";

    private async Task SignInAsync(FormClient client, Portal.Web.Features.StaffAccounts.DemoStaff.Account account)
    {
        // A code is used once per 30-second step: clear the last used step, since the tests sign in the same account.
        await using (var db = instances.Database.CreateContext())
        {
            await db.Users.Where(u => u.UserName == account.UserName).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, (long?)null));
        }

        using var password = await client.SubmitAsync("/personal/logga-in", ("UserName", account.UserName), ("Password", account.Password));
        Assert.Equal("/personal/tvastegsverifiering", FormClient.Location(password));
        using var code = await client.SubmitAsync("/personal/tvastegsverifiering", ("Code", Totp.Now(account.AuthenticatorKey!)));
        Assert.Equal("/personal", FormClient.Location(code));
    }

    private async Task<EditorClient> EditorOnAAsync()
    {
        var http = instances.A.Client(new CookieContainer());
        await SignInAsync(new FormClient(http), StaffTestData.Editor);
        return EditorClient.Over(http);
    }

    private static async Task SaveDraftAsync(EditorClient editor, Guid id, string marker)
    {
        var edit = await editor.GetAsync(EditorUrl(id));
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent.TrimEnd() + "\n\n" + marker + "\n";
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", body), ("Input.ChangeNote", "Test med två instanser"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>The database and the two processes, started one after the other (the first creates the schema).</summary>
    public sealed class Instances : IAsyncLifetime
    {
        public TestDatabase Database { get; } = TestDatabase.Create();

        public PortalProcess A { get; private set; } = null!;

        public PortalProcess B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            A = await PortalProcess.StartAsync("A", Database);
            B = await PortalProcess.StartAsync("B", Database);
        }

        public Task DisposeAsync()
        {
            A?.Dispose();
            B?.Dispose();
            Database.Dispose();
            return Task.CompletedTask;
        }

        public async Task<Guid> ItemIdAsync(string key)
        {
            await using var db = Database.CreateContext();
            return await db.ContentItems.Where(i => i.ContentType == Portal.Web.Features.Guidance.GuidanceContent.TypeName && i.TranslationKey == key && i.Language == "sv").Select(i => i.Id).SingleAsync();
        }

        /// <summary>Polls every 100 ms; how long it took, or null if it never came true.</summary>
        public async Task<TimeSpan?> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < timeout)
            {
                if (await condition())
                {
                    return clock.Elapsed;
                }

                await Task.Delay(100);
            }

            return null;
        }
    }

    /// <summary>The built app (artifacts/bin/Portal.Web/{configuration}) as a child process on a free loopback port.</summary>
    public sealed class PortalProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output;

        private PortalProcess(string name, Uri address, Process process, StringBuilder output)
        {
            Name = name;
            Address = address;
            _process = process;
            _output = output;
        }

        public string Name { get; }

        public Uri Address { get; }

        public static async Task<PortalProcess> StartAsync(string name, TestDatabase database)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet", [AppPath()])
            {
                WorkingDirectory = Path.GetDirectoryName(AppPath())!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var (key, value) in database.AppSettings)
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "LoadTest";
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
            start.Environment["Demo__Enabled"] = "true";
            start.Environment["DataProtection__KeyFile"] = TestKeyRing.KeyFile;
            start.Environment["Content__SchedulePollSeconds"] = "1";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var output = new StringBuilder();
            var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var instance = new PortalProcess(name, address, process, output);
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(90))
            {
                if (process.HasExited)
                {
                    break;
                }

                try
                {
                    using var ready = await probe.GetAsync("/healthz/ready");
                    if (ready.IsSuccessStatusCode)
                    {
                        return instance;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(100);
            }

            var log = instance.Output;
            instance.Dispose();
            throw new InvalidOperationException($"Instance {name} did not become ready. Its output:{Environment.NewLine}{log}");
        }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        /// <summary>A browser-like client (no automatic redirects) with the given cookie jar; cookies for 127.0.0.1 go to both ports.</summary>
        public HttpClient Client(CookieContainer cookies) =>
            new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }

            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static string AppPath()
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            var path = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "bin", "Portal.Web", configuration, "Portal.Web.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"Build Portal.Web first: {path} is missing.");
        }
    }
}
