using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>A person can only ever reach their own invitation, and only while it is valid.</summary>
public sealed class InvitationAccessTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static readonly string[] FormPaths = ["", "/steg/motet", "/steg/situation", "/kontrollera", "/klart", "/mina-svar", "/lasningar", "/radera"];

    [Fact]
    public async Task SignedInCitizen_CannotReachAnyOtherInvitation_ByIdOrToken()
    {
        // Arrange: three invitations, two with answers
        var mine = await _app.CreateMeetingAsync();
        var others = new[]
        {
            await _app.CreateMeetingAsync(QuestionnaireTestData.Maja, name: "Maja Testsson"),
            await _app.CreateMeetingAsync(QuestionnaireTestData.Maja, name: "Maja Testsson"),
        };
        var other = await _app.SignInAsync(others[0], QuestionnaireTestData.Maja);
        await other.SubmitAsync(others[0].Form("/steg/motet"), ("kanal", "telefon"), ("tolk", "ja"), ("tolk-sprak", "tigrinja"), ("shown", "kanal,tolk,tolk-sprak,tillganglighet,ta-med"));
        var client = await _app.SignInAsync(mine);

        // Act & Assert: every page of every other invitation, by GET and POST
        foreach (var target in others)
        {
            foreach (var path in FormPaths)
            {
                using var get = await client.Http.GetAsync(target.Form(path));
                Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
                Assert.Equal("/formular/lanken-fungerar-inte?reason=inte-din", FormClient.Location(get));
                var body = await get.Content.ReadAsStringAsync();
                Assert.DoesNotContain("tigrinja", body, StringComparison.Ordinal);
                Assert.DoesNotContain("Maja", body, StringComparison.Ordinal);
            }

            // Another person's token still asks for that person's personnummer; mine does not open it.
            var viaToken = await client.SubmitAsync(target.Link, ("Personnummer", mine.Personnummer));
            Assert.Equal(HttpStatusCode.OK, viaToken.StatusCode);
            Assert.Contains("stämmer inte", (await PortalAppFactory.ParseAsync(viaToken)).QuerySelector(".label__message--error")?.TextContent, StringComparison.Ordinal);
        }

        var (notYours, notYoursPage) = await client.GetAsync("/formular/lanken-fungerar-inte?reason=inte-din");
        Assert.Equal(HttpStatusCode.Forbidden, notYours.StatusCode);
        Assert.Equal("Du kan inte öppna det här formuläret", notYoursPage.QuerySelector("h1")?.TextContent);

        // Posting into another person's form changes nothing.
        using var post = await client.Http.PostAsync(others[0].Form("/steg/motet"), new FormUrlEncodedContent([new("kanal", "pa-plats"), new("revision", "1")]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        using var scope = _app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
        Assert.Equal("telefon", service.Answers(await service.FindAsync(others[0].MeetingId)).One("kanal"));
    }

    [Fact]
    public async Task NotSignedIn_FormPagesSendThePersonBackToTheirLink()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        using var client = _app.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync(invitation.Form("/steg/motet"));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/formular/lanken-fungerar-inte?reason=utloggad", FormClient.Location(response));
    }

    [Theory]
    [InlineData("/mote/kort")]
    [InlineData("/mote/finns-inte-men-ar-tillrackligt-lang-for-att-se-ut-som-en-token")]
    [InlineData("/mote/%3Cscript%3E")]
    public async Task UnknownOrMalformedToken_GivesTheClearLinkPage(string path)
    {
        // Arrange
        var client = new FormClient(_app.CreateBrowserLikeClient());

        // Act
        using var response = await client.Http.GetAsync(path);
        var (page, document) = await client.GetAsync(FormClient.Location(response)!);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Länken fungerar inte", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task FiveWrongPersonnummer_LockTheLinkFor30Minutes()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = new FormClient(_app.CreateBrowserLikeClient());

        var (_, form) = await client.GetAsync(invitation.Link);

        // Act
        var messages = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.SubmitAsync(form, invitation.Link, ("Personnummer", QuestionnaireTestData.Maja));
            messages.Add((await PortalAppFactory.ParseAsync(response)).QuerySelector(".label__message--error, .message-box--error")?.TextContent.Trim());
        }

        var rightButLocked = await client.SubmitAsync(form, invitation.Link, ("Personnummer", invitation.Personnummer));
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        var afterLock = await client.SubmitAsync(invitation.Link, ("Personnummer", invitation.Personnummer));

        // Assert
        Assert.Contains("4 försök kvar", messages[0], StringComparison.Ordinal);
        Assert.Contains("1 försök kvar", messages[3], StringComparison.Ordinal);
        Assert.Contains("låst en stund", messages[4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
        Assert.Contains("låst", await rightButLocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterLock.StatusCode);
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.InvitationLocked.Name));
    }

    [Fact]
    public async Task TwentyParallelWrongPersonnummer_CompareAtMostFive_LockTheLink_AuditEach_AndNever500()
    {
        // Arrange: twenty clients, each with the form loaded
        var invitation = await _app.CreateMeetingAsync();
        var clients = new List<(FormClient Client, AngleSharp.Html.Dom.IHtmlDocument Form)>();
        for (var i = 0; i < 20; i++)
        {
            var client = new FormClient(_app.CreateBrowserLikeClient());
            clients.Add((client, (await client.GetAsync(invitation.Link)).Document));
        }

        // Act
        var responses = await Task.WhenAll(clients.Select(c => c.Client.SubmitAsync(c.Form, invitation.Link, ("Personnummer", QuestionnaireTestData.Maja))));
        var right = await clients[0].Client.SubmitAsync(clients[0].Form, invitation.Link, ("Personnummer", invitation.Personnummer));

        // Assert: five compared (four wrong, the fifth locks), the rest refused unchecked, each in the audit log
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var events = await db.AuditEvents.Where(e => e.SubjectId == invitation.MeetingId.ToString() && e.EventType != AuditEventType.MeetingCreated.Name)
            .Select(e => e.EventType).ToListAsync();
        Assert.Equal(5, events.Count(e => e == AuditEventType.InvitationIdentificationFailed.Name));
        Assert.Equal(1, events.Count(e => e == AuditEventType.InvitationLocked.Name));
        Assert.Equal(16, events.Count(e => e == AuditEventType.InvitationRefusedWhileLocked.Name));
    }

    [Fact]
    public async Task RepeatedLocks_LastLonger_SoGuessesADayAreBounded()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = new FormClient(_app.CreateBrowserLikeClient());
        var (_, form) = await client.GetAsync(invitation.Link);
        async Task FiveWrongAsync()
        {
            for (var i = 0; i < 5; i++)
            {
                await client.SubmitAsync(form, invitation.Link, ("Personnummer", QuestionnaireTestData.Maja));
            }
        }

        // Act: a first lock (30 min), then a second run of five wrong numbers
        await FiveWrongAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        await FiveWrongAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        var stillLocked = await client.SubmitAsync(form, invitation.Link, ("Personnummer", invitation.Personnummer));
        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        var open = await client.SubmitAsync(form, invitation.Link, ("Personnummer", invitation.Personnummer));

        // Assert: the second lock lasts an hour; the counter did not start a fresh five after the first
        Assert.Equal(HttpStatusCode.OK, stillLocked.StatusCode);
        Assert.Contains("låst", (await PortalAppFactory.ParseAsync(stillLocked)).QuerySelector(".message-box--error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
    }

    [Theory]
    [InlineData("12345", "12 siffror")]
    [InlineData("19121212-1213", "stämmer inte")]
    [InlineData("", "Skriv ditt personnummer.")]
    public async Task BadPersonnummerFormat_ExplainsWithoutUsingUpATry(string input, string expected)
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = new FormClient(_app.CreateBrowserLikeClient());

        // Act
        var response = await client.SubmitAsync(invitation.Link, ("Personnummer", input));
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Contains(expected, document.QuerySelector(".label__message--error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(input, document.GetElementById("personnummer")?.GetAttribute("value") ?? "");
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(0, (await db.Invitations.SingleAsync()).FailedAttempts);
    }

    [Fact]
    public async Task AfterTheMeeting_TheLinkStopsWorking()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync(startsIn: TimeSpan.FromHours(30));
        var client = await _app.SignInAsync(invitation);

        // Act
        _app.Clock.Advance(TimeSpan.FromHours(43));
        using var link = await client.Http.GetAsync(invitation.Link);
        using var form = await client.Http.GetAsync(invitation.Form());

        // Assert
        Assert.Equal("/formular/lanken-fungerar-inte", FormClient.Location(link));
        Assert.StartsWith("/formular/lanken-fungerar-inte", FormClient.Location(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTheCutOff_AnswersAreReadOnly()
    {
        // Arrange: the meeting is in 30 hours, the cut-off 24 hours before
        var invitation = await _app.CreateMeetingAsync(startsIn: TimeSpan.FromHours(30));
        var client = await _app.SignInAsync(invitation);
        await client.SubmitAsync(invitation.Form("/steg/motet"), ("kanal", "video"), ("shown", "kanal,tolk,tillganglighet,ta-med"));
        var (_, page) = await client.GetAsync(invitation.Form("/steg/motet"));

        // Act: seven hours later the person opens the link again
        _app.Clock.Advance(TimeSpan.FromHours(7));
        await _app.SignInAsync(invitation, reuse: client);
        using var section = await client.Http.GetAsync(invitation.Form("/steg/motet"));
        var late = await client.SubmitAsync(page, invitation.Form("/steg/motet"), ("kanal", "telefon"));
        var (_, index) = await client.GetAsync(invitation.Form());
        var (_, deletePage) = await client.GetAsync(invitation.Form("/radera"));

        // Assert
        Assert.Equal(invitation.Form(), FormClient.Location(section));
        Assert.Equal(invitation.Form(), FormClient.Location(late));
        Assert.Null(deletePage.QuerySelector("main form"));
        Assert.Contains("kan inte längre ändra", index.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var scope = _app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
        Assert.Equal("video", service.Answers(await service.FindAsync(invitation.MeetingId)).One("kanal"));
    }

    [Fact]
    public async Task LoggaUt_OnTheQuestionnaire_EndsTheSession()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var (_, index) = await client.GetAsync(invitation.Form());
        var token = index.QuerySelector("form.citizen-signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // Act
        using var signOut = await client.Http.PostAsync(index.QuerySelector("form.citizen-signout")!.GetAttribute("action"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        using var afterwards = await client.Http.GetAsync(invitation.Form("/steg/motet"));

        // Assert
        Assert.Equal("/formular/lanken-fungerar-inte?reason=utloggad", FormClient.Location(signOut));
        Assert.Equal("/formular/lanken-fungerar-inte?reason=utloggad", FormClient.Location(afterwards));
    }

    [Fact]
    public async Task Submitting_ShowsTheConfirmation_ThenTheSessionHasEnded()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await QuestionnaireJourneyTests.AnswerEverythingAsync(client, invitation);
        await client.SubmitAsync(invitation.Form("/kontrollera"));

        // Act
        var (confirmation, page) = await client.GetAsync(invitation.Form("/klart"));
        using var answers = await client.Http.GetAsync(invitation.Form("/mina-svar"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Matches("FM-[A-Z0-9]{4}-[A-Z0-9]{4}", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Du är nu utloggad", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/formular/lanken-fungerar-inte?reason=utloggad", FormClient.Location(answers));
    }

    [Fact]
    public async Task ThePersonDeletesTheirAnswers_NothingIsKept()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await client.SubmitAsync(invitation.Form("/steg/motet"), ("kanal", "video"), ("shown", "kanal,tolk,tillganglighet,ta-med"));

        // Act
        var response = await client.SubmitAsync(invitation.Form("/radera"));
        var done = await PortalAppFactory.ParseAsync(response);
        using var afterwards = await client.Http.GetAsync(invitation.Form());

        // Assert: the confirmation is shown, and the session ended with it
        Assert.Equal("Dina svar är raderade", done.QuerySelector("h1")?.TextContent);
        Assert.Contains("Du är nu utloggad", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/formular/lanken-fungerar-inte?reason=utloggad", FormClient.Location(afterwards));
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Empty(await db.QuestionnaireResponses.ToListAsync());
        Assert.Empty(await db.ResponseSubmissions.ToListAsync());
        Assert.Single(await db.Meetings.ToListAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.QuestionnaireDeletedByPerson.Name));
    }

    [Fact]
    public async Task RetentionJob_DeletesMeetingsAndAnswersAfter30Days_AndNothingEarlier()
    {
        // Arrange
        var old = await _app.CreateMeetingAsync(startsIn: TimeSpan.FromDays(2));
        var client = await _app.SignInAsync(old);
        await client.SubmitAsync(old.Form("/steg/motet"), ("kanal", "video"), ("shown", "kanal,tolk,tillganglighet,ta-med"));
        await client.SubmitAsync(old.Form("/kontrollera"));
        var later = await _app.CreateMeetingAsync(startsIn: TimeSpan.FromDays(20));
        var job = _app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<RetentionJob>().Single();

        // Act
        _app.Clock.Advance(TimeSpan.FromDays(31));
        var notYet = await job.RunOnceAsync();
        _app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var deleted = await job.RunOnceAsync();
        var again = await job.RunOnceAsync();

        // Assert
        Assert.Equal((0, 1, 0), (notYet, deleted, again));
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal([later.MeetingId], await db.Meetings.Select(m => m.Id).ToListAsync());
        Assert.Empty(await db.QuestionnaireResponses.ToListAsync());
        Assert.Empty(await db.ResponseSubmissions.ToListAsync());
        Assert.Single(await db.Invitations.ToListAsync());
        var audit = await db.AuditEvents.SingleAsync(e => e.EventType == AuditEventType.MeetingDeletedByRetention.Name);
        Assert.Equal(old.MeetingId.ToString(), audit.SubjectId);
    }
}
