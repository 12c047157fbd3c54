using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>Issue 17: the invitation after identification, the three answers, changing one's mind, the cut-off, the page for those who decline.</summary>
public sealed class InvitationAnswerTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = _app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private Task<Invitation> InvitationAsync(TestInvitation invitation) =>
        WithDbAsync(db => db.Invitations.AsNoTracking().Include(i => i.Meeting).SingleAsync(i => i.Id == invitation.InvitationId));

    [Fact]
    public async Task Identify_ShowsTheMeetingAndThreeAnswers_NoneChosen()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var (response, page) = await client.GetAsync(invitation.Form("/inbjudan"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Din inbjudan", page.QuerySelector("h1")!.TextContent.Trim());
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("omställningsmöte", main, StringComparison.Ordinal);
        Assert.Contains("Mötet är frivilligt", main, StringComparison.Ordinal);
        Assert.Contains("Vilka är med", main, StringComparison.Ordinal);
        var radios = page.QuerySelectorAll("input[name=Answer]");
        Assert.Equal(["kommer", "annan-tid", "vill-inte"], radios.Select(r => r.GetAttribute("value")!).ToArray());
        Assert.DoesNotContain(radios, r => r.HasAttribute("checked"));
    }

    [Fact]
    public async Task Send_WithoutChoosing_ShowsAnErrorAndStoresNothing()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var response = await client.SubmitAsync(invitation.Form("/inbjudan"));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Välj ett av svaren.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await InvitationAsync(invitation)).Answer);
    }

    [Fact]
    public async Task Coming_LeadsToTheQuestionnaire_WithTheMeetingsCalendarFile_WithoutPersonalData()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var answer = await client.SubmitAsync(invitation.Form("/inbjudan"), ("Answer", "kommer"));
        var (_, start) = await client.GetAsync(FormClient.Location(answer)!);
        var calendarLink = start.QuerySelector("[data-answer=kommer] a[download]")!.GetAttribute("href")!;
        using var calendar = await client.Http.GetAsync(calendarLink);
        var ics = await calendar.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(invitation.Form(), FormClient.Location(answer));
        Assert.Contains("Tack! Du har svarat att du kommer.", start.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        var stored = await InvitationAsync(invitation);
        Assert.Equal(InvitationAnswers.Coming, stored.Answer);
        Assert.Contains("DTSTART:" + stored.Meeting!.StartsAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture), ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("Tolvan", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("19121212", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("121212", ics, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.InvitationAnswered.Name && e.SubjectId == invitation.MeetingId.ToString())));
    }

    [Fact]
    public async Task Decline_WithReasonAndOwnWords_StoresThemEncrypted_AndShowsThePageOfTheirOwn()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var choose = await client.SubmitAsync(invitation.Form("/inbjudan"), ("Answer", "vill-inte"));
        var decline = await client.SubmitAsync(FormClient.Location(choose)!, ("Reason", DeclineReasons.BackAtEmployer), ("ReasonText", "Jag börjar på mitt gamla jobb i januari."));
        var (_, own) = await client.GetAsync(FormClient.Location(decline)!);

        // Assert
        Assert.Equal(invitation.Form("/inbjudan/tacka-nej"), FormClient.Location(choose));
        Assert.Equal(invitation.Form("/utan-mote"), FormClient.Location(decline));
        var main = own.QuerySelector("main")!.TextContent;
        Assert.Contains("Det ändrar ingenting i Försäkringskassans beslut.", main, StringComparison.Ordinal);
        Assert.Contains("Du kan ändra ditt svar fram till", main, StringComparison.Ordinal);
        Assert.Contains("Checklista", main, StringComparison.Ordinal);
        Assert.Equal("/sgi-koll", own.QuerySelector("[data-sgi-check]")!.GetAttribute("href"));
        Assert.Contains(own.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/jag-har-kvar-min-anstallning");
        Assert.Contains(own.QuerySelectorAll("a"), a => a.GetAttribute("href") == invitation.Form());
        var stored = await InvitationAsync(invitation);
        Assert.Equal(InvitationAnswers.Declined, stored.Answer);
        Assert.Equal(DeclineReasons.BackAtEmployer, stored.DeclineReason);
        Assert.DoesNotContain("januari", stored.DeclineTextProtected, StringComparison.Ordinal);
        var audit = await WithDbAsync(db => db.AuditEvents.Where(e => e.EventType == AuditEventType.InvitationAnswered.Name).Select(e => e.PayloadJson).SingleAsync());
        Assert.Contains(DeclineReasons.BackAtEmployer, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("januari", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_TooLongOwnWords_KeepsWhatWasWrittenWithAClearMessage()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var response = await client.SubmitAsync(invitation.Form("/inbjudan/tacka-nej"), ("ReasonText", new string('a', 501)));
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Skriv högst 500 tecken.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(501, page.QuerySelector("textarea#reason-text")!.TextContent.Length);
        Assert.Null((await InvitationAsync(invitation)).Answer);
    }

    [Fact]
    public async Task ChangeOfMind_DeclinedThenComingThenDeclined_KeepsTheLatestAndTheFirstAnswerTime()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await client.SubmitAsync(invitation.Form("/inbjudan/tacka-nej"), ("Reason", DeclineReasons.TooIll));
        var first = (await InvitationAsync(invitation)).FirstAnsweredUtc;
        _app.Clock.Advance(TimeSpan.FromMinutes(10));

        // Act: the person changes their mind, and the questionnaire stays open in between
        await client.SubmitAsync(invitation.Form("/inbjudan"), ("Answer", "kommer"));
        var coming = await InvitationAsync(invitation);
        var (questionnaire, _) = await client.GetAsync(invitation.Form());
        await client.SubmitAsync(invitation.Form("/inbjudan/tacka-nej"));
        var declinedAgain = await InvitationAsync(invitation);
        var (_, page) = await client.GetAsync(invitation.Form("/inbjudan"));

        // Assert
        Assert.Equal(InvitationAnswers.Coming, coming.Answer);
        Assert.Null(coming.DeclineReason);
        Assert.Equal(HttpStatusCode.OK, questionnaire.StatusCode);
        Assert.Equal(InvitationAnswers.Declined, declinedAgain.Answer);
        Assert.Null(declinedAgain.DeclineReason);
        Assert.Equal(first, declinedAgain.FirstAnsweredUtc);
        Assert.True(declinedAgain.AnsweredUtc > first);
        Assert.Equal("vill-inte", page.QuerySelector("[data-answer]")!.GetAttribute("data-answer"));
        Assert.Equal(3, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.InvitationAnswered.Name)));
    }

    [Fact]
    public async Task AfterTheCutoff_TheAnswerCannotBeChanged_AndThePageSaysSo()
    {
        // Arrange: the meeting is in 30 hours; the cut-off is 24 hours before it
        var invitation = await _app.CreateMeetingAsync(startsIn: TimeSpan.FromHours(30));
        var client = await _app.SignInAsync(invitation);
        await client.SubmitAsync(invitation.Form("/inbjudan"), ("Answer", "kommer"));
        _app.Clock.Advance(TimeSpan.FromHours(7));
        await _app.SignInAsync(invitation, reuse: client);

        // Act
        var (_, after) = await client.GetAsync(invitation.Form("/inbjudan"));
        var post = await PostAsync(client, after, invitation.Form("/inbjudan"), ("Answer", "vill-inte"));
        var decline = await PostAsync(client, after, invitation.Form("/inbjudan/tacka-nej"), ("Reason", DeclineReasons.NoTime));

        // Assert
        Assert.Empty(after.QuerySelectorAll("input[name=Answer]"));
        Assert.Contains("Det går inte längre att ändra svaret här.", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.InternalServerError, post.StatusCode);
        Assert.Equal(invitation.Form("/inbjudan"), FormClient.Location(decline));
        Assert.Equal(InvitationAnswers.Coming, (await InvitationAsync(invitation)).Answer);
    }

    [Fact]
    public async Task CancelledMeeting_ThePersonSeesItAtTheirLink_AndCannotAnswer()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var (_, before) = await client.GetAsync(invitation.Form("/inbjudan"));
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvitationService>().CancelAsync(invitation.MeetingId, new ProcessContext("staff:test", _app.Clock.GetUtcNow().UtcDateTime));
        }

        // Act
        var (_, page) = await client.GetAsync(invitation.Form("/inbjudan"));
        await client.SubmitAsync(before, invitation.Form("/inbjudan"), ("Answer", "kommer"));
        using var calendar = await client.Http.GetAsync(invitation.Form("/inbjudan?handler=kalender"));
        var ics = await calendar.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal("Mötet är inställt", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("input[name=Answer]"));
        Assert.Null((await InvitationAsync(invitation)).Answer);
        Assert.Contains("METHOD:CANCEL", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.MeetingCancelled.Name)));
    }

    [Theory]
    [InlineData("en", "Your invitation", "I do not want the meeting")]
    [InlineData("lattlast", "Din inbjudan", "Du väljer själv om du vill komma.")]
    public async Task Invitation_InEnglishAndLattlast(string lang, string heading, string text)
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        var (_, page) = await client.GetAsync("/" + lang + invitation.Form("/inbjudan"));
        var answer = await client.SubmitAsync(page, "/" + lang + invitation.Form("/inbjudan"), ("Answer", "vill-inte"));

        // Assert
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(text, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/" + lang + invitation.Form("/inbjudan/tacka-nej"), FormClient.Location(answer));
    }

    [Fact]
    public async Task Wish_ForAnotherTime_WaitsForTheHandlaggare_WithChannelAndInterpreter()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var choose = await client.SubmitAsync(invitation.Form("/inbjudan"), ("Answer", "annan-tid"));
        var (_, other) = await client.GetAsync(FormClient.Location(choose)!);

        // Act
        var wishForm = other.QuerySelectorAll("form").Single(f => (f.GetAttribute("action") ?? "").Contains("handler=Wish", StringComparison.Ordinal));
        var empty = await PostAsync(client, other, wishForm.GetAttribute("action")!, ("Wish", " "));
        var wish = await PostAsync(client, other, wishForm.GetAttribute("action")!, ("Wish", "Förmiddagar passar bäst."), ("WishChannel", MeetingChannels.OnSite), ("Interpreter", "true"));
        var (_, page) = await client.GetAsync(invitation.Form("/inbjudan"));

        // Assert
        Assert.Contains("Det finns inga lediga tider just nu.", other.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Skriv när det passar dig.", (await PortalAppFactory.ParseAsync(empty)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(invitation.Form("/inbjudan"), FormClient.Location(wish));
        Assert.Contains("Handläggaren hör av sig med en ny tid.", page.QuerySelector("[data-answer]")!.TextContent, StringComparison.Ordinal);
        var stored = await InvitationAsync(invitation);
        Assert.Equal(InvitationAnswers.OtherTime, stored.Answer);
        Assert.Equal(MeetingChannels.OnSite, stored.WishChannel);
        Assert.True(stored.WishInterpreter);
        Assert.DoesNotContain("Förmiddagar", stored.WishTextProtected, StringComparison.Ordinal);
    }

    internal static async Task<HttpResponseMessage> PostAsync(FormClient client, AngleSharp.Html.Dom.IHtmlDocument page, string action, params (string Name, string Value)[] fields)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(action, content);
    }
}
