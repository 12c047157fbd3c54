using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Portal.IntegrationTests.Pages.DevIdentityProvider;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>
/// The app with the e-legitimation broker configured, and the stand-in identity provider as the broker. A test can have
/// the broker spoil the next id tokens (<see cref="SpoilIdTokens"/>), as a misconfigured or hostile provider would.
/// </summary>
public sealed class BrokerApp : IDisposable
{
    public BrokerApp()
    {
        App.TestServices.Add(services => services.AddOpenIddict().AddServer().AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
            .UseInlineHandler(context =>
            {
                if (context.IdentityTokenPrincipal is { } principal)
                {
                    SpoilIdTokens?.Invoke(principal);
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1)));
    }

    public PortalAppFactory App { get; } = StandInProvider.App(CitizenSignIn.Scheme, new Dictionary<string, string?>
    {
        ["CitizenIdentification:Broker:Authority"] = PortalAppFactory.PublicBaseUrl,
        ["CitizenIdentification:Broker:ClientId"] = "portal-medborgare",
        ["CitizenIdentification:Broker:Scopes:0"] = "personal_identity_number",
    });

    /// <summary>Changes every id token the broker issues while set (the tests of one class run one at a time).</summary>
    public Action<System.Security.Claims.ClaimsPrincipal>? SpoilIdTokens { get; set; }

    public FormClient Browser() => StandInProvider.Browser(App);

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Issue 16: a citizen proves an invitation is theirs with e-legitimation through the broker (code + PKCE, state, nonce),
/// and reaches only that invitation. A different person, a cancelled sign-in, a replayed callback and an invitation
/// that expired meanwhile each get their own page, an audit event and no access.
/// </summary>
public sealed class CitizenSignInTests(BrokerApp broker) : IClassFixture<BrokerApp>
{
    private readonly PortalAppFactory _app = broker.App;

    /// <summary>The invitation page's button, the broker's choice page, and the broker's answer to the callback.</summary>
    private static Task<(Uri Authorize, Uri Callback)> ToCallbackAsync(FormClient browser, TestInvitation invitation, params (string Name, string Value)[] choice) =>
        ToCallbackAsync(browser, invitation, authorize => authorize, choice);

    private static async Task<(Uri Authorize, Uri Callback)> ToCallbackAsync(
        FormClient browser, TestInvitation invitation, Func<Uri, Uri> onTheWay, params (string Name, string Value)[] choice)
    {
        var (page, document) = await browser.GetAsync(invitation.Link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(document.QuerySelector("input[name=Personnummer]"));
        var challenge = await browser.SubmitAsync(document, invitation.Link);
        Assert.Equal(HttpStatusCode.Found, challenge.StatusCode);
        var authorize = onTheWay(challenge.Headers.Location!);
        var (choicePage, choiceDocument) = await browser.GetAsync(authorize.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, choicePage.StatusCode);
        var back = await browser.SubmitAsync(choiceDocument, authorize.AbsoluteUri, choice);
        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        return (authorize, back.Headers.Location!);
    }

    /// <summary>Follows the callback to the page that ends the sign-in.</summary>
    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> ReturnAsync(FormClient browser, Uri callback)
    {
        var handled = await browser.Http.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Found, handled.StatusCode);
        return await browser.GetAsync(handled.Headers.Location!.OriginalString);
    }

    private async Task<List<(string Type, string Payload)>> EventsAsync(TestInvitation invitation)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.AuditEvents.Where(e => e.SubjectId == invitation.MeetingId.ToString()).Select(e => new { e.EventType, e.PayloadJson }).ToListAsync())
            .Select(e => (e.EventType, e.PayloadJson)).ToList();
    }

    private static string? Reason(string payload) =>
        JsonDocument.Parse(payload).RootElement.TryGetProperty("Reason", out var reason) ? reason.GetString() : null;

    [Fact]
    public async Task ATestPerson_SignsInWithTheBroker_AndReachesOnlyTheirOwnQuestionnaire()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var someoneElse = await _app.CreateMeetingAsync(QuestionnaireTestData.Maja, name: "Maja Testsson");
        var browser = broker.Browser();

        // Act
        var (authorize, callback) = await ToCallbackAsync(browser, invitation, ("identity", "person:tolvan"));
        var (done, document) = await ReturnAsync(browser, callback);
        var form = await browser.Http.GetAsync(document.QuerySelector("main a.button")!.GetAttribute("href"));
        var other = await browser.Http.GetAsync(someoneElse.Form());

        // Assert: code + PKCE (S256), state and nonce on the way out; the person's own form, and no other
        var query = authorize.Query;
        Assert.Equal(PortalAppFactory.PublicBaseUrl + "/connect/authorize", authorize.GetLeftPart(UriPartial.Path));
        Assert.Contains("response_type=code", query, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", query, StringComparison.Ordinal);
        Assert.Contains("nonce=", query, StringComparison.Ordinal);
        Assert.Contains("state=", query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Du är inloggad", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains(await EventsAsync(invitation), e => e.Type == AuditEventType.InvitationOpened.Name);
    }

    [Fact]
    public async Task AnotherPerson_IsToldTheInvitationIsNotTheirs_Audited_WithoutAccess()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var browser = broker.Browser();

        // Act: Maja signs in on Tolvan's link
        var (_, callback) = await ToCallbackAsync(browser, invitation, ("identity", "person:maja"));
        var (page, document) = await ReturnAsync(browser, callback);
        var form = await browser.Http.GetAsync(invitation.Form());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("Inbjudan är till någon annan", document.QuerySelector("h1")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        var events = await EventsAsync(invitation);
        Assert.Contains(events, e => e.Type == AuditEventType.InvitationIdentificationFailed.Name && Reason(e.Payload) == "AnotherPerson");
        Assert.DoesNotContain(events, e => e.Type == AuditEventType.InvitationOpened.Name);
    }

    [Fact]
    public async Task ACancelledSignIn_SaysSo_Audited_WithoutAccess()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var browser = broker.Browser();

        // Act: "Avbryt" at the provider (access_denied)
        var (_, callback) = await ToCallbackAsync(browser, invitation, ("cancel", "1"));
        var (page, document) = await ReturnAsync(browser, callback);
        var form = await browser.Http.GetAsync(invitation.Form());

        // Assert
        Assert.Contains("error=access_denied", callback.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Inloggningen avbröts", document.QuerySelector("h1")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(await EventsAsync(invitation), e => e.Type == AuditEventType.InvitationSignInCancelled.Name);
    }

    [Fact]
    public async Task AnAnswerThatFailsItsChecks_AWrongNonce_SaysSo_Audited_WithoutAccess()
    {
        // Arrange: the request is changed on its way to the provider, so the id token carries another nonce
        var invitation = await _app.CreateMeetingAsync();
        var browser = broker.Browser();
        static Uri OtherNonce(Uri authorize) => new(System.Text.RegularExpressions.Regex.Replace(authorize.AbsoluteUri, "nonce=[^&]+", "nonce=en-annan"));

        // Act
        var (_, callback) = await ToCallbackAsync(browser, invitation, OtherNonce, ("identity", "person:tolvan"));
        var (page, document) = await ReturnAsync(browser, callback);
        var form = await browser.Http.GetAsync(invitation.Form());

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Inloggningen gick inte att slutföra", document.QuerySelector("h1")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        var events = await EventsAsync(invitation);
        Assert.Contains(events, e => e.Type == AuditEventType.InvitationSignInFailed.Name && Reason(e.Payload) == "Failed");
        Assert.DoesNotContain(events, e => e.Type == AuditEventType.InvitationOpened.Name);
    }

    [Theory]
    [InlineData("audience")]
    [InlineData("expired")]
    public async Task AnIdTokenForAnotherClient_OrExpired_SaysSo_Audited_WithoutAccess(string spoilt)
    {
        // Arrange: the broker issues the id token to another client, or one that ended an hour ago
        var invitation = await _app.CreateMeetingAsync();
        var browser = broker.Browser();
        var now = DateTimeOffset.UtcNow;
        broker.SpoilIdTokens = spoilt == "audience"
            ? principal => principal.SetAudiences("en-annan-klient")
            : principal => principal.SetCreationDate(now.AddHours(-2)).SetExpirationDate(now.AddHours(-1));

        // Act
        (HttpResponseMessage Response, IHtmlDocument Document) page;
        try
        {
            var (_, callback) = await ToCallbackAsync(browser, invitation, ("identity", "person:tolvan"));
            page = await ReturnAsync(browser, callback);
        }
        finally
        {
            broker.SpoilIdTokens = null;
        }

        var form = await browser.Http.GetAsync(invitation.Form());

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Inloggningen gick inte att slutföra", page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        var events = await EventsAsync(invitation);
        Assert.Contains(events, e => e.Type == AuditEventType.InvitationSignInFailed.Name && Reason(e.Payload) == "Failed");
        Assert.DoesNotContain(events, e => e.Type == AuditEventType.InvitationOpened.Name);
    }

    [Fact]
    public async Task AReplayedCallback_InTheSameOrAnotherBrowser_GetsNoAccess_AndIsAudited()
    {
        // Arrange: Tolvan signs in
        var invitation = await _app.CreateMeetingAsync();
        var browser = broker.Browser();
        var (_, callback) = await ToCallbackAsync(browser, invitation, ("identity", "person:tolvan"));
        await ReturnAsync(browser, callback);
        var stranger = broker.Browser();

        // Act: the same answer again, in her browser and in someone else's
        var (again, againDocument) = await ReturnAsync(browser, callback);
        var (elsewhere, elsewhereDocument) = await ReturnAsync(stranger, callback);
        var strangersForm = await stranger.Http.GetAsync(invitation.Form());

        // Assert
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Inloggningen kan inte användas igen", againDocument.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Equal("Inloggningen kan inte användas igen", elsewhereDocument.QuerySelector("h1")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, strangersForm.StatusCode);
        Assert.Equal(2, (await EventsAsync(invitation)).Count(e => e.Type == AuditEventType.InvitationSignInFailed.Name && Reason(e.Payload) == "Replayed"));
    }

    [Fact]
    public async Task AnInvitationThatExpiresDuringTheSignIn_SaysSo_Audited_WithoutAccess()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var browser = broker.Browser();
        var (_, callback) = await ToCallbackAsync(browser, invitation, ("identity", "person:tolvan"));
        using (var scope = _app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var past = _app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            await db.Invitations.Where(i => i.Id == invitation.InvitationId).ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresUtc, past));
        }

        // Act
        var (page, document) = await ReturnAsync(browser, callback);
        var form = await browser.Http.GetAsync(invitation.Form());

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Inbjudan gäller inte längre", document.QuerySelector("h1")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        var events = await EventsAsync(invitation);
        Assert.Contains(events, e => e.Type == AuditEventType.InvitationSignInFailed.Name && Reason(e.Payload) == "InvitationExpired");
        Assert.DoesNotContain(events, e => e.Type == AuditEventType.InvitationOpened.Name);
    }

    [Fact]
    public async Task TheInvitationPage_TheSignedInPage_AndARefusal_PassTheNuHtmlChecker()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var browser = broker.Browser();
        var start = await (await browser.Http.GetAsync(invitation.Link)).Content.ReadAsStringAsync();
        var (_, callback) = await ToCallbackAsync(browser, invitation, ("identity", "person:tolvan"));
        var handled = await browser.Http.GetAsync(callback);

        // Act
        var done = await (await browser.Http.GetAsync(handled.Headers.Location)).Content.ReadAsStringAsync();
        var replayed = await (await browser.Http.GetAsync(handled.Headers.Location)).Content.ReadAsStringAsync();
        var errors = await Portal.TestSupport.HtmlChecker.ErrorsAsync(new Dictionary<string, string> { ["start"] = start, ["done"] = done, ["replayed"] = replayed });

        // Assert
        Assert.Contains("Logga in med e-legitimation", start, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task TheStartUpLog_NamesTheBroker()
    {
        // Arrange
        using var http = _app.CreateClient();

        // Act
        await http.GetAsync("/");

        // Assert
        Assert.Contains(_app.Logs.Lines, m => m.Contains("e-legitimation through the OpenID Connect broker", StringComparison.Ordinal)
            && m.Contains(PortalAppFactory.PublicBaseUrl, StringComparison.Ordinal));
    }
}

/// <summary>In Production the typed personnummer is off unless a setting turns it on on purpose; the log says which is used.</summary>
public sealed class TypedPersonnummerInProductionTests
{
    [Fact]
    public void Production_WithoutABroker_AndWithoutTheSetting_DoesNotStart()
    {
        // Arrange
        using var app = new PortalAppFactory();
        app.Settings["CitizenIdentification:AllowTypedPersonnummer"] = null;

        // Act
        var failure = Record.Exception(() => app.CreateClient());

        // Assert
        Assert.Contains("CitizenIdentification:AllowTypedPersonnummer", failure?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithTheSetting_TypesThePersonnummer_AndTheLogSaysSo()
    {
        // Arrange
        using var app = new PortalAppFactory();
        var invitation = await app.CreateMeetingAsync();

        // Act
        var (_, document) = await new FormClient(app.CreateBrowserLikeClient()).GetAsync(invitation.Link);

        // Assert
        Assert.NotNull(document.QuerySelector("input[name=Personnummer]"));
        Assert.Contains(app.Logs.Lines, m => m.Contains("typed personnummer", StringComparison.Ordinal));
    }
}
