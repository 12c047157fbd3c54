using System.Net;
using System.Text;
using System.Text.Json;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.Staff.AfMeetings;
using Portal.Web.Features.FollowUp;
using Portal.Web.Platform.Time;

namespace Portal.IntegrationTests.Pages.Staff.FollowUp;

/// <summary>
/// Issue 18's follow-up for Arbetsförmedlingen through the real pages: the share of meetings with AF taking part, the
/// share with consent as it is now and the withdrawals, per month and meeting type, suppressed under five, in the page
/// table, CSV and JSON; a change on the person's consent page moves them (the facts are written in the same save).
/// </summary>
public sealed class AfFollowUpTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private sealed record Row(string Period, string Type, string Sex, string Measure, int? Count, bool Suppressed, double? Share);

    private string Month => FollowUpFigures.MonthOf(StockholmTime.DateOf(_app.Clock.GetUtcNow().UtcDateTime));

    /// <summary>The JSON export's figures for this month, all types and both sexes, by measure.</summary>
    private async Task<Dictionary<string, Row>> JsonAsync(FormClient followUp, string type = FollowUpFigures.All)
    {
        var response = await followUp.Http.GetAsync($"/uppfoljning?handler=Json&typ={type}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = JsonSerializer.Deserialize<List<Row>>(await response.Content.ReadAsStringAsync(), Web)!;
        return rows.Where(r => r.Period == Month && r.Sex == FollowUpFigures.All).ToDictionary(r => r.Measure);
    }

    private async Task<string> CsvAsync(FormClient followUp) =>
        Encoding.UTF8.GetString(await (await followUp.Http.GetAsync("/uppfoljning?handler=Csv")).Content.ReadAsByteArrayAsync());

    /// <summary>Meetings of Anna's: with Hanna taking part or not, submitted with the questionnaire's yes or no to sharing (or not submitted).</summary>
    private async Task<List<TestInvitation>> MeetingsAsync(int count, bool af, bool? consent)
    {
        var invitations = new List<TestInvitation>();
        for (var i = 0; i < count; i++)
        {
            var invitation = await _app.CreateAfMeetingAsync(afCaseOfficerId: af ? Portal.Web.Features.Meetings.DemoData.AfCaseOfficerId : null);
            if (consent is { } yes)
            {
                await _app.SubmitWithConsentAsync(invitation.MeetingId, yes);
            }

            invitations.Add(invitation);
        }

        return invitations;
    }

    [Fact]
    public async Task AfFigures_AreCounted_AndSuppressedUnderFive_InTheTableCsvAndJson()
    {
        // Arrange: five meetings without AF, three with AF and consent
        await MeetingsAsync(5, af: false, consent: true);
        await MeetingsAsync(3, af: true, consent: true);
        var followUp = await _app.SignInAsStaffAsync(StaffTestData.FollowUp);

        // Act
        var few = await JsonAsync(followUp);
        var fewCsv = await CsvAsync(followUp);

        // Assert: three with AF is too few to show
        Assert.True(few["af"].Suppressed);
        Assert.Null(few["af"].Count);
        Assert.True(few["af-consent"].Suppressed);
        Assert.Contains($"{Month};alla;alla;af;< 5;;", fewCsv, StringComparison.Ordinal);

        // Arrange again: twelve more with AF, seven saying yes to sharing and five no (15 with AF, 10 consenting)
        await MeetingsAsync(7, af: true, consent: true);
        await MeetingsAsync(5, af: true, consent: false);

        // Act again
        var figures = await JsonAsync(followUp);
        var byType = await JsonAsync(followUp, "omstallningsmote");
        var csv = await CsvAsync(followUp);
        var (_, page) = await followUp.GetAsync("/uppfoljning");

        // Assert: 15 of 20 invited with AF, 10 of those 15 consenting, no withdrawal (0 is under five)
        Assert.Equal((15, 0.75), (figures["af"].Count, figures["af"].Share));
        Assert.Equal(10, figures["af-consent"].Count);
        Assert.Equal(10.0 / 15, figures["af-consent"].Share!.Value, 3);
        Assert.True(figures["af-withdrawn"].Suppressed);
        Assert.Equal(figures["af"].Count, byType["af"].Count);
        Assert.Contains($"{Month};alla;alla;af;15;0,750;", csv, StringComparison.Ordinal);
        Assert.Contains($"{Month};alla;alla;af-consent;10;0,667;", csv, StringComparison.Ordinal);
        Assert.Contains($"{Month};alla;alla;af-withdrawn;< 5;;", csv, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("main table tr").Single(r => r.QuerySelector("th")?.TextContent == "Arbetsförmedlingen deltar i mötet");
        Assert.Equal(["15", "75 %"], row.QuerySelectorAll("td").Take(2).Select(c => c.TextContent));
        var consentRow = page.QuerySelectorAll("main table tr").Single(r => r.QuerySelector("th")?.TextContent == "AF deltar: samtycke till att dela svaren just nu");
        Assert.Equal(["10", "67 %"], consentRow.QuerySelectorAll("td").Take(2).Select(c => c.TextContent));
    }

    [Fact]
    public async Task AConsentChangeOnThePersonsPage_MovesTheFigures_AndAWithdrawalStaysCounted()
    {
        // Arrange: 20 invited; 15 with AF, of whom 10 say yes to sharing in the questionnaire and 5 no
        await MeetingsAsync(5, af: false, consent: null);
        var yes = await MeetingsAsync(10, af: true, consent: true);
        await MeetingsAsync(5, af: true, consent: false);
        var followUp = await _app.SignInAsStaffAsync(StaffTestData.FollowUp);
        var before = await JsonAsync(followUp);

        // Act: five withdraw on their consent page
        async Task ChooseAsync(TestInvitation invitation, string choice)
        {
            var citizen = await _app.SignInAsync(invitation);
            var saved = await citizen.SubmitAsync(invitation.Form("/inbjudan/samtycke"), ("Choice", choice));
            Assert.Equal(invitation.Form("/inbjudan/samtycke") + "?klart=sparat", FormClient.Location(saved));
        }

        foreach (var invitation in yes.Take(5))
        {
            await ChooseAsync(invitation, "nej");
        }

        var withdrawn = await JsonAsync(followUp);

        // Act again: the same five say yes again
        foreach (var invitation in yes.Take(5))
        {
            await ChooseAsync(invitation, "ja");
        }

        var givenAgain = await JsonAsync(followUp);

        // Assert: the consent now follows the page; the questionnaire's first answer does not move; a withdrawal stays counted
        Assert.Equal((10, (int?)null), (before["af-consent"].Count, before["af-withdrawn"].Count));
        Assert.Equal((5, 5), (withdrawn["af-consent"].Count, withdrawn["af-withdrawn"].Count));
        Assert.Equal((10, 5), (givenAgain["af-consent"].Count, givenAgain["af-withdrawn"].Count));
        Assert.Equal(before["consent"].Count, withdrawn["consent"].Count);
        Assert.Equal(15, givenAgain["af"].Count);
    }
}
