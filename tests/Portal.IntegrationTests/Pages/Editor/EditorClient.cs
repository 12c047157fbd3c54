using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.TestSupport;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>An HTTP client signed in (through the test-only <see cref="TestStaffAuth"/>) as a staff member, that fills in forms.</summary>
public sealed class EditorClient : IDisposable
{
    private EditorClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static EditorClient SignedIn(PortalAppFactory factory, string userId = "redaktor-1", params string[] roles)
    {
        var http = factory.CreateBrowserLikeClient();
        http.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value(userId, roles.Length == 0 ? [StaffRoles.Redaktor] : roles));
        return new EditorClient(http);
    }

    /// <summary>Over a client that is already signed in (through the real sign-in pages, for example).</summary>
    public static EditorClient Over(HttpClient http) => new(http);

    public async Task<IHtmlDocument> GetAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return await PortalAppFactory.ParseAsync(response);
    }

    /// <summary>Posts the form whose action contains <paramref name="actionPart"/> (or the first POST form) with every control's current value, changed by <paramref name="fields"/>.</summary>
    public Task<HttpResponseMessage> SubmitAsync(IHtmlDocument document, string? actionPart, params (string Name, string Value)[] fields) =>
        PostFormAsync(document, actionPart, null, fields);

    /// <summary>Like a button with formaction: the first POST form's values, posted to <paramref name="url"/>.</summary>
    public Task<HttpResponseMessage> SubmitToAsync(IHtmlDocument document, string url, params (string Name, string Value)[] fields) =>
        PostFormAsync(document, null, url, fields);

    private async Task<HttpResponseMessage> PostFormAsync(IHtmlDocument document, string? actionPart, string? postTo, (string Name, string Value)[] fields)
    {
        // The staff header's sign-out form is never the form a test means.
        var form = document.QuerySelectorAll("form:not(.staff-nav__signout)").OfType<IHtmlFormElement>()
            .First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && (actionPart is null || (f.GetAttribute("action") ?? "").Contains(actionPart, StringComparison.Ordinal)));
        var data = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is not null && input.Type is not "submit" && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    data.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is not null:
                    data.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is not null:
                    data.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        data.RemoveAll(d => fields.Any(f => f.Name == d.Key));
        data.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = form.GetAttribute("action");
        var url = postTo ?? (string.IsNullOrEmpty(action) ? document.Url : new Uri(new Uri(document.Url), action).PathAndQuery);
        using var content = new FormUrlEncodedContent(data);
        return await Http.PostAsync(url, content);
    }

    /// <summary>Posts the form whose action contains <paramref name="actionPart"/> as multipart/form-data, with its hidden fields, the given fields and one file.</summary>
    public async Task<HttpResponseMessage> UploadAsync(IHtmlDocument document, string actionPart, string fileField, string fileName, byte[] data, params (string Name, string Value)[] fields)
    {
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .First(f => (f.GetAttribute("action") ?? "").Contains(actionPart, StringComparison.Ordinal));
        using var content = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && i.Name is not null && fields.All(f => f.Name != i.Name)))
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, fileField, fileName);
        return await Http.PostAsync(new Uri(new Uri(document.Url), form.GetAttribute("action")!).PathAndQuery, content);
    }

    public void Dispose() => Http.Dispose();

    public static async Task<Guid> ItemIdAsync(PortalAppFactory factory, string key, string language = "sv", string type = GuidanceContent.TypeName)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentItems.Where(i => i.ContentType == type && i.TranslationKey == key && i.Language == language).Select(i => i.Id).SingleAsync();
    }

    public static async Task<T> WithDbAsync<T>(PortalAppFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
