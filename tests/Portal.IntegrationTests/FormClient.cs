using AngleSharp.Html.Dom;

namespace Portal.IntegrationTests;

/// <summary>A browser-like client: keeps cookies, reads forms and posts them with their antiforgery token.</summary>
public sealed class FormClient(HttpClient client)
{
    public HttpClient Http => client;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        return (response, await PortalAppFactory.ParseAsync(response));
    }

    /// <summary>Loads <paramref name="url"/>, then posts its first POST form with the given fields (plus the form's hidden fields and token).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, params (string Name, string Value)[] fields)
    {
        var (_, document) = await GetAsync(url);
        return await SubmitAsync(document, url, fields);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument document, string url, params (string Name, string Value)[] fields)
    {
        // The staff navigation's and the questionnaire's sign-out forms are never the form a test means.
        var form = document.QuerySelectorAll("form:not(.staff-nav__signout):not(.citizen-signout)").OfType<IHtmlFormElement>().First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));
        var data = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => fields.All(f => f.Name != i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
            .ToList();
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(data);
        return await client.PostAsync(action, content);
    }

    /// <summary>Posts to <paramref name="url"/> with the antiforgery token from a form on <paramref name="tokenPage"/> (a page of this client's own session).</summary>
    public async Task<HttpResponseMessage> PostToAsync(string tokenPage, string url, params (string Name, string Value)[] fields)
    {
        var (_, document) = await GetAsync(tokenPage);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static string? Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
