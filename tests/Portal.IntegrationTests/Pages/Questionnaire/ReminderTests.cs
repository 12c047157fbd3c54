using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.TestSupport;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Time;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>
/// Issue 17: opt-in e-mail reminders for one meeting, two days before it and on the SGI deadline, sent with MailKit to
/// a local SMTP sink of the tests' own; the address encrypted, deleted when the person stops or with the meeting, and
/// nothing stored (or offered) without an address and an SMTP server.
/// </summary>
public sealed class ReminderTests
{
    private const string Email = "anna.provsson@exempel.se";

    private static PortalAppFactory App(SmtpSink sink, PortalAppFactory? sharedWith = null)
    {
        var app = sharedWith is null ? new PortalAppFactory() : new PortalAppFactory(sharedWith);
        foreach (var (key, value) in sink.Settings)
        {
            app.Settings[key] = value;
        }

        return app;
    }

    private static async Task<HttpResponseMessage> OptInAsync(FormClient client, string invitationPage, string email)
    {
        var (_, page) = await client.GetAsync(invitationPage);
        var action = page.QuerySelectorAll("form").Select(f => f.GetAttribute("action")).Single(a => a?.Contains("handler=Reminder", StringComparison.Ordinal) == true)!;
        return await InvitationAnswerTests.PostAsync(client, page, action, ("ReminderEmail", email));
    }

    private static Task<int> SendAsync(PortalAppFactory app) =>
        app.Services.GetServices<IHostedService>().OfType<ReminderSender>().Single().RunOnceAsync();

    private static async Task<List<MeetingReminder>> RemindersAsync(PortalAppFactory app)
    {
        await using var db = app.Database.CreateContext();
        return await db.MeetingReminders.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task WithoutAnSmtpServer_NoRemindersAreOffered_AndNothingIsStored()
    {
        // Arrange
        using var app = new PortalAppFactory();
        var invitation = await app.CreateMeetingAsync();
        var client = await app.SignInAsync(invitation);
        var (_, page) = await client.GetAsync(invitation.Form("/inbjudan"));

        // Act: a hand-made post to the handler
        var post = await InvitationAnswerTests.PostAsync(client, page, invitation.Form("/inbjudan") + "?handler=Reminder", ("ReminderEmail", Email));

        // Assert
        Assert.Null(page.QuerySelector("#reminder-email"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Empty(await RemindersAsync(app));
    }

    [Theory]
    [InlineData("")]
    [InlineData("anna.provsson")]
    [InlineData("Anna <anna@exempel.se>")]
    [InlineData("anna@exempel")]
    public async Task NotAnAddress_IsExplained_AndNothingIsStored(string typed)
    {
        // Arrange
        await using var sink = new SmtpSink();
        using var app = App(sink);
        var invitation = await app.CreateMeetingAsync();
        var client = await app.SignInAsync(invitation);

        // Act
        var response = await OptInAsync(client, invitation.Form("/inbjudan"), typed);
        var page = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Skriv en e-postadress, till exempel namn@exempel.se.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#reminder-email")!.GetAttribute("aria-invalid"));
        Assert.Empty(await RemindersAsync(app));
    }

    [Fact]
    public async Task MeetingReminder_GoesOutTwoDaysBefore_OnceAcrossTwoInstances()
    {
        // Arrange: a meeting in six days; the person asks for reminders; a second instance over the same database
        await using var sink = new SmtpSink();
        using var app = App(sink);
        using var second = App(sink, sharedWith: app);
        var invitation = await app.CreateMeetingAsync(startsIn: TimeSpan.FromDays(6));
        var client = await app.SignInAsync(invitation);
        var optIn = await OptInAsync(client, invitation.Form("/inbjudan"), " " + Email + " ");
        var (_, page) = await client.GetAsync(FormClient.Location(optIn)!);
        var tooEarly = await SendAsync(app);

        // Act: four days on, both instances look for due reminders at the same time, then once more
        app.Clock.Advance(TimeSpan.FromDays(4));
        second.Clock.Advance(TimeSpan.FromDays(4));
        await Task.WhenAll(SendAsync(app), SendAsync(second));
        await Task.WhenAll(SendAsync(app), SendAsync(second));

        // Assert: stored encrypted, shown to the person, and one mail with the time and the way to the invitation
        Assert.Equal(0, tooEarly);
        Assert.Contains(Email, page.QuerySelector("[data-reminder-address]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("sparad", page.QuerySelector("[data-reminder-done]")!.GetAttribute("data-reminder-done"));
        var stored = Assert.Single(await RemindersAsync(app));
        Assert.DoesNotContain("exempel", stored.EmailProtected, StringComparison.Ordinal);
        Assert.NotNull(stored.MeetingReminderSentUtc);
        var mail = Assert.Single(sink.Messages);
        Assert.Equal(Email, mail.To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@omstallning.test", mail.From.Mailboxes.Single().Address);
        Assert.StartsWith("Påminnelse: ditt möte", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("kl. 10.00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(PortalAppFactory.PublicBaseUrl + invitation.Form("/inbjudan"), mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Tolvan", mail.TextBody, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.SubjectId == invitation.MeetingId.ToString()).ToListAsync();
        Assert.Single(events, e => e.EventType == AuditEventType.ReminderRequested.Name);
        Assert.Single(events, e => e.EventType == AuditEventType.ReminderSent.Name);
        Assert.DoesNotContain(events, e => e.PayloadJson?.Contains("exempel", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task DeadlineReminder_InEnglish_OnTheDay_AndNoMeetingReminderAfterDeclining()
    {
        // Arrange: the SGI deadline known for the meeting is in three days; the person declines and asks for reminders in English
        await using var sink = new SmtpSink();
        using var app = App(sink);
        var invitation = await app.CreateMeetingAsync(startsIn: TimeSpan.FromDays(6));
        var today = StockholmTime.DateOf(app.Clock.GetUtcNow().UtcDateTime);
        await using (var db = app.Database.CreateContext())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == invitation.MeetingId);
            meeting.SgiDeadline = today.AddDays(3);
            await db.SaveChangesAsync();
        }

        var client = await app.SignInAsync(invitation);
        var (_, start) = await client.GetAsync("/en" + invitation.Form("/inbjudan"));
        await InvitationAnswerTests.PostAsync(client, start, "/en" + invitation.Form("/inbjudan"), ("Answer", InvitationAnswers.Declined));
        await InvitationAnswerTests.PostAsync(client, start, "/en" + invitation.Form("/inbjudan/tacka-nej"), ("Reason", DeclineReasons.NoTime));
        await OptInAsync(client, "/en" + invitation.Form("/inbjudan"), Email);

        // Act: the deadline day at 06:30 Stockholm time (too early), at 08:00, and on to two days before the meeting
        app.Clock.Set(new DateTimeOffset(StockholmTime.ToUtc(today.AddDays(3), new TimeOnly(6, 30)), TimeSpan.Zero));
        var early = await SendAsync(app);
        app.Clock.Set(new DateTimeOffset(StockholmTime.ToUtc(today.AddDays(3), new TimeOnly(8, 0)), TimeSpan.Zero));
        var onTheDay = await SendAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(1.5));
        var beforeMeeting = await SendAsync(app);

        // Assert
        Assert.Equal((0, 1, 0), (early, onTheDay, beforeMeeting));
        var mail = Assert.Single(sink.Messages);
        Assert.Equal("Reminder: today is the last day to protect your SGI", mail.Subject);
        Assert.Contains(PortalAppFactory.PublicBaseUrl + "/en/", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Stop the reminders", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_DeletesTheAddress_AndSoDoesDeletingTheMeeting()
    {
        // Arrange
        await using var sink = new SmtpSink();
        using var app = App(sink);
        var invitation = await app.CreateMeetingAsync(startsIn: TimeSpan.FromDays(6));
        var client = await app.SignInAsync(invitation);
        await OptInAsync(client, invitation.Form("/inbjudan"), Email);
        var (_, page) = await client.GetAsync(invitation.Form("/inbjudan"));
        var stopAction = page.QuerySelectorAll("form").Select(f => f.GetAttribute("action")).Single(a => a?.Contains("handler=StopReminder", StringComparison.Ordinal) == true)!;

        // Act: stop, ask again, then the meeting is deleted by the retention after it took place
        var stop = await InvitationAnswerTests.PostAsync(client, page, stopAction, ("ReminderEmail", ""));
        var afterStop = await RemindersAsync(app);
        var (_, stopped) = await client.GetAsync(FormClient.Location(stop)!);
        await OptInAsync(client, invitation.Form("/inbjudan"), Email);
        var again = await RemindersAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(60));
        await app.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single().RunOnceAsync();

        // Assert
        Assert.Empty(afterStop);
        Assert.Equal("stoppad", stopped.QuerySelector("[data-reminder-done]")!.GetAttribute("data-reminder-done"));
        Assert.Null(stopped.QuerySelector("[data-reminder-address]"));
        Assert.Single(again);
        Assert.Empty(await RemindersAsync(app));
        Assert.Empty(sink.Messages);
    }
}
