using Portal.Web.Platform.Time;

namespace Portal.IntegrationTests.Pages.Staff.Meetings;

/// <summary>"Mina möten" shows each person's SGI-skyddskoll result and deadline, at-risk first, and filters to those who must act.</summary>
public sealed class MeetingListSgiTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task MeetingList_ShowsVerdictAndDeadline_AtRiskFirst_AndFiltersToThoseWhoMustAct()
    {
        // Arrange: an early meeting whose person is registered at AF in time, and a later one whose person is not
        // (sjukpenning ends on 30 November 2026; today is 23 November)
        var safe = await _app.CreateMeetingForAsync("demo-handlaggare", submit: false, name: "Maja Skyddad", startsIn: TimeSpan.FromDays(2));
        await _app.SubmitAnswersAsync(safe, new Dictionary<string, string[]>
        {
            ["beslut"] = ["sjukpenning-ended"],
            ["sista-dag"] = ["2026-11-30"],
            ["sysselsattning"] = ["unemployed"],
            ["har-sgi"] = ["yes"],
            ["af-inskriven"] = ["aktivt"],
            ["af-datum"] = ["2026-11-20"],
            ["af-timmar"] = ["40"],
            ["dela-med-af"] = ["ja"],
        });
        var atRisk = await _app.CreateMeetingForAsync("demo-handlaggare", name: "Ali Ifara", startsIn: TimeSpan.FromDays(4));
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);

        // Act
        var (_, list) = await anna.GetAsync("/handlaggare/moten");
        var (_, filtered) = await anna.GetAsync("/handlaggare/moten?sgi=i-fara");

        // Assert
        string[] Rows(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("table.staff-table tbody tr")
            .Select(r => r.QuerySelector("a")!.TextContent.Trim() + ": " + r.QuerySelector(".meeting-sgi")!.TextContent.Trim())
            .ToArray();
        Assert.Equal(["Ali Ifara: SGI i fara – agera senast 1 dec", "Maja Skyddad: SGI skyddad"], Rows(list));
        Assert.NotNull(list.QuerySelector($"a[href='/handlaggare/moten/{atRisk}']")!.Closest("tr")!.QuerySelector(".meeting-sgi .flag--warning"));
        Assert.Equal(["Ali Ifara: SGI i fara – agera senast 1 dec"], Rows(filtered));
        Assert.DoesNotContain(list.QuerySelectorAll(".flag-list li"), li => li.TextContent.Contains("SGI", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SgiDeadline_OnTheDayItIsStillTheDeadline_AfterItTheListAndTheAnswersSayItHasPassedAndWhatToDoNow()
    {
        // Arrange: sjukpenning ends on 30 November 2026 and the person has not registered at AF, so the last day to act
        // is 1 December; the stored result keeps that date, the text is made when the page is shown
        var atRisk = await _app.CreateMeetingForAsync("demo-handlaggare", name: "Ali Ifara", startsIn: TimeSpan.FromDays(30));

        // Act
        _app.Clock.Set(StockholmTime.ToUtc(new DateOnly(2026, 12, 1), new TimeOnly(23, 30)));
        var (onTheDay, onTheDayAnswers) = await ListAndAnswersAsync(atRisk);
        _app.Clock.Set(StockholmTime.ToUtc(new DateOnly(2026, 12, 2), new TimeOnly(0, 30)));
        var (after, afterAnswers) = await ListAndAnswersAsync(atRisk);

        // Assert
        Assert.Equal("SGI i fara – agera senast 1 dec", onTheDay);
        Assert.Equal("SGI:n kan vara i fara. Agera senast 2026-12-01.", onTheDayAnswers);
        Assert.Equal("SGI i fara – sista dagen 1 dec har passerat, kontakta FK i dag", after);
        Assert.Equal("SGI:n kan vara i fara. Sista dagen 2026-12-01 har passerat, kontakta Försäkringskassan i dag.", afterAnswers);
    }

    private async Task<(string ListText, string AnswersText)> ListAndAnswersAsync(Guid meeting)
    {
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);
        var (_, list) = await anna.GetAsync("/handlaggare/moten");
        var (_, answers) = await anna.GetAsync($"/handlaggare/moten/{meeting}");
        var row = list.QuerySelector($"a[href='/handlaggare/moten/{meeting}']")!.Closest("tr")!;
        return (row.QuerySelector(".meeting-sgi")!.TextContent.Trim(), answers.QuerySelector(".message-box strong")!.TextContent.Trim());
    }
}
