using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Portal.SgiCheck;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Texts;

// The SGI-skyddskoll benchmark (run by tests/benchmarks/sgi-check.sh; not part of tests/run.sh).
//   engine                 evaluations per second and µs per evaluation of SgiChecker.Evaluate
//   api <url> [seconds]    POST /api/sgi-check from 32 concurrent connections: throughput and latency percentiles
var mode = args.Length > 0 ? args[0] : "engine";
return mode switch
{
    "engine" => Benchmarks.Engine(),
    "api" when args.Length > 1 => await Benchmarks.ApiAsync(new Uri(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10),
    _ => Benchmarks.Usage(),
};

internal static class Benchmarks
{
    private const int Connections = 32;

    /// <summary>Answers that take different paths through the engine (the AF chain, a late registration, studies, a programme with a sanction, parental leave, a new job).</summary>
    private static readonly string[] Bodies =
    [
        """{"asOf":"2026-03-16","situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","sgiHoursPerWeek":40,"employment":"unemployed","next":[{"kind":"af-registration","from":"2026-03-16","status":"aktivt","hoursPerWeek":40}]}""",
        """{"asOf":"2026-04-02","situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","sgiHoursPerWeek":40,"employment":"employed","next":[{"kind":"af-registration","from":"2026-04-02","status":"aktivt","hoursPerWeek":20}]}""",
        """{"asOf":"2026-08-31","situation":"sjukpenning-ended","lastSjukpenningDay":"2026-08-28","hasSgi":"yes","sgiHoursPerWeek":40,"employment":"unemployed","next":[{"kind":"studies","from":"2026-08-29","studiestod":false,"extentPercent":50,"postSecondary":true,"to":"2027-01-15"},{"kind":"af-registration","from":"2027-01-16","status":"aktivt","hoursPerWeek":40}]}""",
        """{"asOf":"2026-04-20","situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-01","hasSgi":"yes","sgiHoursPerWeek":40,"employment":"unemployed","next":[{"kind":"program","from":"2026-03-02","payment":"aktivitetsstod"}],"sanctions":[{"reason":"late-aktivitetsrapport","inProgram":true,"from":"2026-04-15","days":1}]}""",
        """{"asOf":"2026-09-10","situation":"sjukpenning-ended","lastSjukpenningDay":"2025-09-10","hasSgi":"yes","sgiHoursPerWeek":40,"employment":"unemployed","next":[{"kind":"parental-leave","from":"2025-09-11","childBirthDate":"2025-09-11","parentalBenefitDaysPerWeek":3}]}""",
        """{"asOf":"2026-03-13","situation":"sjukpenning-denied","decisionReceived":"2026-03-13","hasSgi":"yes","sgiHoursPerWeek":30,"employment":"employed","next":[{"kind":"work","from":"2026-03-16","employer":"new","hoursPerWeek":30,"to":"2026-06-30"}],"omprovningRequested":true}""",
    ];

    public static int Usage()
    {
        Console.Error.WriteLine("usage: SgiCheckBenchmark engine | api http://127.0.0.1:PORT [seconds]");
        return 2;
    }

    public static int Engine()
    {
        var answers = Bodies.Select(b => AnswersParser.Parse(b).Answers ?? throw new InvalidOperationException("Invalid benchmark answers: " + b)).ToArray();
        var today = new DateOnly(2026, 12, 2);
        var templates = SwedishTemplates();

        // Warm up (JIT, tiered compilation), then measure in batches so the percentiles are of batch means.
        var sink = 0;
        for (var i = 0; i < 200_000; i++)
        {
            sink += SgiChecker.Evaluate(answers[i % answers.Length], today).Rules.Count;
        }

        const int batches = 200;
        const int perBatch = 2_000;
        var batchMicros = new double[batches];
        var total = Stopwatch.StartNew();
        for (var b = 0; b < batches; b++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < perBatch; i++)
            {
                sink += SgiChecker.Evaluate(answers[i % answers.Length], today).Rules.Count;
            }

            batchMicros[b] = Stopwatch.GetElapsedTime(started).TotalMicroseconds / perBatch;
        }

        total.Stop();
        var evaluations = batches * perBatch;
        var perSecond = evaluations / total.Elapsed.TotalSeconds;
        Array.Sort(batchMicros);
        Console.WriteLine(Invariant($"engine: SgiChecker.Evaluate over {answers.Length} answer sets, {evaluations:N0} evaluations"));
        Console.WriteLine(Invariant($"engine: {perSecond:N0} evaluations/s, mean {1_000_000 / perSecond:F2} µs, batch median {batchMicros[batches / 2]:F2} µs, batch p99 {batchMicros[(int)(batches * 0.99)]:F2} µs"));

        // The API's CPU work per request besides HTTP: parse + evaluate + render.
        var parsedRuns = 50_000;
        var started2 = Stopwatch.GetTimestamp();
        for (var i = 0; i < parsedRuns; i++)
        {
            var parsed = AnswersParser.Parse(Bodies[i % Bodies.Length], today);
            var result = ResultTexts.Render(SgiChecker.Evaluate(parsed.Answers!, today), templates, "sv");
            sink += result.Actions.Count;
        }

        var parseMicros = Stopwatch.GetElapsedTime(started2).TotalMicroseconds / parsedRuns;
        Console.WriteLine(Invariant($"engine: parse + evaluate + render {parseMicros:F2} µs per request body"));
        return sink == int.MinValue ? 1 : 0;
    }

    public static async Task<int> ApiAsync(Uri baseUrl, int seconds)
    {
        if (!baseUrl.IsLoopback)
        {
            Console.Error.WriteLine("The load client only talks to a server on this machine (127.0.0.1 or localhost).");
            return 2;
        }

        seconds = Math.Clamp(seconds, 1, 60);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var payloads = Bodies.Select(Encoding.UTF8.GetBytes).ToArray();

        // Warm-up: 2 seconds at full concurrency, not counted.
        await RunAsync(client, payloads, TimeSpan.FromSeconds(2));
        var (latencies, failures, elapsed) = await RunAsync(client, payloads, TimeSpan.FromSeconds(seconds));
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine(Invariant($"api: POST {new Uri(baseUrl, "/api/sgi-check")} with {Connections} concurrent connections for {elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(Invariant($"api: {latencies.Count:N0} responses, {latencies.Count / elapsed.TotalSeconds:N0} requests/s, {failures} not 200"));
        Console.WriteLine(Invariant($"api: latency p50 {Percentile(0.50):F2} ms, p90 {Percentile(0.90):F2} ms, p99 {Percentile(0.99):F2} ms, max {latencies[^1]:F2} ms"));
        return failures == 0 ? 0 : 1;
    }

    private static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> RunAsync(HttpClient client, byte[][] payloads, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Connections).Select(async worker =>
        {
            var latencies = new List<double>(100_000);
            var failures = 0;
            var i = worker;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                using var content = new ByteArrayContent(payloads[i++ % payloads.Length]);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("/api/sgi-check", content);
                _ = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures++;
                }
            }

            return (latencies, failures);
        }).ToArray();
        var results = await Task.WhenAll(workers);
        started.Stop();
        return ([.. results.SelectMany(r => r.latencies)], results.Sum(r => r.failures), started.Elapsed);
    }

    /// <summary>The <c>texts:</c> of content/sgi-koll/texts.sv.yml (one "key: value" per line), so rendering does the real work.</summary>
    private static Dictionary<string, string> SwedishTemplates()
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "content", "sgi-koll", "texts.sv.yml");
            if (!File.Exists(file))
            {
                continue;
            }

            var inTexts = false;
            foreach (var line in File.ReadLines(file))
            {
                if (!line.StartsWith(' ') && line.Length > 0)
                {
                    inTexts = line.StartsWith("texts:", StringComparison.Ordinal);
                    continue;
                }

                var colon = line.IndexOf(": \"", StringComparison.Ordinal);
                if (inTexts && colon > 0)
                {
                    templates[line[..colon].Trim()] = line[(colon + 3)..].TrimEnd('"');
                }
            }

            break;
        }

        return templates;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
