using System.Net;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;

namespace Portal.IntegrationTests.Pages.Staff.AfMeetings;

/// <summary>The person's consent page on their link (issue 18): a plain form, until the meeting starts, in Swedish, English and lättläst.</summary>
public sealed class AfConsentPageTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Invitation_LinksToTheConsentPage_WhichShowsTheStateAndSavesAChoice()
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync();
        var citizen = await _app.SignInAsync(invitation);

        // Act
        var (_, start) = await citizen.GetAsync(invitation.Form("/inbjudan"));
        var (_, before) = await citizen.GetAsync(invitation.Form("/inbjudan/samtycke"));
        var saved = await citizen.SubmitAsync(before, invitation.Form("/inbjudan/samtycke"), ("Choice", "ja"));
        var (_, after) = await citizen.GetAsync(FormClient.Location(saved)!);

        // Assert
        Assert.NotNull(start.QuerySelector($"main a[href='{invitation.Form("/inbjudan/samtycke")}']"));
        Assert.Equal("not-answered", start.QuerySelector("[data-consent-state]")!.GetAttribute("data-consent-state"));
        Assert.Equal("Dela dina svar med Arbetsförmedlingen", before.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(before.QuerySelectorAll("script"));
        Assert.Equal("given", after.QuerySelector("[data-consent-state]")!.GetAttribute("data-consent-state"));
        Assert.NotNull(after.QuerySelector("[data-consent-saved]"));
        Assert.Contains("Ändrat måndag 23 november 2026 kl. 10.00.", after.QuerySelector("[data-consent-state]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("checked", after.QuerySelector("#choice-yes")!.GetAttribute("checked") is null ? null : "checked");
        var changed = Assert.Single(await _app.EventsAsync(invitation.MeetingId, AuditEventType.AfConsentChanged));
        Assert.Equal("citizen:" + invitation.InvitationId, changed.Actor);
    }

    [Fact]
    public async Task NoChoice_GivesASwedishError_AndChangesNothing()
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync();
        var citizen = await _app.SignInAsync(invitation);

        // Act
        var response = await citizen.SubmitAsync(invitation.Form("/inbjudan/samtycke"));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Välj ja eller nej.", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AfConsent.NotAnswered, (await _app.MeetingAsync(invitation.MeetingId)).AfConsent);
    }

    [Fact]
    public async Task AfterTheMeetingStarts_TheChoiceCanNoLongerChange()
    {
        // Arrange: yes, then the meeting starts
        var invitation = await _app.CreateAfMeetingAsync(startsIn: TimeSpan.FromMinutes(20));
        var citizen = await _app.SignInAsync(invitation);
        var (_, form) = await citizen.GetAsync(invitation.Form("/inbjudan/samtycke"));
        await citizen.SubmitAsync(form, invitation.Form("/inbjudan/samtycke"), ("Choice", "ja"));
        _app.Clock.Advance(TimeSpan.FromMinutes(21));

        // Act
        var refused = await citizen.SubmitAsync(form, invitation.Form("/inbjudan/samtycke"), ("Choice", "nej"));
        var (_, page) = await citizen.GetAsync(invitation.Form("/inbjudan/samtycke"));

        // Assert
        Assert.Equal(invitation.Form("/inbjudan/samtycke"), FormClient.Location(refused));
        Assert.Equal(AfConsent.Given, (await _app.MeetingAsync(invitation.MeetingId)).AfConsent);
        Assert.NotNull(page.QuerySelector("[data-consent-closed]"));
        Assert.Empty(page.QuerySelectorAll("input[name=Choice]"));
    }

    [Theory]
    [InlineData("en", "Share your answers with Arbetsförmedlingen", "Yes, Arbetsförmedlingen may read my answers")]
    [InlineData("lattlast", "Får Arbetsförmedlingen läsa dina svar?", "Det är okej att säga nej.")]
    public async Task ConsentPage_InEnglishAndLattlast(string lang, string heading, string text)
    {
        // Arrange
        var invitation = await _app.CreateAfMeetingAsync();
        var citizen = await _app.SignInAsync(invitation);

        // Act
        var (_, page) = await citizen.GetAsync("/" + lang + invitation.Form("/inbjudan/samtycke"));
        var saved = await citizen.SubmitAsync(page, "/" + lang + invitation.Form("/inbjudan/samtycke"), ("Choice", "nej"));

        // Assert
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(text, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/" + lang + invitation.Form("/inbjudan/samtycke") + "?klart=sparat", FormClient.Location(saved));
        Assert.Equal(AfConsent.Refused, (await _app.MeetingAsync(invitation.MeetingId)).AfConsent);
    }

    [Fact]
    public async Task Kontaktmote_HasNoConsentPage()
    {
        // Arrange: a kontaktmöte (AF does not take part)
        var invitation = await _app.CreateMeetingAsync();
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services))
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Portal.Web.Platform.Data.PortalDbContext>(scope.ServiceProvider);
            (await db.Meetings.FindAsync(invitation.MeetingId))!.Type = MeetingTypes.Kontaktmote;
            await db.SaveChangesAsync();
        }

        var citizen = await _app.SignInAsync(invitation);

        // Act
        var response = await citizen.Http.GetAsync(invitation.Form("/inbjudan/samtycke"));
        var (_, start) = await citizen.GetAsync(invitation.Form("/inbjudan"));

        // Assert
        Assert.Equal(invitation.Form("/inbjudan"), FormClient.Location(response));
        Assert.Null(start.QuerySelector("[data-consent-state]"));
    }
}
