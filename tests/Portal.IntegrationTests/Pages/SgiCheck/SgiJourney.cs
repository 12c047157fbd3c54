using AngleSharp.Html.Dom;

namespace Portal.IntegrationTests.Pages.SgiCheck;

/// <summary>Walks the SGI-skyddskoll like a browser without JavaScript: reads each GET form and sends it.</summary>
internal sealed class SgiJourney(HttpClient client)
{
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        return (response, await PortalAppFactory.ParseAsync(response));
    }

    /// <summary>Sends the question form on the page with the field set to <paramref name="value"/> (null: left empty).</summary>
    public async Task<HttpResponseMessage> AnswerAsync(IHtmlDocument page, string? value, bool unknown = false)
    {
        var form = page.QuerySelector("form.sgi-question") as IHtmlFormElement ?? throw new InvalidOperationException("No question form on " + page.Url);
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(i => (i.Name!, i.Value)).ToList();
        var field = form.QuerySelector("input.text-field__input, input.radio-button__input") as IHtmlInputElement
            ?? throw new InvalidOperationException("No answer field on " + page.Url);
        if (value is not null)
        {
            fields.Add((field.Name!, value));
        }

        if (unknown)
        {
            fields.Add(("vetinte", "unknown"));
        }

        var query = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Item1) + "=" + Uri.EscapeDataString(f.Item2)));
        return await client.GetAsync(form.GetAttribute("action") + "?" + query);
    }

    /// <summary>Answers the current question and follows the redirect to the next page.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> AnswerAndFollowAsync(IHtmlDocument page, string value, bool unknown = false)
    {
        using var answered = await AnswerAsync(page, value, unknown);
        var location = answered.Headers.Location?.OriginalString
            ?? throw new InvalidOperationException($"Expected a redirect after answering on {page.Url}, got {(int)answered.StatusCode}.");
        return await GetAsync(location);
    }

    /// <summary>The question id of a question page ("/sgi-koll/fraga/{id}").</summary>
    public static string? QuestionId(IHtmlDocument page) =>
        (page.QuerySelector("form.sgi-question") as IHtmlFormElement)?.GetAttribute("action")?.Split('/')[^1];
}
