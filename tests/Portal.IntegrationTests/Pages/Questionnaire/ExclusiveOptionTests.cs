using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>Issue 13, item 9: an option marked exclusive in the content ("Nej, ingen") cannot be ticked with another.</summary>
public sealed class ExclusiveOptionTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("", "Svaret ”Nej, ingen” kan inte väljas tillsammans med andra svar.")]
    [InlineData("/en", "The answer “No, no one” cannot be chosen together with other answers.")]
    public async Task NoOneTickedWithAnotherActor_GivesAnErrorByTheField_AndKeepsWhatWasTicked(string languagePrefix, string message)
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var url = languagePrefix + invitation.Form("/steg/stod");
        var (_, page) = await client.GetAsync(url);

        // Act
        var response = await client.SubmitAsync(page, url,
            ("hjalp-af", "ja"), ("e-legitimation", "ja"), ("andra-aktorer", "varden"), ("andra-aktorer", "ingen"),
            ("shown", "hjalp-af,e-legitimation,andra-aktorer,egna-fragor"));
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("#block-andra-aktorer .label__message--error")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#error-summary"));
        var ticked = document.QuerySelectorAll("input[name=andra-aktorer][checked]").Select(i => i.GetAttribute("value") ?? "").Order().ToArray();
        Assert.Equal(["ingen", "varden"], ticked);
        using var scope = _app.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().QuestionnaireResponses.SingleOrDefaultAsync());
    }

    [Fact]
    public async Task NoOneAlone_IsSaved()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var url = invitation.Form("/steg/stod");
        var (_, page) = await client.GetAsync(url);

        // Act
        var response = await client.SubmitAsync(page, url,
            ("hjalp-af", "ja"), ("e-legitimation", "ja"), ("andra-aktorer", "ingen"),
            ("shown", "hjalp-af,e-legitimation,andra-aktorer,egna-fragor"));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
