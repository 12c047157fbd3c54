using System.Net;
using Portal.TestSupport;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>Every editor page: anonymous is sent to sign in, other staff roles get 403, Redaktör gets the page.</summary>
public sealed class EditorAccessTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    public static readonly string[] Pages =
    [
        "/redaktion",
        "/redaktion?q=sgi&typ=guidance&sprak=sv&status=publicerad",
        "/redaktion/rapport",
        "/redaktion/omdirigeringar",
        "/redaktion/synpunkter",
        "/redaktion/synpunkter?hanterade=true",
        "/redaktion/ny-sida",
        "/redaktion/ny-sida?nyckel={bara-pa-svenska}&sprak=en",
        "/redaktion/innehall/{id}",
        "/redaktion/innehall/{id}/forhandsgranska",
        "/redaktion/innehall/{id}/forhandsgranska?version=1",
        "/redaktion/innehall/{id}/publicering",
        "/redaktion/innehall/{id}/historik",
        "/redaktion/innehall/{id}/filer",
        "/redaktion/innehall/{id}/historik?fran=1&till=1",
        "/redaktion/innehall/{sgi-koll}",
        "/redaktion/innehall/{formular}/historik",
    ];

    public static TheoryData<string, string?, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string?, HttpStatusCode>();
        foreach (var page in Pages)
        {
            data.Add(page, null, HttpStatusCode.Redirect);
            data.Add(page, StaffRoles.Handlaggare, HttpStatusCode.Forbidden);
            data.Add(page, StaffRoles.Administrator, HttpStatusCode.Forbidden);
            data.Add(page, StaffRoles.Uppfoljning, HttpStatusCode.Forbidden);
            data.Add(page, StaffRoles.Redaktor, HttpStatusCode.OK);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EditorPage_RoleMatrix(string page, string? role, HttpStatusCode expected)
    {
        // Arrange
        var url = await ResolveAsync(page);
        using var client = factory.CreateBrowserLikeClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value("user-1", role));
        }

        // Act
        using var response = await client.GetAsync(url);

        // Assert: anonymous goes to the app's sign-in (a redirect), never to the page
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{url}: {(int)response.StatusCode}");
        }
        else
        {
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StaffRoles.Handlaggare)]
    public async Task EditorPost_WithoutEditorRole_ChangesNothing(string? role)
    {
        // Arrange
        var id = await EditorClient.ItemIdAsync(factory, "sgi");
        using var client = factory.CreateBrowserLikeClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value("user-2", role));
        }

        // Act
        using var content = new FormUrlEncodedContent([new("VersionNumber", "1")]);
        using var response = await client.PostAsync($"/redaktion/innehall/{id}/publicering?handler=Unpublish", content);

        // Assert
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Location?.OriginalString.Contains("klart", StringComparison.Ordinal) ?? false);
        var published = await EditorClient.WithDbAsync(factory, db => Task.FromResult(db.ContentVersions.Count(v => v.ContentItemId == id && v.IsPublished)));
        Assert.Equal(1, published);
    }

    [Fact]
    public async Task EditorPages_PassTheNuHtmlChecker()
    {
        // Arrange
        using var editor = EditorClient.SignedIn(factory);
        var pages = new Dictionary<string, string>();
        foreach (var page in Pages)
        {
            var url = await ResolveAsync(page);
            using var response = await editor.Http.GetAsync(url);
            pages[url] = await response.Content.ReadAsStringAsync();
        }

        // An edit page with errors and a publish page with errors, too
        var id = await EditorClient.ItemIdAsync(factory, "sgi");
        var edit = await editor.GetAsync($"/redaktion/innehall/{id}");
        using (var invalid = await editor.SubmitAsync(edit, null, ("Input.Title", ""), ("Input.ChangeNote", ""), ("Input.LastReviewed", "1 dec")))
        {
            pages["edit with errors"] = await invalid.Content.ReadAsStringAsync();
        }

        var create = await editor.GetAsync("/redaktion/ny-sida");
        using (var invalid = await editor.SubmitAsync(create, null, ("Key", "Fel nyckel"), ("Input.Title", "")))
        {
            pages["new page with errors"] = await invalid.Content.ReadAsStringAsync();
        }

        using var preview = await editor.SubmitToAsync(edit, $"/redaktion/innehall/{id}/forhandsgranska", ("Input.Body", "## Ny rubrik\n\nText med [länk](javascript:alert(1))."));
        pages["preview of unsaved text"] = await preview.Content.ReadAsStringAsync();

        // Act
        var errors = await HtmlChecker.ErrorsAsync(pages);

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private async Task<string> ResolveAsync(string page)
    {
        if (page.Contains("{id}", StringComparison.Ordinal))
        {
            return page.Replace("{id}", (await EditorClient.ItemIdAsync(factory, "sgi")).ToString(), StringComparison.Ordinal);
        }

        if (page.Contains("{bara-pa-svenska}", StringComparison.Ordinal))
        {
            await SwedishOnlyPage.EnsureAsync(factory);
            return page.Replace("{bara-pa-svenska}", SwedishOnlyPage.Key, StringComparison.Ordinal);
        }

        if (page.Contains("{sgi-koll}", StringComparison.Ordinal))
        {
            return page.Replace("{sgi-koll}", (await EditorClient.ItemIdAsync(factory, Web.Features.SgiCheck.SgiTextsContent.TypeName, "sv", Web.Features.SgiCheck.SgiTextsContent.TypeName)).ToString(), StringComparison.Ordinal);
        }

        if (page.Contains("{formular}", StringComparison.Ordinal))
        {
            return page.Replace("{formular}", (await EditorClient.ItemIdAsync(factory, "formote", "sv", Web.Features.Questionnaire.QuestionnaireContent.TypeName)).ToString(), StringComparison.Ordinal);
        }

        return page;
    }
}
