using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Staff.Meetings;

[Collection(PortalAppGroup.Name)]
public sealed class PreparedAnswersTests(PortalAppFactory factory)
{
    private async Task<int> ViewsAsync(Guid meeting)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.CountAsync(e => e.EventType == AuditEventType.AnswersViewed.Name && e.SubjectId == meeting.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/utskrift")]
    public async Task EveryView_WritesExactlyOneAuditEvent(string page)
    {
        // Arrange
        var meeting = await factory.CreateMeetingForAsync("demo-handlaggare");
        var anna = await factory.SignInAsStaffAsync(StaffTestData.Anna);

        // Act
        var (first, _) = await anna.GetAsync($"/handlaggare/moten/{meeting}{page}");
        var afterFirst = await ViewsAsync(meeting);
        await anna.GetAsync($"/handlaggare/moten/{meeting}{page}");
        var afterSecond = await ViewsAsync(meeting);
        await anna.GetAsync("/handlaggare/moten");

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, afterFirst);
        Assert.Equal(2, afterSecond);
        Assert.Equal(2, await ViewsAsync(meeting));
    }

    [Fact]
    public async Task PreparedAnswers_ShowFlags_AndHighlightChangesSinceRead()
    {
        // Arrange
        var meeting = await factory.CreateMeetingForAsync("demo-handlaggare");
        var anna = await factory.SignInAsStaffAsync(StaffTestData.Anna);
        var url = $"/handlaggare/moten/{meeting}";

        // Act
        var (_, before) = await anna.GetAsync(url);
        var marked = await anna.PostToAsync(url, url + "?handler=MarkRead", ("submission", "1"));
        await factory.SubmitAnswersAsync(meeting, new Dictionary<string, string[]> { ["tolk-sprak"] = ["dari"] });
        var (_, list) = await anna.GetAsync("/handlaggare/moten?status=changed-since-read");
        var (_, after) = await anna.GetAsync(url);

        // Assert
        var text = before.QuerySelector("main")!.TextContent;
        Assert.Contains("persiska", text, StringComparison.Ordinal);
        Assert.Contains("Vad händer med min SGI?", text, StringComparison.Ordinal);
        Assert.Contains("Vill ha hjälp att skriva in sig hos AF", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains(meeting.ToString(), list.Body!.InnerHtml, StringComparison.Ordinal);
        var changed = after.QuerySelectorAll("dd.changed").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("dari", changed);
        Assert.DoesNotContain(changed, c => c.Contains("SGI", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notes_AreSavedEncrypted_AndAnEmptyNoteGetsAnError()
    {
        // Arrange
        var meeting = await factory.CreateMeetingForAsync("demo-handlaggare");
        var anna = await factory.SignInAsStaffAsync(StaffTestData.Anna);
        var url = $"/handlaggare/moten/{meeting}";

        // Act
        var empty = await anna.PostToAsync(url, url + "?handler=Note", ("Note", "  "));
        var saved = await anna.PostToAsync(url, url + "?handler=Note", ("Note", "Ring tolkförmedlingen"));
        var (_, page) = await anna.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Skriv anteckningen", (await PortalAppFactory.ParseAsync(empty)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Ring tolkförmedlingen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var note = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().MeetingNotes.SingleAsync(n => n.MeetingId == meeting);
        Assert.DoesNotContain("tolk", note.TextProtected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtectedIdentity_NameNeverInListOrPrint_AnswersOnlyWithPermission()
    {
        // Arrange
        var meeting = await factory.CreateMeetingForAsync("demo-handlaggare", protectedIdentity: true, name: "Hemlig Person");
        var anna = await factory.SignInAsStaffAsync(StaffTestData.Anna);
        var lead = await factory.SignInAsStaffAsync(StaffTestData.TeamLead);

        // Act
        var (_, annaList) = await anna.GetAsync("/handlaggare/moten");
        var (annaAnswers, _) = await anna.GetAsync($"/handlaggare/moten/{meeting}");
        var (_, leadList) = await lead.GetAsync("/handlaggare/moten");
        var (leadPrint, print) = await lead.GetAsync($"/handlaggare/moten/{meeting}/utskrift");

        // Assert
        Assert.DoesNotContain("Hemlig", annaList.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig", leadList.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(meeting.ToString(), leadList.Body.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, annaAnswers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leadPrint.StatusCode);
        Assert.DoesNotContain("Hemlig", print.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("persiska", print.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMeeting_ShowsTheLink_AndBadInputGetsSwedishErrors()
    {
        // Arrange
        var anna = await factory.SignInAsStaffAsync(StaffTestData.Anna);
        var date = factory.Clock.GetUtcNow().AddDays(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var bad = await anna.SubmitAsync("/handlaggare/moten/nytt", ("Input.Date", "2026-02-30"), ("Input.Time", "25:00"), ("Input.Personnummer", "123"));
        var good = await anna.SubmitAsync("/handlaggare/moten/nytt", ("Input.Type", "omstallningsmote"), ("Input.Channel", "video"), ("Input.Date", date), ("Input.Time", "10:00"), ("Input.Personnummer", "19121212-1212"), ("Input.Name", "Tolvan Tolvansson"));

        // Assert
        var errors = (await PortalAppFactory.ParseAsync(bad)).QuerySelectorAll("#error-summary li").Select(li => li.TextContent).ToList();
        Assert.True(errors.Count >= 4, string.Join("; ", errors));
        var page = await PortalAppFactory.ParseAsync(good);
        var link = page.QuerySelector("main a[href*='/mote/']")!.GetAttribute("href")!;
        Assert.Contains(link, page.QuerySelector(".invitation-text")!.TextContent, StringComparison.Ordinal);
        var citizen = new FormClient(factory.CreateBrowserLikeClient());
        var opened = await citizen.SubmitAsync(new Uri(link).PathAndQuery, ("Personnummer", "19121212-1212"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
    }
}
