using System.Net;

namespace Portal.IntegrationTests.Pages.Staff;

/// <summary>Issue 13, item 9: one staff header on every staff page: the signed-in name, sign-out, no citizen search box.</summary>
public sealed class StaffHeaderTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> StaffPages() => new()
    {
        { "david.redaktor", "/redaktion" },
        { "david.redaktor", "/redaktion/rapport" },
        { "david.redaktor", "/redaktion/ny-sida" },
        { "anna.handlaggare", "/handlaggare/moten" },
        { "filip.uppfoljning", "/uppfoljning" },
        { "eva.admin", "/admin/konton" },
    };

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task StaffPage_ShowsNameAndSignOut_AndNoCitizenSearch(string userName, string url)
    {
        // Arrange
        var account = StaffTestData.Demo(userName);
        var client = await _app.SignInAsStaffAsync(account);

        // Act
        var (response, page) = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(account.DisplayName, page.QuerySelector(".staff-nav__user")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form.staff-nav__signout[action='/personal/logga-ut'] button[type=submit]"));
        Assert.Null(page.QuerySelector("form.site-search"));
        Assert.Null(page.QuerySelector("#site-search-q"));
    }
}
