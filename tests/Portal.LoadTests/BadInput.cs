using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Portal.Web.Features.Meetings;

namespace Portal.LoadTests;

/// <summary>
/// Malformed requests against every form and address of the citizen side: over-long fields, wrong types, broken
/// UTF-8, missing or forged antiforgery tokens, huge bodies, wrong content types and methods, broken cookies.
/// Passes when no request gets a 5xx and none of the malformed values shows up on the person's own pages afterwards.
/// The invitation used here is never given a whole valid questionnaire, so nothing may be submitted for it (the
/// nogarbage command checks the database; a draft without answers may exist, because a section whose questions were
/// all "just shown" is saved with its invalid answers left out).
/// </summary>
internal static class BadInput
{
    private static readonly string[] Texts =
    [
        new('A', 1501),
        new('x', 100_000),
        "\u0000\u0001\u0002\u001b[31m",
        "<script>alert(1)</script>",
        "'; DROP TABLE \"Meetings\"; --",
        "../../../../etc/passwd",
        "%00%ff%c3%28",
        "\u202E\uFEFF\u200B",
        string.Concat(Enumerable.Repeat("😀", 2000)),
        "1e309",
        "-1",
        "NaN",
        "2026-13-45",
        "0000-00-00",
        "99999999999999999999999999",
        "ja\r\nSet-Cookie: x=y",
        "{\"$type\":\"System.IO.FileInfo\"}",
    ];

    /// <summary>Bodies that are not valid form data: broken UTF-8, truncated escapes, odd separators.</summary>
    private static readonly byte[][] RawBodies =
    [
        [.. "Personnummer="u8, 0xFF, 0xFE, 0xFD],
        [.. "kanal="u8, 0xC3, 0x28, .. "&tolk="u8, 0xE2, 0x82],
        [.. "tolk-sprak="u8, 0xED, 0xA0, 0x80, .. "&shown=tolk-sprak"u8],
        "Personnummer=%E0%A4%A&revision=%"u8.ToArray(),
        "&&&===&&=&"u8.ToArray(),
        [0x00, 0x01, 0x02, 0xFF, 0x80, 0x81],
        "revision=abc&revision=1&revision=-5&shown=%FF%FE"u8.ToArray(),
    ];

    private sealed record Case(string Label, bool SignedIn, Func<HttpRequestMessage> Create);

    public static async Task<int> RunAsync(Options options)
    {
        var baseAddress = options.Loopback("base");
        var number = options.Int("invitation");
        var token = LoadTestData.Token(number);

        // A person signed in on the invitation, with the real forms (and their antiforgery tokens) of every page.
        using var citizen = new Citizen(baseAddress, number);
        await citizen.IdentifyAsync();
        var form = citizen.FormPath!;
        var sections = Citizen.CompleteAnswers.Select(a => (a.Section, Questions: a.Fields.Select(f => f.Name).ToArray())).ToList();
        var pages = new Dictionary<string, Html.Form>();
        foreach (var url in sections.Select(s => $"{form}/steg/{s.Section}").Append($"{form}/kontrollera").Append($"/mote/{token}"))
        {
            var (_, html) = await citizen.GetAsync(url);
            // The check page has no submit form while nothing is answered; its posts then go without hidden fields.
            pages[url] = Html.FirstPostForm(html) ?? new Html.Form(null, []);
        }

        using var anonymous = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var cases = Cases(form, token, sections, pages).ToList();
        var target = options.Int("rounds", 1) * cases.Count;
        var statuses = new ConcurrentDictionary<int, int>();
        var serverErrors = new ConcurrentDictionary<string, int>();
        var transport = 0;
        var next = -1;
        var workers = Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < target)
            {
                var c = cases[i % cases.Count];
                try
                {
                    using var request = c.Create();
                    using var response = await (c.SignedIn ? citizen.Http : anonymous).SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if ((int)response.StatusCode >= 500 || body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
                    {
                        serverErrors.AddOrUpdate($"{c.Label} → {(int)response.StatusCode}", 1, (_, n) => n + 1);
                    }
                }
                catch (HttpRequestException)
                {
                    // The server may close the connection on a body it refuses (e.g. 413 before the body is read).
                    Interlocked.Increment(ref transport);
                }
            }
        }).ToList();
        await Task.WhenAll(workers);

        // Nothing of the malformed input may have been kept: the person's own pages show none of it.
        string[] markers = ["DROP TABLE", "etc/passwd", "alert(1)", "AAAAAAAAAA", "xxxxxxxxxx", "ÖÖÖÖÖÖ", "😀😀", "Set-Cookie: x", "System.IO.FileInfo", "\u202E"];
        var kept = new List<string>();
        foreach (var url in sections.Select(s => $"{form}/steg/{s.Section}").Append($"{form}/kontrollera"))
        {
            var (_, html) = await citizen.GetAsync(url);
            kept.AddRange(markers.Where(m => html.Contains(m, StringComparison.Ordinal) || html.Contains(WebUtility.HtmlEncode(m), StringComparison.Ordinal)).Select(m => $"{url} shows '{m}'"));
        }

        var total = statuses.Values.Sum() + transport;
        Console.WriteLine($"bad input: {total} malformed requests ({cases.Count} kinds), statuses "
            + string.Join(' ', statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")) + $", {transport} connections closed by the server");
        foreach (var (label, n) in serverErrors.OrderByDescending(e => e.Value).Take(20))
        {
            Console.WriteLine($"  FAIL: {label} ({n}×)");
        }

        foreach (var problem in kept)
        {
            Console.WriteLine($"  FAIL: stored malformed input: {problem}");
        }

        Stats.Figure("badinput.requests", total, 0);
        Stats.Figure("badinput.server_errors", serverErrors.Values.Sum(), 0);
        return serverErrors.IsEmpty && kept.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<Case> Cases(string form, string token, List<(string Section, string[] Questions)> sections, Dictionary<string, Html.Form> pages)
    {
        var identify = $"/mote/{token}";
        var antiforgery = pages[identify].Hidden.Where(h => h.Key == "__RequestVerificationToken").ToList();

        // The personnummer check, anonymous and signed in: every text, with and without the token.
        foreach (var text in Texts)
        {
            yield return new("identify: bad personnummer", false, () => Post(identify, [.. antiforgery, new("Personnummer", text)]));
            yield return new("identify: no antiforgery token", false, () => Post(identify, [new("Personnummer", text)]));
            yield return new("identify: forged antiforgery token", false, () => Post(identify, [new("__RequestVerificationToken", text), new("Personnummer", text)]));
            yield return new("identify: unknown token", false, () => Post("/mote/" + Uri.EscapeDataString(text.Length > 200 ? text[..200] : text), [new("Personnummer", text)]));
        }

        // Every section form, signed in with a valid token: each field sent twice (never a valid answer), over-long,
        // wrong revision; and without or with a forged token.
        foreach (var (section, questions) in sections)
        {
            var url = $"{form}/steg/{section}";
            var hidden = pages[url].Hidden;
            var shown = string.Join(',', questions);
            foreach (var text in Texts)
            {
                yield return new($"section {section}: every field twice", true, () => Post(url,
                    [.. hidden, new("shown", shown), .. questions.SelectMany(q => new[] { Field(q, text), Field(q, text + "2") })]));
                yield return new($"section {section}: over-long", true, () => Post(url,
                    [.. hidden.Where(h => h.Key != "revision"), new("revision", "0"), new("shown", shown), .. questions.Select(q => Field(q, new string('Ö', 1501) + text))]));
                yield return new($"section {section}: bad revision and shown", true, () => Post(url,
                    [.. hidden.Where(h => h.Key is not ("revision" or "shown")), new("revision", text), new("shown", text), .. questions.SelectMany(q => new[] { Field(q, text), Field(q, q) })]));
                yield return new($"section {section}: no antiforgery token", true, () => Post(url, [new("shown", shown), .. questions.Select(q => Field(q, "ja"))]));
                yield return new($"section {section}: forged antiforgery token", true, () => Post(url, [new("__RequestVerificationToken", text), .. questions.Select(q => Field(q, "ja"))]));
            }

            foreach (var body in RawBodies)
            {
                yield return new($"section {section}: broken form body", true, () => Raw(HttpMethod.Post, url, body, "application/x-www-form-urlencoded"));
            }
        }

        // Check and delete: only without a valid token (a valid delete would remove the invitation).
        foreach (var text in Texts)
        {
            var check = $"{form}/kontrollera";
            yield return new("check: bad revision", true, () => Post(check, [.. pages[check].Hidden.Where(h => h.Key != "revision"), new("revision", text)]));
            yield return new("check: no antiforgery token", true, () => Post(check, [new("revision", "1")]));
            yield return new("delete: no antiforgery token", true, () => Post($"{form}/radera", [new("x", text)]));
            yield return new("delete: forged antiforgery token", true, () => Post($"{form}/radera", [new("__RequestVerificationToken", text)]));
        }

        // Broken bodies, content types and sizes on the personnummer form and a section.
        var huge = new byte[40 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        var longValue = Encoding.ASCII.GetBytes("Personnummer=" + new string('1', 5 * 1024 * 1024));
        var manyFields = Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=x")));
        foreach (var url in new[] { identify, $"{form}/steg/motet" })
        {
            var signedIn = url != identify;
            foreach (var body in RawBodies)
            {
                yield return new($"{Kind(url)}: broken form body", signedIn, () => Raw(HttpMethod.Post, url, body, "application/x-www-form-urlencoded"));
            }

            yield return new($"{Kind(url)}: 40 MB body", signedIn, () => Raw(HttpMethod.Post, url, huge, "application/x-www-form-urlencoded"));
            yield return new($"{Kind(url)}: 5 MB field", signedIn, () => Raw(HttpMethod.Post, url, longValue, "application/x-www-form-urlencoded"));
            yield return new($"{Kind(url)}: 5000 fields", signedIn, () => Raw(HttpMethod.Post, url, manyFields, "application/x-www-form-urlencoded"));
            yield return new($"{Kind(url)}: JSON body", signedIn, () => Raw(HttpMethod.Post, url, "{\"Personnummer\": 191212121212, \"revision\": []}"u8.ToArray(), "application/json"));
            yield return new($"{Kind(url)}: broken multipart", signedIn, () => Raw(HttpMethod.Post, url, "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"u8.ToArray(), "multipart/form-data; boundary=xyz"));
            yield return new($"{Kind(url)}: multipart without boundary", signedIn, () => Raw(HttpMethod.Post, url, "garbage"u8.ToArray(), "multipart/form-data"));
            yield return new($"{Kind(url)}: UTF-16 form", signedIn, () => Raw(HttpMethod.Post, url, Encoding.Unicode.GetBytes("Personnummer=1912"), "application/x-www-form-urlencoded; charset=utf-16"));
            yield return new($"{Kind(url)}: unknown content type", signedIn, () => Raw(HttpMethod.Post, url, "Personnummer=1"u8.ToArray(), "text/x-nonsense; charset=nonsense"));
            yield return new($"{Kind(url)}: no content type", signedIn, () => Raw(HttpMethod.Post, url, "Personnummer=1"u8.ToArray(), null));
            foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options })
            {
                yield return new($"{Kind(url)}: {method}", signedIn, () => Raw(method, url, "a=b"u8.ToArray(), "application/x-www-form-urlencoded"));
            }
        }

        // Addresses and query strings: wrong types in route values, broken escapes, long values. (Not /fel itself:
        // the error page asked for directly shows the 500 page with status 500 on purpose.)
        foreach (var text in Texts.Select(t => t.Length > 2000 ? t[..2000] : t))
        {
            var escaped = Uri.EscapeDataString(text);
            foreach (var url in new[]
            {
                $"/sok?q={escaped}", $"/en/search?q={escaped}", $"/lattlast/sok?q={escaped}", $"/?lang={escaped}", $"/skydda-din-sgi?lang={escaped}&slug={escaped}",
                $"/mote/{escaped}", $"/formular/{escaped}", $"/formular/{escaped}/steg/motet", $"{form}/steg/{escaped}", $"{form}/klart?x={escaped}",
                $"/{escaped}", $"/en/{escaped}", $"/formular/lanken-fungerar-inte?reason={escaped}",
            })
            {
                yield return new("GET " + url.Split('?')[0][..Math.Min(20, url.Split('?')[0].Length)], url.StartsWith(form, StringComparison.Ordinal), () => new HttpRequestMessage(HttpMethod.Get, url));
            }
        }

        foreach (var raw in new[] { "/%FF%FE", "/mote/%C3%28aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "/sok?q=%E0%A4%A", "/sok?q=%FF&q=%00", $"{form}/steg/%ED%A0%80" })
        {
            yield return new("GET broken escapes", raw.StartsWith(form, StringComparison.Ordinal), () => new HttpRequestMessage(HttpMethod.Get, raw));
        }

        // Forged and broken cookies on the citizen's pages.
        foreach (var cookie in new[] { "portal.citizen=garbage", "portal.citizen=" + new string('A', 3000), "portal.antiforgery=%FF%FE; portal.citizen=%00", "portal.auth=CfDJ8garbage" })
        {
            foreach (var url in new[] { form, $"{form}/steg/motet", $"{form}/mina-svar", "/skydda-din-sgi" })
            {
                yield return new("GET with a forged cookie", false, () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.TryAddWithoutValidation("Cookie", cookie);
                    return request;
                });
            }

            yield return new("POST with a forged cookie", false, () =>
            {
                var request = Post($"{form}/steg/motet", [new("kanal", "video")]);
                request.Headers.TryAddWithoutValidation("Cookie", cookie);
                return request;
            });
        }
    }

    private static string Kind(string url) => url.StartsWith("/mote/", StringComparison.Ordinal) ? "identify" : "section";

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static HttpRequestMessage Post(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        // FormUrlEncodedContent refuses lone surrogates; none of the texts has one (the raw bodies carry those).
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
    }

    private static HttpRequestMessage Raw(HttpMethod method, string url, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(method, url) { Content = content };
    }
}
