using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Questionnaire;

/// <summary>
/// SGI-skyddskoll answers saved in the browser (on the person's request) and offered, with consent, in the
/// pre-meeting questionnaire opened in the same browser.
/// </summary>
public sealed class SgiCarryOverTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    /// <summary>S01 of sgi-scenarios.json as the pages ask it (the app's clock is 23 November 2026).</summary>
    private const string OnTime = "?situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no"
        + "&next=af&affrom=2026-11-23&afstatus=aktivt&afhours=40&sanction=no&omprovning=no";

    /// <summary>Aktivitetsersättning denied, no SGI: no dates after the decision, no AF step.</summary>
    private const string NoSgi = "?situation=aktivitetsersattning-denied&decided=2026-11-20&sgi=no&employment=none&next=nothing";

    private const string SituationSection = "/steg/situation";

    private static string? SavedCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(SavedSgiAnswers.CookieName + "=", StringComparison.Ordinal))
            : null;

    private static bool Removes(string? setCookie) =>
        setCookie is not null && (setCookie.StartsWith(SavedSgiAnswers.CookieName + "=;", StringComparison.Ordinal)
            || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    /// <summary>Saves the check's answers in this client's cookies through the save page, as a person would.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(FormClient client, string answers)
    {
        var (page, document) = await client.GetAsync("/sgi-koll/spara" + answers);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(SavedCookie(page));
        var form = document.QuerySelectorAll("main form").OfType<IHtmlFormElement>().Single(f => f.Action.Contains("handler=save", StringComparison.Ordinal));
        return await client.SubmitAsync(document, form.GetAttribute("action")!);
    }

    private async Task<QuestionnaireAnswers> StoredAnswersAsync(TestInvitation invitation)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
        return service.Answers(await db.QuestionnaireResponses.SingleOrDefaultAsync(r => r.MeetingId == invitation.MeetingId));
    }

    /// <summary>A new invitation opened in a browser that has saved the check's answers, and its situation section.</summary>
    private async Task<(TestInvitation Invitation, FormClient Client, IHtmlDocument Section)> OpenWithSavedAnswersAsync(TimeSpan? startsIn = null)
    {
        var invitation = await app.CreateMeetingAsync(startsIn: startsIn);
        var client = new FormClient(app.CreateBrowserLikeClient());
        await SaveAsync(client, OnTime);
        await app.SignInAsync(invitation, reuse: client);
        var (_, section) = await client.GetAsync(invitation.Form(SituationSection));
        return (invitation, client, section);
    }

    private static IHtmlFormElement OfferForm(IHtmlDocument section) =>
        section.QuerySelector("#sgi-svar form") as IHtmlFormElement ?? throw new InvalidOperationException("No offer on the page.");

    private static async Task<HttpResponseMessage> AnswerOfferAsync(FormClient client, IHtmlDocument section, string use)
    {
        var form = OfferForm(section);
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Append(new("use", use));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(form.GetAttribute("action"), content);
    }

    [Fact]
    public async Task SavePage_SetsAnEncryptedHttpOnlyCookie_OnlyWhenThePersonPressesSave()
    {
        // Arrange
        var client = new FormClient(app.CreateBrowserLikeClient());
        var (resultBefore, before) = await client.GetAsync("/sgi-koll/resultat" + OnTime);

        // Act
        var saved = await SaveAsync(client, OnTime);
        var (_, savePage) = await client.GetAsync("/sgi-koll/spara" + OnTime);
        var (_, resultAfter) = await client.GetAsync("/sgi-koll/resultat" + OnTime);

        // Assert: the result page only links to the save page; the cookie comes with the button
        Assert.Null(SavedCookie(resultBefore));
        Assert.Empty(before.QuerySelectorAll("main form[method=post]"));
        Assert.StartsWith("/sgi-koll/spara?situation=sjukpenning-ended", before.QuerySelector("#spara-svaren a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/sgi-koll/spara" + OnTime, FormClient.Location(saved));
        var cookie = SavedCookie(saved);
        Assert.NotNull(cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=1209600", cookie, StringComparison.OrdinalIgnoreCase);
        var value = Uri.UnescapeDataString(cookie.Split(';')[0]);
        Assert.DoesNotContain("sjukpenning", value, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-11-20", value, StringComparison.Ordinal);
        Assert.Contains("Svaren är sparade i den här webbläsaren", savePage.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Du har sparat de här svaren", resultAfter.QuerySelector("#spara-svaren")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavePage_ShowsWhatIsSaved_AndForgetRemovesIt()
    {
        // Arrange
        var client = new FormClient(app.CreateBrowserLikeClient());
        await SaveAsync(client, OnTime);
        var (_, savePage) = await client.GetAsync("/sgi-koll/spara" + OnTime);
        var forgetForm = savePage.QuerySelectorAll("main form").OfType<IHtmlFormElement>().Single(f => f.Action.Contains("handler=forget", StringComparison.Ordinal));

        // Act
        var forget = await client.SubmitAsync(savePage, forgetForm.GetAttribute("action")!);
        var (_, after) = await client.GetAsync(FormClient.Location(forget)!);

        // Assert
        Assert.Equal(13, savePage.QuerySelectorAll(".sgi-answers__row").Length);
        Assert.Empty(savePage.QuerySelectorAll(".sgi-answers__change"));
        Assert.True(Removes(SavedCookie(forget)), SavedCookie(forget));
        Assert.Contains("borttagna", after.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("main form[action*='handler=save']"));
        Assert.Null(after.QuerySelector("main form[action*='handler=forget']"));
    }

    [Fact]
    public async Task SavePage_WithOtherAnswersSaved_SaysTheyWillBeReplaced()
    {
        // Arrange
        var client = new FormClient(app.CreateBrowserLikeClient());
        await SaveAsync(client, NoSgi);

        // Act
        var (_, page) = await client.GetAsync("/sgi-koll/spara" + OnTime);

        // Assert
        Assert.Contains("ersätter de de gamla", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main form[action*='handler=save']"));
    }

    [Theory]
    [InlineData("/sgi-koll/spara?situation=sjukpenning-ended&lastday=2026-11-20", "/sgi-koll/fraga/retro?situation=sjukpenning-ended&lastday=2026-11-20")]
    [InlineData("/sgi-koll/spara", "/sgi-koll/fraga/situation")]
    public async Task SavePage_WithIncompleteAnswers_GoesOnWithTheQuestions(string url, string expected)
    {
        // Arrange
        var client = new FormClient(app.CreateBrowserLikeClient());

        // Act
        var (response, _) = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, FormClient.Location(response));
    }

    [Fact]
    public async Task SavePage_InEnglish_HasEnglishTexts()
    {
        // Arrange
        var client = new FormClient(app.CreateBrowserLikeClient());

        // Act
        var (response, page) = await client.GetAsync("/en/sgi-check/save" + OnTime);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Save the answers for your meeting", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("/en/sgi-check/save?", page.QuerySelector("main form")!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Questionnaire_Yes_FillsTheSituationSectionFromTheSavedCheck_AndForgetsIt()
    {
        // Arrange
        var (invitation, client, section) = await OpenWithSavedAnswersAsync();
        var (_, meetingSection) = await client.GetAsync(invitation.Form("/steg/motet"));

        // Act
        var yes = await AnswerOfferAsync(client, section, "ja");
        var (_, filled) = await client.GetAsync(FormClient.Location(yes)!);

        // Assert: only the section with SGI questions offers them; the facts land in the questions that name them
        Assert.Null(meetingSection.QuerySelector("#sgi-svar"));
        Assert.Equal(HttpStatusCode.Redirect, yes.StatusCode);
        Assert.Equal(invitation.Form(SituationSection) + "?fran-sgi=1", FormClient.Location(yes));
        Assert.True(Removes(SavedCookie(yes)), SavedCookie(yes));
        var stored = await StoredAnswersAsync(invitation);
        Assert.Equal("sjukpenning-ended", stored.One("beslut"));
        Assert.Equal("2026-11-20", stored.One("sista-dag"));
        Assert.Equal("unemployed", stored.One("sysselsattning"));
        Assert.Equal("yes", stored.One("har-sgi"));
        Assert.Equal("40", stored.One("sgi-timmar"));
        Assert.Equal("aktivt", stored.One("af-inskriven"));
        Assert.Equal("2026-11-23", stored.One("af-datum"));
        Assert.Equal("40", stored.One("af-timmar"));
        Assert.False(stored.Has("beslutsdatum"));
        Assert.False(stored.Has("sanktion"));
        Assert.Null(filled.QuerySelector("#sgi-svar"));
        Assert.Contains("Kontrollera att de stämmer", filled.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.True(filled.QuerySelector("input[name=beslut][value=sjukpenning-ended]") is IHtmlInputElement { IsChecked: true });
        Assert.Equal("2026-11-20", (filled.QuerySelector("input[name=sista-dag]") as IHtmlInputElement)?.Value);
    }

    [Fact]
    public async Task Questionnaire_No_FillsNothing_AndRemovesTheSavedAnswers()
    {
        // Arrange
        var (invitation, client, section) = await OpenWithSavedAnswersAsync();

        // Act
        var no = await AnswerOfferAsync(client, section, "nej");
        var (_, after) = await client.GetAsync(FormClient.Location(no)!);

        // Assert
        Assert.Equal(invitation.Form(SituationSection), FormClient.Location(no));
        Assert.True(Removes(SavedCookie(no)), SavedCookie(no));
        Assert.Empty((await StoredAnswersAsync(invitation)).Values);
        Assert.Null(after.QuerySelector("#sgi-svar"));
    }

    [Fact]
    public async Task Questionnaire_WithoutSavedAnswers_OrWithAForgedCookie_OffersNothing()
    {
        // Arrange
        var invitation = await app.CreateMeetingAsync();
        var plain = await app.SignInAsync(invitation);
        var forged = app.CreateBrowserLikeClient();
        forged.DefaultRequestHeaders.Add("Cookie", SavedSgiAnswers.CookieName + "=CfDJ8-not-a-real-payload");
        var forgedClient = await app.SignInAsync(invitation, reuse: new FormClient(forged));

        // Act
        var (plainResponse, plainPage) = await plain.GetAsync(invitation.Form(SituationSection));
        var (forgedResponse, forgedPage) = await forgedClient.GetAsync(invitation.Form(SituationSection));

        // Assert
        Assert.Equal(HttpStatusCode.OK, plainResponse.StatusCode);
        Assert.Null(plainPage.QuerySelector("#sgi-svar"));
        Assert.Equal(HttpStatusCode.OK, forgedResponse.StatusCode);
        Assert.Null(forgedPage.QuerySelector("#sgi-svar"));
        Assert.True(Removes(SavedCookie(forgedResponse)), SavedCookie(forgedResponse));
    }

    [Fact]
    public async Task Questionnaire_WithTheSectionAlreadyAnswered_OffersNothing()
    {
        // Arrange
        var invitation = await app.CreateMeetingAsync();
        var client = await app.SignInAsync(invitation);
        var (_, section) = await client.GetAsync(invitation.Form(SituationSection));
        await client.SubmitAsync(section, invitation.Form(SituationSection), ("beslut", "vet-inte"), ("sysselsattning", "employed"), ("shown", "beslut,sysselsattning,har-sgi,sgi-timmar,af-inskriven,sanktion"));
        await SaveAsync(client, OnTime);

        // Act
        var (_, again) = await client.GetAsync(invitation.Form(SituationSection));

        // Assert
        Assert.Null(again.QuerySelector("#sgi-svar"));
        Assert.Equal("vet-inte", (await StoredAnswersAsync(invitation)).One("beslut"));
    }

    [Fact]
    public async Task SavedAnswers_OlderThanFourteenDays_AreNotOffered()
    {
        // Arrange: saved today, the questionnaire opened 15 days later (the meeting is later still)
        var start = app.Clock.GetUtcNow();
        var invitation = await app.CreateMeetingAsync(startsIn: TimeSpan.FromDays(30));
        var client = new FormClient(app.CreateBrowserLikeClient());
        await SaveAsync(client, OnTime);
        try
        {
            app.Clock.Advance(SavedSgiAnswers.KeptFor + TimeSpan.FromDays(1));
            await app.SignInAsync(invitation, reuse: client);

            // Act
            var (response, section) = await client.GetAsync(invitation.Form(SituationSection));

            // Assert
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(section.QuerySelector("#sgi-svar"));
            Assert.True(Removes(SavedCookie(response)), SavedCookie(response));
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [Fact]
    public async Task Questionnaire_OfferAfterTheCutOff_ChangesNothing()
    {
        // Arrange: the 24-hour cut-off passes while the offer is open (within the citizen's 30-minute session)
        var start = app.Clock.GetUtcNow();
        var (invitation, client, section) = await OpenWithSavedAnswersAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(10));
        try
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));

            // Act
            var yes = await AnswerOfferAsync(client, section, "ja");

            // Assert
            Assert.Equal(invitation.Form(), FormClient.Location(yes));
            Assert.Empty((await StoredAnswersAsync(invitation)).Values);
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [Fact]
    public async Task EveryNewPageState_PassesTheNuHtmlChecker()
    {
        // Arrange
        var pages = new Dictionary<string, string>();
        var client = new FormClient(app.CreateBrowserLikeClient());
        async Task AddAsync(string name, string url)
        {
            var (response, _) = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}");
            pages[name] = await response.Content.ReadAsStringAsync();
        }

        await AddAsync("save page", "/sgi-koll/spara" + OnTime);
        await AddAsync("save page in English", "/en/sgi-check/save" + OnTime);
        await SaveAsync(client, NoSgi);
        await AddAsync("save page with other answers saved", "/sgi-koll/spara" + OnTime);
        await SaveAsync(client, OnTime);
        await AddAsync("save page, saved", "/sgi-koll/spara" + OnTime);
        await AddAsync("result, saved", "/sgi-koll/resultat" + OnTime);
        var invitation = await app.CreateMeetingAsync();
        await app.SignInAsync(invitation, reuse: client);
        await AddAsync("section with the offer", invitation.Form(SituationSection));
        await AddAsync("section with the offer in English", "/en" + invitation.Form(SituationSection));
        var (_, section) = await client.GetAsync(invitation.Form(SituationSection));
        await AnswerOfferAsync(client, section, "ja");
        await AddAsync("section filled from the check", invitation.Form(SituationSection) + "?fran-sgi=1");
        await AddAsync("save page, forgotten", "/sgi-koll/spara" + OnTime + "&glomt=1");

        // Act
        var errors = await Portal.TestSupport.HtmlChecker.ErrorsAsync(pages);

        // Assert
        Assert.Equal(9, pages.Count);
        Assert.Contains("Do you want to use your answers", pages["section with the offer in English"], StringComparison.Ordinal);
        Assert.Contains("borttagna", pages["save page, forgotten"], StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
