using System.Net;
using AngleSharp.Html.Dom;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.IntegrationTests.Pages.SgiCheck;
using Portal.IntegrationTests.Pages.Staff;

namespace Portal.IntegrationTests.Pages;

/// <summary>One error summary on every form: the checker, the questionnaire and staff pages show the same component.</summary>
public sealed class ErrorSummaryTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static void AssertTheOneSummary(IHtmlDocument page, string expectedMessage)
    {
        var summary = page.QuerySelector("main nav#error-summary[tabindex='-1'][data-error-summary]");
        Assert.NotNull(summary);
        Assert.NotNull(summary.QuerySelector(".error-list .error-list__icon"));
        Assert.Equal("Något behöver rättas", summary.QuerySelector("#error-summary-heading")!.TextContent.Trim());
        var links = summary.QuerySelectorAll("a.anchor").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#'))));
        Assert.Contains(links, link => link.TextContent.Contains(expectedMessage, StringComparison.Ordinal));
        Assert.DoesNotContain(links, link => link.TextContent.Contains("?:", StringComparison.Ordinal));
        Assert.StartsWith("Fel: ", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Fel", page.QuerySelector("nav.breadcrumbs")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Fel", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checker_Questionnaire_AndStaffForm_ShowTheSameErrorSummary()
    {
        // Arrange
        using var anonymous = _app.CreateBrowserLikeClient();
        var journey = new SgiJourney(anonymous);
        var (_, question) = await journey.GetAsync("/sgi-koll/fraga/sgihours?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes");
        var invitation = await _app.CreateMeetingAsync();
        var citizen = await _app.SignInAsync(invitation);
        var anna = await _app.SignInAsStaffAsync(StaffTestData.Anna);

        // Act
        using var checker = await journey.AnswerAsync(question, "fyrtio");
        var section = await citizen.SubmitAsync(invitation.Form("/steg/situation"), ("beslut", "sjukpenning-ended"), ("sista-dag", "igår"), ("shown", "beslut,sista-dag"));
        var staff = await anna.SubmitAsync("/handlaggare/moten/nytt", ("Input.Date", "x"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, checker.StatusCode);
        AssertTheOneSummary(await PortalAppFactory.ParseAsync(checker), "Skriv bara siffror");
        Assert.Equal(HttpStatusCode.OK, section.StatusCode);
        AssertTheOneSummary(await PortalAppFactory.ParseAsync(section), "ÅÅÅÅ-MM-DD");
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        AssertTheOneSummary(await PortalAppFactory.ParseAsync(staff), "ÅÅÅÅ-MM-DD");
    }
}
