using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.DevIdentityProvider;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Pages.Staff;

/// <summary>
/// The app with the agency's single sign-on configured and local accounts off, and the stand-in identity provider (the
/// same app) as the identity service. Its group for Uppföljning is left out of the role map on purpose.
/// </summary>
public sealed class SsoApp : IDisposable
{
    public PortalAppFactory App { get; } = StandInProvider.App(StaffSso.Scheme, new Dictionary<string, string?>
    {
        ["StaffSso:Authority"] = PortalAppFactory.PublicBaseUrl,
        ["StaffSso:ClientId"] = "portal-personal",
        ["StaffSso:Scopes:0"] = "profile",
        ["StaffSso:Scopes:1"] = "groups",
        ["StaffSso:Roles:grupp-handlaggare"] = StaffRoles.Handlaggare,
        ["StaffSso:Roles:grupp-redaktor"] = StaffRoles.Redaktor,
        ["StaffSso:Roles:grupp-administrator"] = StaffRoles.Administrator,
        ["StaffSso:Roles:grupp-handlaggare-pa-arbetsformedlingen"] = StaffRoles.AfHandlaggare,
        ["StaffSignIn:LocalAccounts"] = "false",
    });

    public FormClient Browser() => StandInProvider.Browser(App);

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Issue 16: staff sign in through the agency's single sign-on; the roles come from the group claim on every sign-in
/// (a removed group is a removed role; no mapped group, no sign-in); local accounts can be off; signing out ends the
/// identity service's session too.
/// </summary>
public sealed class StaffSsoTests(SsoApp sso) : IClassFixture<SsoApp>
{
    private const string SignInPage = "/personal/logga-in";
    private const string MeetingsPage = "/handlaggare/moten";
    private readonly PortalAppFactory _app = sso.App;

    /// <summary>"Logga in med myndighetens inloggning", the choice at the stand-in, and its answer to the callback.</summary>
    private static async Task<HttpResponseMessage> ThroughProviderAsync(FormClient browser, params (string Name, string Value)[] choice)
    {
        var challenge = await browser.SubmitAsync(SignInPage);
        Assert.Equal(HttpStatusCode.Found, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("nonce=", authorize.Query, StringComparison.Ordinal);
        var (_, choicePage) = await browser.GetAsync(authorize.AbsoluteUri);
        var back = await browser.SubmitAsync(choicePage, authorize.AbsoluteUri, choice);
        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        var handled = await browser.Http.GetAsync(back.Headers.Location);
        Assert.Equal(HttpStatusCode.Found, handled.StatusCode);
        return handled;
    }

    /// <summary>A refused sign-in as a stand-in staff member: where the portal sent the browser, and the sign-in page it shows there.</summary>
    private static async Task<(string Location, IHtmlDocument Page)> RefusedAsync(FormClient browser, string userName)
    {
        var handled = await ThroughProviderAsync(browser, ("identity", "staff:" + userName));
        var refused = await browser.Http.GetAsync(handled.Headers.Location);
        var location = refused.Headers.Location!.OriginalString;
        var (page, document) = await browser.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (location, document);
    }

    /// <summary>Signs in as a stand-in staff member and follows the page's link; returns the signed-in page.</summary>
    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SignInAsync(FormClient browser, string userName)
    {
        var handled = await ThroughProviderAsync(browser, ("identity", "staff:" + userName));
        var (page, document) = await browser.GetAsync(handled.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (page, document);
    }

    private async Task<List<(string Type, string Payload)>> EventsAsync(string userName)
    {
        using var scope = _app.Services.CreateScope();
        var id = (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName))!.Id;
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.AuditEvents.Where(e => e.SubjectId == id).Select(e => new { e.EventType, e.PayloadJson }).ToListAsync())
            .Select(e => (e.EventType, e.PayloadJson)).ToList();
    }

    private async Task<IList<string>> RolesAsync(string userName)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    }

    [Fact]
    public async Task ADemoHandlaggare_SignsInThroughSingleSignOn_AndReachesTheirMeetings()
    {
        // Arrange
        var browser = sso.Browser();

        // Act
        var (_, document) = await SignInAsync(browser, "bo.handlaggare");
        var start = await browser.Http.GetAsync(document.QuerySelector("main a.button")!.GetAttribute("href"));
        var meetings = await browser.Http.GetAsync(MeetingsPage);
        var admin = await browser.Http.GetAsync("/admin/konton");

        // Assert
        Assert.Equal("Du är inloggad", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(HttpStatusCode.OK, meetings.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains(await EventsAsync("bo.handlaggare"), e => e.Type == AuditEventType.StaffSignedIn.Name && e.Payload.Contains("\"sso\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARoleWhoseGroupIsGone_IsRemovedAtTheNextSignIn()
    {
        // Arrange: Anna has Administratör in the portal, but the identity service no longer sends its group
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.AddToRoleAsync((await users.FindByNameAsync("anna.handlaggare"))!, StaffRoles.Administrator);
        }

        var browser = sso.Browser();

        // Act
        await SignInAsync(browser, "anna.handlaggare");
        var admin = await browser.Http.GetAsync("/admin/konton");

        // Assert
        Assert.Equal([StaffRoles.Handlaggare], await RolesAsync("anna.handlaggare"));
        Assert.NotEqual(HttpStatusCode.OK, admin.StatusCode);
        var change = (await EventsAsync("anna.handlaggare")).Single(e => e.Type == AuditEventType.StaffRolesChanged.Name);
        Assert.Equal(StaffRoles.Administrator, JsonDocument.Parse(change.Payload).RootElement.GetProperty("Removed")[0].GetString());
    }

    [Fact]
    public async Task AStaffMemberWithNoMappedGroup_IsNotSignedIn_IsToldWhy_AndItIsAudited()
    {
        // Arrange
        var browser = sso.Browser();

        // Act: Filip's only group (Uppföljning) is not in the role map
        var (location, document) = await RefusedAsync(browser, "filip.uppfoljning");
        var followUp = await browser.Http.GetAsync("/uppfoljning");

        // Assert
        Assert.Equal(SignInPage + "?sso=ingen-behorighet", location);
        Assert.Contains("Du har ingen behörighet i portalen", document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, followUp.StatusCode);
        Assert.Empty(await RolesAsync("filip.uppfoljning"));
        Assert.Contains(await EventsAsync("filip.uppfoljning"), e => e.Type == AuditEventType.StaffSignInFailed.Name && e.Payload.Contains("NoRole", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupsGivingBothAgenciesHandlaggareRoles_AreRefused_WithAClearPage_AndAudited_NewOrExistingAccount()
    {
        // Arrange: the stand-in's Tove is in both the FK and the AF handläggare group, and has no account yet
        var browser = sso.Browser();

        // Act
        var (location, document) = await RefusedAsync(browser, "tva.myndigheter");
        var meetings = await browser.Http.GetAsync(MeetingsPage);
        var afMeetings = await browser.Http.GetAsync("/af/moten");

        // Assert: no account is made, nobody is signed in, and the refusal is audited with its reason
        Assert.Equal(SignInPage + "?sso=" + StaffSso.Reasons.MixedAgencies, location);
        Assert.Contains("både rollen Handläggare på Försäkringskassan och rollen Handläggare på Arbetsförmedlingen", document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, meetings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afMeetings.StatusCode);
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            Assert.Null(await users.FindByNameAsync("tva.myndigheter"));
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == AuditEventType.StaffSignInFailed.Name && e.SubjectId == "okant-konto" && e.PayloadJson.Contains("MixedAgencies")));

            // Arrange again: she has a local FK account of the same user name
            await DemoStaff.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            var user = new StaffUser { UserName = "tva.myndigheter", DisplayName = "Tove Tvåroll", CreatedUtc = _app.Clock.GetUtcNow().UtcDateTime };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, StaffRoles.Handlaggare)).Succeeded);
        }

        // Act again
        var second = sso.Browser();
        var (locationAgain, _) = await RefusedAsync(second, "tva.myndigheter");

        // Assert: refused the same way; the account keeps its roles, and the refusal is audited on it
        Assert.Equal(SignInPage + "?sso=" + StaffSso.Reasons.MixedAgencies, locationAgain);
        Assert.Equal(HttpStatusCode.Redirect, (await second.Http.GetAsync(MeetingsPage)).StatusCode);
        Assert.Equal([StaffRoles.Handlaggare], await RolesAsync("tva.myndigheter"));
        var events = await EventsAsync("tva.myndigheter");
        Assert.Contains(events, e => e.Type == AuditEventType.StaffSignInFailed.Name && e.Payload.Contains("MixedAgencies", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == AuditEventType.StaffRolesChanged.Name || e.Type == AuditEventType.StaffSignedIn.Name);
    }

    [Fact]
    public async Task ACancelledSignIn_SaysSo_AndSignsNobodyIn()
    {
        // Arrange
        var browser = sso.Browser();

        // Act
        var handled = await ThroughProviderAsync(browser, ("cancel", "1"));
        var (_, document) = await browser.GetAsync(handled.Headers.Location!.OriginalString);
        var meetings = await browser.Http.GetAsync(MeetingsPage);

        // Assert
        Assert.Contains("Inloggningen avbröts", document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, meetings.StatusCode);
    }

    [Fact]
    public async Task WithLocalAccountsOff_ThePageOffersNoPassword_AndAPostedPasswordIsRefused()
    {
        // Arrange
        var browser = sso.Browser();

        // Act
        var (_, document) = await browser.GetAsync(SignInPage);
        var posted = await browser.PostToAsync(SignInPage, SignInPage, ("UserName", StaffTestData.Admin.UserName), ("Password", StaffTestData.Admin.Password));
        var admin = await browser.Http.GetAsync("/admin/konton");

        // Assert
        Assert.Null(document.QuerySelector("input[name=Password]"));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task SigningOut_EndsThePortalSession_AndTheProviderSession()
    {
        // Arrange
        var browser = sso.Browser();
        await SignInAsync(browser, "cecilia.teamledare");

        // Act
        var signedOut = await browser.SubmitAsync("/personal/logga-ut");
        var provider = await browser.Http.GetAsync(signedOut.Headers.Location);
        var callback = await browser.Http.GetAsync(provider.Headers.Location);
        var meetings = await browser.Http.GetAsync(MeetingsPage);

        // Assert: to the provider's end-session endpoint, back through the signed-out callback, to the sign-in page
        Assert.Equal(PortalAppFactory.PublicBaseUrl + "/connect/logout", signedOut.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Contains("post_logout_redirect_uri=", signedOut.Headers.Location.Query, StringComparison.Ordinal);
        Assert.Equal("/signout-callback-sso", provider.Headers.Location!.AbsolutePath);
        Assert.Equal(SignInPage + "?utloggad=true", callback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, meetings.StatusCode);
    }

    [Fact]
    public async Task TheSignInPage_AndTheSignedInPage_PassTheNuHtmlChecker()
    {
        // Arrange
        var browser = sso.Browser();
        var signIn = await (await browser.Http.GetAsync(SignInPage + "?sso=ingen-behorighet")).Content.ReadAsStringAsync();

        // Act
        var (page, _) = await SignInAsync(browser, "david.redaktor");
        var errors = await Portal.TestSupport.HtmlChecker.ErrorsAsync(new Dictionary<string, string> { ["sign-in"] = signIn, ["signed-in"] = await page.Content.ReadAsStringAsync() });

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}

/// <summary>Local accounts can only be turned off where single sign-on is configured, or nobody could sign in.</summary>
public sealed class LocalAccountsOffWithoutSsoTests
{
    [Fact]
    public void LocalAccountsOff_WithoutSingleSignOn_DoesNotStart()
    {
        // Arrange
        using var app = new PortalAppFactory();
        app.Settings["StaffSignIn:LocalAccounts"] = "false";

        // Act
        var failure = Record.Exception(() => app.CreateClient());

        // Assert
        Assert.Contains("StaffSignIn:LocalAccounts=false", failure?.ToString() ?? "", StringComparison.Ordinal);
    }
}
