using System.Net;
using Portal.IntegrationTests.Pages.Questionnaire;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// Issue 20: one language scheme, the path prefix (/en/…, /lattlast/…). The old questionnaire addresses with
/// <c>?lang=en</c>, which people have in e-mails, bookmarks and open tabs, still lead to the same page: a permanent
/// redirect to the new address, with the rest of the query, and a form posted to an old address is sent on with its
/// answers (308). The Swedish invitation link is unchanged.
/// </summary>
public sealed class LanguageAddressTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task OldEnglishInvitationLink_RedirectsPermanently_ToTheEnglishAddress()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        using var client = _app.CreateBrowserLikeClient();

        // Act
        using var old = await client.GetAsync(invitation.Link + "?lang=en");
        using var swedish = await client.GetAsync(invitation.Link);
        using var english = await client.GetAsync("/en" + invitation.Link);

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/en" + invitation.Link, FormClient.Location(old));
        Assert.Equal(HttpStatusCode.OK, swedish.StatusCode);
        Assert.Equal("sv", (await PortalAppFactory.ParseAsync(swedish)).DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("en", (await PortalAppFactory.ParseAsync(english)).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task OldEnglishFormAddress_RedirectsPermanently_KeepingTheRestOfTheQuery()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        using var section = await client.Http.GetAsync(invitation.Form("/steg/stod") + "?lang=en&tillbaka=kontrollera");
        using var linkNotValid = await client.Http.GetAsync("/formular/lanken-fungerar-inte?reason=utloggad&lang=en");
        var (newResponse, newPage) = await client.GetAsync("/en" + invitation.Form("/steg/stod") + "?tillbaka=kontrollera");

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, section.StatusCode);
        Assert.Equal("/en" + invitation.Form("/steg/stod") + "?tillbaka=kontrollera", FormClient.Location(section));
        Assert.Equal(HttpStatusCode.MovedPermanently, linkNotValid.StatusCode);
        Assert.Equal("/en/formular/lanken-fungerar-inte?reason=utloggad", FormClient.Location(linkNotValid));
        Assert.Equal(HttpStatusCode.OK, newResponse.StatusCode);
        Assert.Equal("en", newPage.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task FormPostedToAnOldAddress_IsSentOnWithItsAnswers()
    {
        // Arrange: a page in English opened before the change, whose form still posts to the old address
        var invitation = await _app.CreateMeetingAsync();
        var client = new FormClient(_app.CreateBrowserLikeClient());
        var (_, page) = await client.GetAsync("/en" + invitation.Link);

        // Act: the browser posts to the old address, is told 308, and posts the same form to the new one
        var fields = new[] { ("Personnummer", invitation.Personnummer) };
        using var old = await client.SubmitAsync(page, invitation.Link + "?lang=en", fields);
        using var sent = await client.SubmitAsync(page, FormClient.Location(old)!, fields);

        // Assert: the identification went through, and the form continues in English
        Assert.Equal(HttpStatusCode.PermanentRedirect, old.StatusCode);
        Assert.Equal("/en" + invitation.Link, FormClient.Location(old));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/en" + invitation.Form("/inbjudan"), FormClient.Location(sent));
    }

    [Theory]
    [InlineData("/en/sgi-check", "en")]
    [InlineData("/lattlast/sgi-koll", "sv")]
    [InlineData("/en/search", "en")]
    [InlineData("/lattlast/sok", "sv")]
    public async Task EveryFeature_TakesItsLanguageFromThePrefix(string url, string htmlLang)
    {
        // Arrange
        using var client = _app.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(url);
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert: the page, its language menu and its search box all speak the address's language
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(htmlLang, page.DocumentElement.GetAttribute("lang"));
        var prefix = url[..url.IndexOf('/', 1)];
        Assert.StartsWith(prefix + "/", page.QuerySelector("form[role=search]")?.GetAttribute("action"), StringComparison.Ordinal);
    }
}
