using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.LoadTests;

internal static class Commands
{
    /// <summary>Closed-loop GET load on one address: N connections, each sending its next request when the last one ended.</summary>
    public static async Task<int> GuidanceAsync(Options options)
    {
        var url = options.Loopback("url");
        var connections = options.Int("connections", 64);
        var seconds = options.Int("seconds", 10);
        var maxRequests = options.Int("max-requests", int.MaxValue);
        var label = options.Get("label", "app");
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { Timeout = TimeSpan.FromSeconds(30) };

        await LoopAsync(client, url, connections, TimeSpan.FromSeconds(Math.Min(2, seconds)), Math.Min(maxRequests, connections * 20));
        var (latencies, errors, bytes, elapsed) = await LoopAsync(client, url, connections, TimeSpan.FromSeconds(seconds), maxRequests);
        latencies.Sort();
        Console.WriteLine($"{label}: {latencies.Count} requests in {Stats.F(elapsed.TotalSeconds, 2)} s over {connections} connections, {errors} not 200, {bytes} bytes per response");
        Stats.Figure($"guidance.{label}.rps", latencies.Count / elapsed.TotalSeconds, 0);
        Stats.Figure($"guidance.{label}.p50_ms", Stats.Percentile(latencies, 0.50), 2);
        Stats.Figure($"guidance.{label}.p99_ms", Stats.Percentile(latencies, 0.99), 2);
        Stats.Figure($"guidance.{label}.bytes", bytes, 0);
        return errors == 0 && latencies.Count > 0 ? 0 : 1;
    }

    private static async Task<(List<double> Latencies, long Errors, long Bytes, TimeSpan Elapsed)> LoopAsync(
        HttpClient client, Uri url, int connections, TimeSpan duration, int maxRequests)
    {
        long started = 0;
        long errors = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            var mine = new List<double>(4096);
            var buffer = new byte[64 * 1024];
            while (clock.Elapsed < duration && Interlocked.Increment(ref started) <= maxRequests)
            {
                var begin = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    long length = 0;
                    int read;
                    while ((read = await body.ReadAsync(buffer)) > 0)
                    {
                        length += read;
                    }

                    Interlocked.Exchange(ref bytes, length);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }

            return mine;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        return (all, errors, bytes, clock.Elapsed);
    }

    /// <summary>
    /// Invitations from..from+count-1 all at once, each a person filling in and submitting the questionnaire.
    /// Every confirmed submission is written to the acks file the moment it is confirmed ("number,form path").
    /// </summary>
    public static async Task<int> SubmitAsync(Options options)
    {
        var baseAddress = options.Loopback("base");
        var from = options.Int("from");
        var count = options.Int("count");
        var allowFailures = options.Get("allow-failures", "no") == "yes";
        await using var acks = new StreamWriter(options.Get("acks", "/dev/null"), append: true) { AutoFlush = true };
        var ackLock = new Lock();
        var errors = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        long requests = 0;
        var acked = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(from, count).Select(number => Task.Run(async () =>
        {
            using var citizen = new Citizen(baseAddress, number);
            try
            {
                await citizen.IdentifyAsync();
                await citizen.AnswerEverythingAsync();
                if (await citizen.SubmitAsync())
                {
                    lock (ackLock)
                    {
                        acks.WriteLine($"{number},{citizen.FormPath}");
                    }

                    Interlocked.Increment(ref acked);
                }
                else
                {
                    errors.Add($"{number}: the submit did not lead to the confirmation page");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UnexpectedResponseException or IOException)
            {
                errors.Add($"{number}: {ex.GetType().Name}: {ex.Message}");
            }
            finally
            {
                Interlocked.Add(ref requests, citizen.Requests);
                foreach (var (status, n) in citizen.StatusCounts)
                {
                    statuses.AddOrUpdate(status, n, (_, old) => old + n);
                }
            }
        })));
        var elapsed = clock.Elapsed;
        var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        Console.WriteLine($"submissions: {acked} of {count} confirmed in {Stats.F(elapsed.TotalSeconds, 2)} s, {requests} requests, statuses "
            + string.Join(' ', statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        foreach (var error in errors.Distinct().Take(5))
        {
            Console.WriteLine($"  not confirmed: {error}");
        }

        Stats.Figure("submissions.per_second", acked / elapsed.TotalSeconds, 1);
        Stats.Figure("submissions.confirmed", acked, 0);
        Stats.Figure("submissions.server_errors", serverErrors, 0);
        return allowFailures || (acked == count && serverErrors == 0) ? 0 : 1;
    }

    public static PortalDbContext OpenDatabase(Options options)
    {
        var connection = options.Get("connection");
        if (options.Get("provider") == "postgres")
        {
            var builder = new DbContextOptionsBuilder<PostgresPortalDbContext>();
            PostgresPortalDbContext.Configure(builder, connection);
            return new PostgresPortalDbContext(builder.Options);
        }

        return new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
    }

    private static async Task<Dictionary<int, Guid>> MeetingsAsync(PortalDbContext db, int from, int count)
    {
        var numbers = Enumerable.Range(from, count).ToDictionary(n => Invitation.HashToken(LoadTestData.Token(n)));
        var hashes = numbers.Keys.ToList();
        var rows = await db.Invitations.Where(i => hashes.Contains(i.TokenHash)).Select(i => new { i.TokenHash, i.MeetingId }).ToListAsync();
        return rows.ToDictionary(r => numbers[r.TokenHash], r => r.MeetingId);
    }

    /// <summary>
    /// In the database: every confirmed submission stored exactly once; no invitation with more than one submission;
    /// nothing half-written (a submitted response without its submission row, an empty payload, a submission without
    /// its audit event).
    /// </summary>
    public static async Task<int> VerifyAsync(Options options)
    {
        var acked = File.ReadLines(options.Get("acks")).Where(l => l.Length > 0).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await using var db = OpenDatabase(options);
        var meetings = await MeetingsAsync(db, options.Int("from"), options.Int("count"));
        var meetingIds = meetings.Values.ToList();
        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => meetingIds.Contains(r.MeetingId))
            .Select(r => new
            {
                r.MeetingId,
                r.Revision,
                r.SubmittedRevision,
                r.AnswersProtected,
                Submissions = r.Submissions.Count,
                EmptySubmissions = r.Submissions.Count(s => s.AnswersProtected == ""),
            })
            .ToListAsync();
        var byMeeting = responses.GroupBy(r => r.MeetingId).ToDictionary(g => g.Key, g => g.ToList());
        var problems = new List<string>();
        foreach (var number in acked.Distinct())
        {
            var rows = meetings.TryGetValue(number, out var meetingId) ? byMeeting.GetValueOrDefault(meetingId) ?? [] : [];
            if (rows.Count != 1 || rows[0].Submissions != 1 || rows[0].SubmittedRevision is null)
            {
                problems.Add($"confirmed {number}: {rows.Count} responses, {rows.Sum(r => r.Submissions)} submissions");
            }
        }

        if (acked.Count != acked.Distinct().Count())
        {
            problems.Add("an invitation was confirmed twice");
        }

        var duplicates = responses.Count(r => r.Submissions > 1) + byMeeting.Count(g => g.Value.Count > 1);
        var halfWritten = responses.Count(r =>
            (r.SubmittedRevision is not null && (r.Submissions == 0 || r.SubmittedRevision > r.Revision))
            || r.EmptySubmissions > 0 || r.AnswersProtected.Length == 0);
        var submissions = await db.ResponseSubmissions.CountAsync();
        var submittedEvents = await db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.QuestionnaireSubmitted.Name);
        if (duplicates > 0)
        {
            problems.Add($"{duplicates} duplicated submissions or responses");
        }

        if (halfWritten > 0)
        {
            problems.Add($"{halfWritten} half-written responses");
        }

        if (submissions != submittedEvents)
        {
            problems.Add($"{submissions} submission rows but {submittedEvents} QuestionnaireSubmitted audit events");
        }

        var stored = responses.Count(r => r.SubmittedRevision is not null);
        Console.WriteLine($"database: {acked.Count} confirmed, {stored} submitted responses stored ({stored - acked.Distinct().Count(meetings.ContainsKey)} stored but not confirmed to the client), "
            + $"{duplicates} duplicated, {halfWritten} half-written, {submissions} submission rows, {submittedEvents} audit events");
        foreach (var problem in problems.Take(10))
        {
            Console.WriteLine($"  FAIL: {problem}");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Each confirmed person signs in again and reads their submitted answers back through the portal.</summary>
    public static async Task<int> IntactAsync(Options options)
    {
        var baseAddress = options.Loopback("base");
        var lines = File.ReadLines(options.Get("acks")).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        var problems = new ConcurrentBag<string>();
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(lines.Select(async line =>
        {
            await gate.WaitAsync();
            try
            {
                var number = int.Parse(line[0], System.Globalization.CultureInfo.InvariantCulture);
                using var citizen = new Citizen(baseAddress, number);
                await citizen.IdentifyAsync();
                var (response, body) = await citizen.GetAsync($"{citizen.FormPath}/mina-svar");
                var (done, doneBody) = await citizen.GetAsync($"{citizen.FormPath}/klart");
                if (citizen.FormPath != line[1] || response.StatusCode != HttpStatusCode.OK || !body.Contains(Citizen.ExperienceAnswer, StringComparison.Ordinal)
                    || !body.Contains("arabiska", StringComparison.Ordinal) || done.StatusCode != HttpStatusCode.OK || !doneBody.Contains("FM-", StringComparison.Ordinal))
                {
                    problems.Add($"{number}: answers not read back ({(int)response.StatusCode}, {(int)done.StatusCode})");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UnexpectedResponseException)
            {
                problems.Add($"{line[0]}: {ex.Message}");
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine($"intact: {lines.Count - problems.Count} of {lines.Count} confirmed submissions read back unchanged after the restart");
        foreach (var problem in problems.Take(10))
        {
            Console.WriteLine($"  FAIL: {problem}");
        }

        return problems.IsEmpty && lines.Count > 0 ? 0 : 1;
    }

    /// <summary>While the database is down: readiness is unhealthy, a page that needs the database is the Swedish error page.</summary>
    public static async Task<int> OutageAsync(Options options)
    {
        var baseAddress = options.Loopback("base");
        using var citizen = new Citizen(baseAddress, options.Int("invitation"));
        var problems = new List<string>();
        var (ready, readyBody) = await citizen.GetAsync("/healthz/ready");
        var (live, _) = await citizen.GetAsync("/healthz/live");
        var (page, body) = await citizen.GetAsync("/mote/" + LoadTestData.Token(options.Int("invitation")));
        var (guidance, _) = await citizen.GetAsync("/skydda-din-sgi");
        if (ready.StatusCode != HttpStatusCode.ServiceUnavailable || !readyBody.Contains("Unhealthy", StringComparison.Ordinal))
        {
            problems.Add($"readiness answered {(int)ready.StatusCode}: {readyBody}");
        }

        if (live.StatusCode != HttpStatusCode.OK)
        {
            problems.Add($"liveness answered {(int)live.StatusCode}");
        }

        string[] leaks = ["Exception", "   at ", "Npgsql", "StackTrace", "stack trace"];
        if ((int)page.StatusCode < 500 || !body.Contains("Något gick fel", StringComparison.Ordinal) || leaks.Any(l => body.Contains(l, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"the invitation page answered {(int)page.StatusCode} without the Swedish error page, or showed error details");
        }

        Console.WriteLine($"outage: readiness {(int)ready.StatusCode}, liveness {(int)live.StatusCode}, invitation page {(int)page.StatusCode} "
            + $"(Swedish error page: {body.Contains("Något gick fel", StringComparison.Ordinal)}), cached guidance page {(int)guidance.StatusCode}");
        foreach (var problem in problems)
        {
            Console.WriteLine($"  FAIL: {problem}");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>After the database is back: readiness turns healthy by itself and a whole questionnaire goes through.</summary>
    public static async Task<int> RecoverAsync(Options options)
    {
        var baseAddress = options.Loopback("base");
        var timeout = TimeSpan.FromSeconds(options.Int("timeout", 60));
        var clock = Stopwatch.StartNew();
        using var citizen = new Citizen(baseAddress, options.Int("invitation"));
        var healthy = false;
        while (clock.Elapsed < timeout && !healthy)
        {
            try
            {
                var (ready, _) = await citizen.GetAsync("/healthz/ready");
                healthy = ready.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
            }

            if (!healthy)
            {
                await Task.Delay(250);
            }
        }

        var recovered = clock.Elapsed;
        Stats.Figure("recovery.seconds", recovered.TotalSeconds, 2);
        if (!healthy)
        {
            Console.WriteLine($"  FAIL: readiness not healthy within {timeout.TotalSeconds} s");
            return 1;
        }

        try
        {
            await citizen.IdentifyAsync();
            await citizen.AnswerEverythingAsync();
            var confirmed = await citizen.SubmitAsync();
            Console.WriteLine($"recovery: readiness healthy after {Stats.F(recovered.TotalSeconds, 2)} s; a whole questionnaire afterwards: {(confirmed ? "confirmed" : "NOT confirmed")}");
            return confirmed ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or UnexpectedResponseException)
        {
            Console.WriteLine($"  FAIL: questionnaire after recovery: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The invitations that only got malformed requests have nothing submitted, and each still exists.</summary>
    public static async Task<int> NoGarbageAsync(Options options)
    {
        await using var db = OpenDatabase(options);
        var meetings = await MeetingsAsync(db, options.Int("from"), options.Int("count"));
        var ids = meetings.Values.ToList();
        var submitted = await db.QuestionnaireResponses.CountAsync(r => ids.Contains(r.MeetingId) && r.SubmittedRevision != null);
        var submissions = await db.ResponseSubmissions.CountAsync(s => db.QuestionnaireResponses.Any(r => r.Id == s.ResponseId && ids.Contains(r.MeetingId)));
        Console.WriteLine($"no garbage: {meetings.Count} invitations that got only malformed requests, {submitted} submitted responses, {submissions} submissions");
        return submitted == 0 && submissions == 0 && meetings.Count == options.Int("count") ? 0 : 1;
    }
}
