using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Staff;
using Portal.TestSupport;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Time;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>Issue 17: bookable times published by a handläggare, picked by people (one wins), moved, confirmed; Stockholm time across the clock change.</summary>
public sealed class BookableTimeTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static string Anna => StaffTestData.Anna.Id;

    private async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = _app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private async Task<TestInvitation> MeetingForAsync(string caseOfficer, string personnummer = QuestionnaireTestData.Tolvan)
    {
        using var scope = _app.Services.CreateScope();
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var (meeting, token) = await scope.ServiceProvider.GetRequiredService<MeetingService>().CreateAsync(
            new MeetingService.NewMeeting(MeetingTypes.Kontaktmote, now + TimeSpan.FromDays(5), MeetingChannels.Phone, caseOfficer,
                Personnummer.Parse(personnummer, DateOnly.FromDateTime(now), out _)!, "Test Person"),
            new ProcessContext("test", now));
        return new TestInvitation(meeting.Id, meeting.Invitation!.Id, token, personnummer);
    }

    private FormClient Staff(string id)
    {
        var http = _app.CreateBrowserLikeClient();
        http.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value(id, StaffRoles.Handlaggare));
        return new FormClient(http);
    }

    [Fact]
    public async Task Publish_SeveralTimesAtOnce_InStockholmTime_AcrossTheClockChange()
    {
        // Arrange: the clocks go forward on Sunday 28 March 2027 (02.00 becomes 03.00)
        var staff = Staff(Anna);

        // Act
        var winter = await staff.SubmitAsync("/handlaggare/moten/tider", ("Owner", "mig"), ("Date", "2027-03-27"), ("Clock", "9.30, 14:00"));
        var summer = await staff.SubmitAsync("/handlaggare/moten/tider", ("Owner", "team"), ("Date", "2027-03-29"), ("Clock", "09:30"));
        var missing = await staff.SubmitAsync("/handlaggare/moten/tider", ("Owner", "mig"), ("Date", "2027-03-28"), ("Clock", "2.30"));
        var noOwner = await staff.SubmitAsync("/handlaggare/moten/tider", ("Date", "2027-03-29"), ("Clock", "10.00"));

        // Assert
        Assert.Equal("/handlaggare/moten/tider?tillagda=2", FormClient.Location(winter));
        Assert.Equal("/handlaggare/moten/tider?tillagda=1", FormClient.Location(summer));
        var times = await WithDbAsync(db => db.BookableTimes.OrderBy(t => t.StartsAtUtc).ToListAsync());
        Assert.Equal(
            [new DateTime(2027, 3, 27, 8, 30, 0, DateTimeKind.Utc), new DateTime(2027, 3, 27, 13, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 29, 7, 30, 0, DateTimeKind.Utc)],
            times.Select(t => t.StartsAtUtc).ToArray());
        Assert.Equal([Anna, Anna, BookableTime.TeamOwner], times.Select(t => t.OwnerId).ToArray());
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("finns inte den 28 mars 2027", (await PortalAppFactory.ParseAsync(missing)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Välj om tiderna är dina eller teamets.", (await PortalAppFactory.ParseAsync(noOwner)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var (_, list) = await staff.GetAsync("/handlaggare/moten/tider");
        Assert.Contains("29 mars 2027 kl. 09:30", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.BookableTimesPublished.Name && e.SubjectId == Anna)));
    }

    [Fact]
    public async Task Pick_AFreeTime_MovesTheMeeting_AndTheTimeDisappearsForOthers_WithANewCalendarFile()
    {
        // Arrange
        var staff = Staff(Anna);
        var date = StockholmTime.DateOf(_app.Clock.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await staff.SubmitAsync("/handlaggare/moten/tider", ("Owner", "mig"), ("Date", date), ("Clock", "10.00, 11.00"));
        var first = await MeetingForAsync(Anna);
        var second = await MeetingForAsync(Anna, QuestionnaireTestData.Maja);
        var other = await MeetingForAsync("someone-else", "19120603-5675");
        var citizen = await _app.SignInAsync(first);
        var (_, page) = await citizen.GetAsync(first.Form("/inbjudan/annan-tid"));
        var timeId = page.QuerySelector("input[name=TimeId]")!.GetAttribute("value")!;

        // Act
        var book = await InvitationAnswerTests.PostAsync(citizen, page, first.Form("/inbjudan/annan-tid?handler=Book"), ("TimeId", timeId));
        var (_, after) = await citizen.GetAsync(first.Form("/inbjudan"));
        using var calendar = await citizen.Http.GetAsync(first.Form("/inbjudan?handler=kalender"));
        var ics = await calendar.Content.ReadAsStringAsync();
        var secondCitizen = await _app.SignInAsync(second);
        var (_, secondPage) = await secondCitizen.GetAsync(second.Form("/inbjudan/annan-tid"));
        var otherCitizen = await _app.SignInAsync(other);
        var (_, otherPage) = await otherCitizen.GetAsync(other.Form("/inbjudan/annan-tid"));

        // Assert
        Assert.Equal(first.Form("/inbjudan"), FormClient.Location(book));
        var meeting = await WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == first.MeetingId));
        var booked = await WithDbAsync(db => db.BookableTimes.AsNoTracking().SingleAsync(t => t.Id == Guid.Parse(timeId)));
        Assert.Equal(booked.StartsAtUtc, meeting.StartsAtUtc);
        Assert.Equal(1, meeting.TimeVersion);
        Assert.Contains("Din nya tid är bokad", after.QuerySelector("[data-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:" + booked.StartsAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture), ics, StringComparison.Ordinal);
        Assert.DoesNotContain(secondPage.QuerySelectorAll("input[name=TimeId]"), i => i.GetAttribute("value") == timeId);
        Assert.Single(secondPage.QuerySelectorAll("input[name=TimeId]"));
        Assert.Empty(otherPage.QuerySelectorAll("input[name=TimeId]"));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.InvitationTimeBooked.Name)));
    }

    [Fact]
    public async Task TwoPeople_PickTheSameTimeAtOnce_OneWins_TheOtherIsTold()
    {
        // Arrange
        var start = _app.Clock.GetUtcNow().UtcDateTime.AddDays(9);
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvitationService>().PublishAsync(BookableTime.TeamOwner, [start], new ProcessContext("staff:test", _app.Clock.GetUtcNow().UtcDateTime));
        }

        var a = await MeetingForAsync(Anna);
        var b = await MeetingForAsync("another-officer", QuestionnaireTestData.Maja);
        var clientA = await _app.SignInAsync(a);
        var clientB = await _app.SignInAsync(b);
        var (_, pageA) = await clientA.GetAsync(a.Form("/inbjudan/annan-tid"));
        var (_, pageB) = await clientB.GetAsync(b.Form("/inbjudan/annan-tid"));
        var timeId = pageA.QuerySelector("input[name=TimeId]")!.GetAttribute("value")!;
        Assert.Equal(timeId, pageB.QuerySelector("input[name=TimeId]")!.GetAttribute("value"));

        // Act: both press "Boka tiden" at the same moment
        var responses = await Task.WhenAll(
            InvitationAnswerTests.PostAsync(clientA, pageA, a.Form("/inbjudan/annan-tid?handler=Book"), ("TimeId", timeId)),
            InvitationAnswerTests.PostAsync(clientB, pageB, b.Form("/inbjudan/annan-tid?handler=Book"), ("TimeId", timeId)));

        // Assert
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var loserPage = await PortalAppFactory.ParseAsync(loser);
        Assert.Contains("Någon annan hann boka den tiden.", loserPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.TimeBookings.CountAsync()));
        var winnerId = await WithDbAsync(db => db.TimeBookings.Select(t => t.MeetingId).SingleAsync());
        var loserId = winnerId == a.MeetingId ? b.MeetingId : a.MeetingId;
        var loserMeeting = await WithDbAsync(db => db.Meetings.Include(m => m.Invitation).AsNoTracking().SingleAsync(m => m.Id == loserId));
        Assert.NotEqual(start, loserMeeting.StartsAtUtc);
        Assert.Null(loserMeeting.Invitation!.Answer);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.InvitationTimeBooked.Name)));
    }

    [Fact]
    public async Task Handlaggare_SeesTheAnswer_MovesAndConfirms_AndCancels_ThePersonSeesEach()
    {
        // Arrange
        var invitation = await MeetingForAsync(Anna);
        var citizen = await _app.SignInAsync(invitation);
        var (_, other) = await citizen.GetAsync(invitation.Form("/inbjudan/annan-tid"));
        await InvitationAnswerTests.PostAsync(citizen, other, invitation.Form("/inbjudan/annan-tid?handler=Wish"), ("Wish", "Efter klockan 13 passar bäst."), ("WishChannel", MeetingChannels.Video));
        var staff = Staff(Anna);

        // Act
        var (_, list) = await staff.GetAsync("/handlaggare/moten?visa=kommande");
        var (_, detail) = await staff.GetAsync($"/handlaggare/moten/{invitation.MeetingId}");
        var date = StockholmTime.DateOf(_app.Clock.GetUtcNow().UtcDateTime).AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var move = await InvitationAnswerTests.PostAsync(staff, detail, $"/handlaggare/moten/{invitation.MeetingId}?handler=Move", ("MoveDate", date), ("MoveTime", "13.30"));
        var (_, moved) = await citizen.GetAsync(invitation.Form("/inbjudan"));
        var (_, detailAfter) = await staff.GetAsync($"/handlaggare/moten/{invitation.MeetingId}");
        var cancel = await InvitationAnswerTests.PostAsync(staff, detailAfter, $"/handlaggare/moten/{invitation.MeetingId}?handler=Cancel");
        var (_, cancelled) = await citizen.GetAsync(invitation.Form("/inbjudan"));

        // Assert
        Assert.Equal("Vill ha en annan tid, väntar på dig", list.QuerySelector("[data-answer=annan-tid]")!.TextContent.Trim());
        Assert.Contains("Efter klockan 13 passar bäst.", detail.QuerySelector(".invitation-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/handlaggare/moten/{invitation.MeetingId}?klart=flyttat", FormClient.Location(move));
        var meeting = await WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == invitation.MeetingId));
        Assert.Equal(StockholmTime.ToUtc(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(13, 30)), meeting.StartsAtUtc);
        Assert.Contains("Handläggaren har gett dig en ny tid", moved.QuerySelector("[data-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("kl. 13.30", moved.QuerySelector("[data-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal("Mötet är inställt", cancelled.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.MeetingMoved.Name)));
    }

    [Fact]
    public async Task Handlaggare_ConfirmsAPickedTime()
    {
        // Arrange
        var start = _app.Clock.GetUtcNow().UtcDateTime.AddDays(8);
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvitationService>().PublishAsync(Anna, [start], new ProcessContext("staff:test", _app.Clock.GetUtcNow().UtcDateTime));
        }

        var invitation = await MeetingForAsync(Anna);
        var citizen = await _app.SignInAsync(invitation);
        var (_, page) = await citizen.GetAsync(invitation.Form("/inbjudan/annan-tid"));
        await InvitationAnswerTests.PostAsync(citizen, page, invitation.Form("/inbjudan/annan-tid?handler=Book"), ("TimeId", page.QuerySelector("input[name=TimeId]")!.GetAttribute("value")!));
        var staff = Staff(Anna);
        var (_, list) = await staff.GetAsync("/handlaggare/moten?visa=kommande");
        var (detailResponse, detail) = await staff.GetAsync($"/handlaggare/moten/{invitation.MeetingId}");
        Assert.True(detailResponse.StatusCode == HttpStatusCode.OK, await detailResponse.Content.ReadAsStringAsync());

        // Act
        var confirm = await InvitationAnswerTests.PostAsync(staff, detail, $"/handlaggare/moten/{invitation.MeetingId}?handler=Confirm");
        var (_, seen) = await citizen.GetAsync(invitation.Form("/inbjudan"));

        // Assert
        Assert.Equal("Har valt en ny tid, inte bekräftad", list.QuerySelector("[data-answer=annan-tid]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Contains("Handläggaren har bekräftat tiden.", seen.QuerySelector("[data-answer]")!.TextContent, StringComparison.Ordinal);
    }
}
