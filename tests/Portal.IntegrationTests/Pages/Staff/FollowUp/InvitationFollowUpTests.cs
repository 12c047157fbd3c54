using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.IntegrationTests.Pages.Staff.FollowUp;

/// <summary>
/// Issue 17 in the follow-up: the answers to the invitation per month, meeting type and kön, each decline reason's
/// share, the days to the first answer, with small numbers suppressed; answered through the person's own pages.
/// </summary>
public sealed class InvitationFollowUpTests
{
    private static async Task DeclineAsync(PortalAppFactory app, TestInvitation invitation, string reason, string? ownWords = null)
    {
        var client = await app.SignInAsync(invitation);
        var (_, page) = await client.GetAsync(invitation.Form("/inbjudan"));
        await InvitationAnswerTests.PostAsync(client, page, invitation.Form("/inbjudan"), ("Answer", InvitationAnswers.Declined));
        await InvitationAnswerTests.PostAsync(client, page, invitation.Form("/inbjudan/tacka-nej"), ("Reason", reason), ("ReasonText", ownWords ?? ""));
    }

    private static async Task ComeAsync(PortalAppFactory app, TestInvitation invitation)
    {
        var client = await app.SignInAsync(invitation);
        var (_, page) = await client.GetAsync(invitation.Form("/inbjudan"));
        await InvitationAnswerTests.PostAsync(client, page, invitation.Form("/inbjudan"), ("Answer", InvitationAnswers.Coming));
    }

    private static async Task<List<TestInvitation>> MeetingsAsync(PortalAppFactory app, string personnummer, int count)
    {
        var meetings = new List<TestInvitation>();
        for (var i = 0; i < count; i++)
        {
            meetings.Add(await app.CreateMeetingAsync(personnummer, TimeSpan.FromDays(6)));
        }

        return meetings;
    }

    private static async Task<FollowUpFigures> FiguresAsync(PortalAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await FollowUpFigures.LoadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), CancellationToken.None);
    }

    [Fact]
    public async Task Answers_AndDeclineReasons_AreCountedPerKon_WithSmallNumbersSuppressed_AlsoAfterRetention()
    {
        // Arrange: 15 women and 12 men invited the same day. Women: 5 decline as too ill (same day), 5 as back at their
        // employer (two days later), 5 decline and change their mind to coming the next day. Men: 5 decline for lack of
        // time and 2 for another reason (the next day), 5 do not answer.
        using var app = new PortalAppFactory();
        var month = FollowUpFigures.MonthOf(StockholmTime.DateOf(app.Clock.GetUtcNow().UtcDateTime));
        var tooIll = await MeetingsAsync(app, FollowUpTests.Woman, 5);
        var employer = await MeetingsAsync(app, FollowUpTests.Woman, 5);
        var changed = await MeetingsAsync(app, FollowUpTests.Woman, 5);
        var noTime = await MeetingsAsync(app, FollowUpTests.Man, 5);
        var other = await MeetingsAsync(app, FollowUpTests.Man, 2);
        await MeetingsAsync(app, FollowUpTests.Man, 5);

        // Act
        foreach (var invitation in tooIll)
        {
            await DeclineAsync(app, invitation, DeclineReasons.TooIll, "Mitt eget hemliga skäl");
        }

        foreach (var invitation in changed)
        {
            await DeclineAsync(app, invitation, DeclineReasons.NoUse);
        }

        app.Clock.Advance(TimeSpan.FromDays(1));
        foreach (var invitation in changed)
        {
            await ComeAsync(app, invitation);
        }

        foreach (var invitation in noTime)
        {
            await DeclineAsync(app, invitation, DeclineReasons.NoTime);
        }

        foreach (var invitation in other)
        {
            await DeclineAsync(app, invitation, DeclineReasons.Other);
        }

        app.Clock.Advance(TimeSpan.FromDays(1));
        foreach (var invitation in employer)
        {
            await DeclineAsync(app, invitation, DeclineReasons.BackAtEmployer);
        }

        var figures = await FiguresAsync(app);
        var followUp = await app.SignInAsStaffAsync(StaffTestData.FollowUp);
        var (_, page) = await followUp.GetAsync("/uppfoljning?period=manad&typ=alla");
        var csv = await followUp.Http.GetStringAsync("/uppfoljning?handler=Csv&period=manad&typ=alla");

        // Assert: the women's answers, with a change of mind counted as it stands now
        Assert.Equal(15, figures.Raw(month, "alla", "kvinna", "answered"));
        Assert.Equal(5, figures.Count(month, "alla", "kvinna", "coming"));
        Assert.Equal(10, figures.Count(month, "alla", "kvinna", "declined"));
        Assert.Equal(5, figures.Count(month, "alla", "kvinna", FollowUpFigures.ReasonMeasure(DeclineReasons.TooIll)));
        Assert.Equal(0.5, figures.Share(month, "alla", "kvinna", FollowUpFigures.ReasonMeasure(DeclineReasons.TooIll)));
        Assert.Equal(0, figures.Raw(month, "alla", "kvinna", FollowUpFigures.ReasonMeasure(DeclineReasons.NoUse)));
        Assert.Equal(10.0 / 15, figures.MeanDaysToAnswer(month, "alla", "kvinna"));

        // Assert: the two men with another reason are counted but never shown, nor can they be worked out from the men
        // who declined minus the other reasons
        Assert.Equal(2, figures.Raw(month, "alla", "man", FollowUpFigures.ReasonMeasure(DeclineReasons.Other)));
        Assert.Null(figures.Count(month, "alla", "man", FollowUpFigures.ReasonMeasure(DeclineReasons.Other)));
        Assert.Null(figures.Count(month, "alla", "alla", FollowUpFigures.ReasonMeasure(DeclineReasons.Other)));
        Assert.Equal(5, figures.Count(month, "alla", "man", "declined"));
        Assert.Null(figures.Count(month, "alla", "man", FollowUpFigures.ReasonMeasure(DeclineReasons.NoTime)));
        Assert.Equal(1.0, figures.MeanDaysToAnswer(month, "alla", "man"));
        var all = figures.Count(month, "alla", "alla", "declined");
        var shownReasons = DeclineReasons.All.Select(r => (string?)r).Append(null).Sum(r => figures.Count(month, "alla", "alla", FollowUpFigures.ReasonMeasure(r)) ?? 0);
        Assert.True(all is null || all - shownReasons is 0 or >= 5 or <= -5, $"{all} declined, {shownReasons} in shown reasons");

        // Assert: the page and the export carry the figures, never the person's own words
        var row = page.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Skäl: för sjuk just nu");
        Assert.Equal(["5", "50 %", "< 5", "–"], row.QuerySelectorAll("td").Skip(2).Take(4).Select(c => c.TextContent.Trim()).ToArray());
        Assert.Contains(page.QuerySelectorAll("th"), th => th.TextContent.Trim() == "Dagar från inbjudan till första svar, medel");
        Assert.Contains($"{month};alla;kvinna;answered;15;", csv, StringComparison.Ordinal);
        Assert.Contains($"{month};alla;man;skal-annat;< 5;", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("hemliga", csv, StringComparison.Ordinal);
        await using (var db = app.Database.CreateContext())
        {
            var payloads = await db.AuditEvents.AsNoTracking().Where(e => e.EventType == AuditEventType.InvitationAnswered.Name).Select(e => e.PayloadJson).ToListAsync();
            Assert.DoesNotContain(payloads, p => p.Contains("hemliga", StringComparison.Ordinal));
        }

        // Act: the retention deletes the meetings after they took place
        app.Clock.Advance(TimeSpan.FromDays(60));
        await app.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single().RunOnceAsync();
        var after = await FiguresAsync(app);

        // Assert: the same figures from the kept facts
        await using (var db = app.Database.CreateContext())
        {
            Assert.Equal(0, await db.Meetings.CountAsync());
        }

        Assert.Equal(5, after.Count(month, "alla", "kvinna", FollowUpFigures.ReasonMeasure(DeclineReasons.TooIll)));
        Assert.Equal(2, after.Raw(month, "alla", "man", FollowUpFigures.ReasonMeasure(DeclineReasons.Other)));
        Assert.Equal(10.0 / 15, after.MeanDaysToAnswer(month, "alla", "kvinna"));
    }
}
