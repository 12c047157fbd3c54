using System.Net;
using Portal.TestSupport;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Pages.Staff.Meetings;

/// <summary>Issue 14, item 15: a right-to-left override in an answer cannot reorder what the handläggare sees.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class BidiAnswersTests(PortalAppFactory factory)
{
    [Theory]
    [InlineData("/handlaggare/moten/{0}")]
    [InlineData("/handlaggare/moten/{0}/utskrift")]
    public async Task BidiControlsInAnswers_AreShownAsVisibleCodes_InsideAnIsolate(string page)
    {
        // Arrange: "Bilaga ‮fdp.exe" would read "Bilaga exe.pdf" on screen
        var id = await factory.CreateMeetingForAsync(StaffTestData.Anna.Id, submit: false);
        await factory.SubmitAnswersAsync(id, new Dictionary<string, string[]> { ["egna-fragor"] = ["Bilaga \u202Efdp.exe \u2067x\u2069"] });
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value(StaffTestData.Anna.Id, StaffRoles.Handlaggare));

        // Act
        using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, id));
        var html = await response.Content.ReadAsStringAsync();
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert: no bidi control reaches the page; the answer is isolated and its controls are readable
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(html, c => c is '\u202E' or '\u2067' or '\u2069');
        Assert.Contains(document.QuerySelectorAll("dd bdi"), b => b.TextContent == "Bilaga ⟦U+202E⟧fdp.exe ⟦U+2067⟧x⟦U+2069⟧");
    }
}
