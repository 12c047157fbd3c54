using System.Net;
using Portal.Web.Features.Meetings;

namespace Portal.LoadTests;

/// <summary>
/// One person with a load-test invitation (<see cref="LoadTestData"/>): opens the link, confirms the personnummer,
/// answers every section like the integration tests do, checks and submits. A client of its own keeps the cookies.
/// </summary>
internal sealed class Citizen(Uri baseAddress, int number) : IDisposable
{
    public static readonly (string Section, (string Name, string Value)[] Fields)[] CompleteAnswers =
    [
        ("motet", [("kanal", "video"), ("tolk", "ja"), ("tolk-sprak", "arabiska"), ("tillganglighet", "horsel"), ("tillganglighet-beskrivning", "Skrivtolk tack"), ("ta-med", "nej")]),
        ("situation", [("beslut", "sjukpenning-ended"), ("sista-dag", "2026-11-13"), ("beslutsdatum", "2026-11-10"), ("sysselsattning", "unemployed"), ("har-sgi", "yes"), ("sgi-timmar", "40"), ("af-inskriven", "aktivt"), ("af-datum", "2026-11-14"), ("af-timmar", "40"), ("sanktion", "nej")]),
        ("planer", [("plan", "nytt-arbete"), ("arbetsformaga", "deltid"), ("erfarenhet", ExperienceAnswer), ("utbildning", "Vård och omsorg")]),
        ("halsa", [("begransningar", "Orkar inte heltid just nu.")]),
        ("stod", [("hjalp-af", "ja"), ("e-legitimation", "ja"), ("andra-aktorer", "varden"), ("egna-fragor", "Hur påverkas min SGI?")]),
        ("samtycke", [("dela-med-af", "ja")]),
    ];

    /// <summary>An answer that must read back unchanged after a restart.</summary>
    public const string ExperienceAnswer = "Undersköterska i tio år, sedan två år på lager.";

    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public int Number => number;

    public HttpClient Http => _client;

    public string? FormPath { get; private set; }

    public int Requests { get; private set; }

    public Dictionary<int, int> StatusCounts { get; } = [];

    public void Dispose() => _client.Dispose();

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        var response = await _client.SendAsync(request);
        Requests++;
        StatusCounts[(int)response.StatusCode] = StatusCounts.GetValueOrDefault((int)response.StatusCode) + 1;
        return response;
    }

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var response = await SendAsync(HttpMethod.Get, url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the page's first POST form with its hidden fields, except those named in <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string html, IEnumerable<(string Name, string Value)> fields, bool withHidden = true)
    {
        var form = Html.FirstPostForm(html) ?? throw new InvalidOperationException($"No POST form on {url}.");
        var list = fields.ToList();
        var data = (withHidden ? form.Hidden.Where(h => list.All(f => f.Name != h.Key)) : [])
            .Concat(list.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
            .ToList();
        using var content = new FormUrlEncodedContent(data);
        return await SendAsync(HttpMethod.Post, form.Action ?? url, content);
    }

    /// <summary>Opens the link and confirms the personnummer (which leads to the invitation); afterwards <see cref="FormPath"/> is /formular/{id}.</summary>
    public async Task IdentifyAsync()
    {
        var link = "/mote/" + LoadTestData.Token(number);
        var (open, html) = await GetAsync(link);
        Expect(open, HttpStatusCode.OK, link);
        using var identified = await PostFormAsync(link, html, [("Personnummer", LoadTestData.Personnummer(number))]);
        Expect(identified, HttpStatusCode.Redirect, link);
        // Identification leads to the invitation (/formular/{id}/inbjudan); the questionnaire is /formular/{id}.
        var invitation = identified.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No redirect after identification.");
        FormPath = invitation.EndsWith("/inbjudan", StringComparison.Ordinal) ? invitation[..^"/inbjudan".Length] : invitation;
    }

    public async Task AnswerEverythingAsync()
    {
        foreach (var (section, fields) in CompleteAnswers)
        {
            var url = $"{FormPath}/steg/{section}";
            var (page, html) = await GetAsync(url);
            Expect(page, HttpStatusCode.OK, url);
            var shownOnPage = Html.FirstPostForm(html)?.Hidden.FirstOrDefault(h => h.Key == "shown").Value ?? "";
            var shown = string.Join(',', shownOnPage.Split(',', StringSplitOptions.RemoveEmptyEntries).Concat(fields.Select(f => f.Name)).Distinct());
            using var saved = await PostFormAsync(url, html, [.. fields, ("shown", shown)]);
            Expect(saved, HttpStatusCode.Redirect, url);
        }
    }

    /// <summary>Checks and submits; true when the portal confirmed (redirected to the confirmation page).</summary>
    public async Task<bool> SubmitAsync()
    {
        var url = $"{FormPath}/kontrollera";
        var (check, html) = await GetAsync(url);
        Expect(check, HttpStatusCode.OK, url);
        using var submitted = await PostFormAsync(url, html, []);
        Expect(submitted, HttpStatusCode.Redirect, url);
        return submitted.Headers.Location?.OriginalString == $"{FormPath}/klart";
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string url)
    {
        if (response.StatusCode != status)
        {
            throw new UnexpectedResponseException($"{url}: expected {(int)status}, got {(int)response.StatusCode}");
        }
    }
}

internal sealed class UnexpectedResponseException(string message) : Exception(message);
