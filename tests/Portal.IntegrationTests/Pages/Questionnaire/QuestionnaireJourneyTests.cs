using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Pages.Questionnaire;

public sealed class QuestionnaireJourneyTests : IDisposable
{
    private readonly PortalAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static readonly (string Section, (string, string)[] Fields)[] CompleteAnswers =
    [
        ("motet", [("kanal", "video"), ("tolk", "ja"), ("tolk-sprak", "arabiska"), ("tillganglighet", "horsel"), ("tillganglighet-beskrivning", "Skrivtolk tack"), ("ta-med", "nej")]),
        ("situation", [("beslut", "sjukpenning-ended"), ("sista-dag", "2026-11-13"), ("beslutsdatum", "2026-11-10"), ("sysselsattning", "unemployed"), ("har-sgi", "yes"), ("sgi-timmar", "40"), ("af-inskriven", "aktivt"), ("af-datum", "2026-11-14"), ("af-timmar", "40"), ("sanktion", "nej")]),
        ("planer", [("plan", "nytt-arbete"), ("arbetsformaga", "deltid"), ("erfarenhet", "Undersköterska i tio år."), ("utbildning", "Vård och omsorg")]),
        ("halsa", [("begransningar", "Orkar inte heltid just nu.")]),
        ("stod", [("hjalp-af", "ja"), ("e-legitimation", "ja"), ("andra-aktorer", "varden"), ("egna-fragor", "Hur påverkas min SGI?")]),
        ("samtycke", [("dela-med-af", "ja")]),
    ];

    internal static async Task AnswerEverythingAsync(FormClient client, TestInvitation invitation)
    {
        foreach (var (section, fields) in CompleteAnswers)
        {
            var (_, page) = await client.GetAsync(invitation.Form("/steg/" + section));
            var shownOnPage = page.QuerySelector("input[name=shown]")?.GetAttribute("value") ?? "";
            var shown = string.Join(',', shownOnPage.Split(',').Concat(fields.Select(f => f.Item1)).Distinct());
            var response = await client.SubmitAsync(page, invitation.Form("/steg/" + section), [.. fields, ("shown", shown)]);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Section {section} was not saved: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = _app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [Fact]
    public async Task WholeJourney_OpenIdentifyAnswerCheckSubmit_StoresOneEncryptedSubmission()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);

        // Act
        await AnswerEverythingAsync(client, invitation);
        var (checkResponse, check) = await client.GetAsync(invitation.Form("/kontrollera"));
        var submit = await client.SubmitAsync(check, invitation.Form("/kontrollera"));
        var (doneResponse, done) = await client.GetAsync(invitation.Form("/klart"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        Assert.Contains("arabiska", check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(invitation.Form("/klart"), FormClient.Location(submit));
        Assert.Equal(HttpStatusCode.OK, doneResponse.StatusCode);
        Assert.Matches("FM-[A-Z0-9]{4}-[A-Z0-9]{4}", done.QuerySelector("main")!.TextContent);
        var response = await WithDbAsync(db => db.QuestionnaireResponses.Include(r => r.Submissions).SingleAsync());
        Assert.Single(response.Submissions);
        Assert.Equal(response.Revision, response.SubmittedRevision);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.QuestionnaireSubmitted.Name)));
    }

    [Fact]
    public async Task Submit_Twice_KeepsOneSubmission()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await AnswerEverythingAsync(client, invitation);
        var (_, check) = await client.GetAsync(invitation.Form("/kontrollera"));

        // Act: the same form posted twice (a double click)
        var first = await client.SubmitAsync(check, invitation.Form("/kontrollera"));
        var second = await client.SubmitAsync(check, invitation.Form("/kontrollera"));

        // Assert
        Assert.Equal(invitation.Form("/klart"), FormClient.Location(first));
        Assert.Equal(invitation.Form("/klart"), FormClient.Location(second));
        Assert.Equal(1, await WithDbAsync(db => db.ResponseSubmissions.CountAsync()));
    }

    [Fact]
    public async Task ChangeAfterSubmit_CreatesANewSubmittedVersion()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        await AnswerEverythingAsync(client, invitation);
        await client.SubmitAsync(invitation.Form("/kontrollera"));

        // Act
        await client.SubmitAsync(invitation.Form("/steg/motet?tillbaka=kontrollera"), ("kanal", "telefon"), ("tolk", "nej"), ("shown", "kanal,tolk,tillganglighet,ta-med"));
        var (_, index) = await client.GetAsync(invitation.Form());
        await client.SubmitAsync(invitation.Form("/kontrollera"));

        // Assert
        Assert.Contains("inte är skickade", index.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var submissions = await WithDbAsync(db => db.ResponseSubmissions.OrderBy(s => s.Number).ToListAsync());
        Assert.Equal([1, 2], submissions.Select(s => s.Number));
        using var scope = _app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
        Assert.Equal("video", service.Answers(submissions[0]).One("kanal"));
        Assert.Equal("telefon", service.Answers(submissions[1]).One("kanal"));
        Assert.False(service.Answers(submissions[1]).Has("tolk-sprak"));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventType.QuestionnaireChanged.Name)));
    }

    [Fact]
    public async Task FollowUpQuestion_AppearsAfterSavingWithoutJavaScript_ThenIsRequired()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var url = invitation.Form("/steg/motet");
        var (_, before) = await client.GetAsync(url);

        // Act 1: answer "ja" to interpreter; the language question was not shown yet
        var first = await client.SubmitAsync(before, url, ("kanal", "video"), ("tolk", "ja"));
        var afterFirst = await PortalAppFactory.ParseAsync(first);

        // Act 2: continue without answering it
        var second = await client.SubmitAsync(afterFirst, url, ("kanal", "video"), ("tolk", "ja"));
        var afterSecond = await PortalAppFactory.ParseAsync(second);

        // Assert
        Assert.True(before.GetElementById("block-tolk-sprak")!.HasAttribute("hidden"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(afterFirst.GetElementById("block-tolk-sprak")!.HasAttribute("hidden"));
        Assert.Null(afterFirst.QuerySelector(".label__message--error"));
        Assert.Contains("lagt till", afterFirst.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Svara på frågan.", afterSecond.QuerySelector("#block-tolk-sprak .label__message--error")?.TextContent.Trim());
        Assert.NotNull(afterSecond.QuerySelector("#error-summary a[href='#q-tolk-sprak']"));
    }

    [Fact]
    public async Task ChangingAnAnswer_DropsFollowUpAnswersThatNoLongerApply()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var url = invitation.Form("/steg/motet");
        await client.SubmitAsync(url, ("kanal", "video"), ("tolk", "ja"), ("tolk-sprak", "somaliska"), ("shown", "kanal,tolk,tolk-sprak,tillganglighet,ta-med"));

        // Act
        await client.SubmitAsync(url, ("kanal", "video"), ("tolk", "nej"), ("tolk-sprak", "somaliska"), ("shown", "kanal,tolk,tolk-sprak,tillganglighet,ta-med"));

        // Assert
        using var scope = _app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
        var answers = service.Answers(await service.FindAsync(invitation.MeetingId));
        Assert.Equal("nej", answers.One("tolk"));
        Assert.False(answers.Has("tolk-sprak"));
    }

    public static TheoryData<string, string, string, string> InvalidAnswers() => new()
    {
        { "motet", "kanal", "helikopter", "Välj ett av svaren." },
        { "motet", "kanal", "", "Välj ett av svaren." },
        { "motet", "tillganglighet", "teleportering", "Välj bland svaren som finns." },
        { "situation", "sgi-timmar", "fyrtio", "Skriv ett tal" },
        { "situation", "sgi-timmar", "169", "Skriv ett tal mellan 0 och 168." },
        { "situation", "sgi-timmar", "-1", "Skriv ett tal mellan 0 och 168." },
        { "situation", "beslutsdatum", "2026-02-30", "Skriv datumet som ÅÅÅÅ-MM-DD" },
        { "situation", "beslutsdatum", "13/11/2026", "Skriv datumet som ÅÅÅÅ-MM-DD" },
        { "situation", "beslutsdatum", "2026-12-24", "Datumet kan inte vara senare än i dag." },
        { "situation", "beslutsdatum", "1066-10-14", "Datumet verkar inte stämma." },
        { "planer", "utbildning", new string('x', 501), "Texten är för lång. Skriv högst 500 tecken (du har skrivit 501)." },
        { "samtycke", "dela-med-af", "", "Välj ett av svaren." },
        { "samtycke", "dela-med-af", "vet-inte", "Välj ett av svaren." },
    };

    [Theory]
    [MemberData(nameof(InvalidAnswers))]
    public async Task InvalidAnswer_GivesSwedishMessageByTheField_AndNothingIsSaved(string section, string question, string value, string message)
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var url = invitation.Form("/steg/" + section);
        (string, string)[] context = section == "situation"
            ? [("beslut", "sjukpenning-denied"), ("sysselsattning", "unemployed"), ("shown", "beslut,beslutsdatum,sysselsattning,har-sgi,sgi-timmar,af-inskriven,sanktion")]
            : section == "motet" && question != "kanal" ? [("kanal", "video"), ("shown", "kanal,tolk,tillganglighet,ta-med")] : [];

        // Act
        var response = await client.SubmitAsync(url, [.. context, (question, value)]);
        var document = await PortalAppFactory.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.QuerySelector($"#block-{question} .label__message--error")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#error-summary"));
        Assert.Null(await WithDbAsync(db => db.QuestionnaireResponses.SingleOrDefaultAsync()));
        if (value.Length is > 0 and < 100 && question is not ("kanal" or "tillganglighet" or "dela-med-af"))
        {
            Assert.Equal(value, document.GetElementById("q-" + question)?.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Resume_OpeningTheLinkAgain_ContinuesWhereThePersonLeftOff()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();
        var first = await _app.SignInAsync(invitation);
        await first.SubmitAsync(invitation.Form("/steg/motet"), ("kanal", "telefon"), ("shown", "kanal,tolk,tillganglighet,ta-med"));

        // Act: a new browser opens the same link
        var second = await _app.SignInAsync(invitation);
        var (_, index) = await second.GetAsync(invitation.Form());
        var (_, motet) = await second.GetAsync(invitation.Form("/steg/motet"));

        // Assert
        Assert.Equal(invitation.Form("/steg/situation"), index.QuerySelector("main a.button--primary")?.GetAttribute("href"));
        Assert.Equal("Fortsätt där du slutade", index.QuerySelector("main a.button--primary")?.TextContent.Trim());
        Assert.True(motet.QuerySelector("input[name=kanal][value=telefon]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task SameFormSavedInTwoTabs_SecondSaveIsAConflictAndLosesNothing()
    {
        // Arrange: two tabs load the same page
        var invitation = await _app.CreateMeetingAsync();
        var client = await _app.SignInAsync(invitation);
        var url = invitation.Form("/steg/motet");
        var (_, tabA) = await client.GetAsync(url);
        var (_, tabB) = await client.GetAsync(url);

        // Act
        await client.SubmitAsync(tabA, url, ("kanal", "video"), ("shown", "kanal,tolk,tillganglighet,ta-med"));
        var conflict = await client.SubmitAsync(tabB, url, ("kanal", "pa-plats"), ("shown", "kanal,tolk,tillganglighet,ta-med"));
        var conflictPage = await PortalAppFactory.ParseAsync(conflict);
        using var scope = _app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
        var afterConflict = service.Answers(await service.FindAsync(invitation.MeetingId)).One("kanal");
        var resolved = await client.SubmitAsync(conflictPage, url, ("kanal", "pa-plats"), ("shown", "kanal,tolk,tillganglighet,ta-med"));
        using var scope2 = _app.Services.CreateScope();
        var service2 = scope2.ServiceProvider.GetRequiredService<QuestionnaireService>();

        // Assert
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("ändrats i ett annat fönster", conflictPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Video", conflictPage.QuerySelector(".message-box--warning")!.TextContent, StringComparison.Ordinal);
        Assert.True(conflictPage.QuerySelector("input[name=kanal][value=pa-plats]")!.HasAttribute("checked"));
        Assert.Equal("video", afterConflict);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal("pa-plats", service2.Answers(await service2.FindAsync(invitation.MeetingId)).One("kanal"));
    }

    [Fact]
    public async Task EncryptedColumns_DoNotContainThePlainText()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync(name: "Tolvan Tolvansson");
        var client = await _app.SignInAsync(invitation);
        await AnswerEverythingAsync(client, invitation);
        await client.SubmitAsync(invitation.Form("/kontrollera"));

        // Act: read the raw database file
        var raw = new List<string>();
        await using (var connection = _app.Database.CreateConnection())
        {
            await connection.OpenAsync();
            foreach (var sql in new[]
            {
                """SELECT "PersonnummerProtected" || "PersonNameProtected" || "PersonnummerHash" FROM "Meetings" """,
                """SELECT "AnswersProtected" FROM "QuestionnaireResponses" """,
                """SELECT "AnswersProtected" FROM "ResponseSubmissions" """,
                """SELECT "PayloadJson" FROM "AuditEvents" """,
            })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    raw.Add(reader.GetString(0));
                }
            }
        }

        // Assert
        var all = string.Join("\n", raw);
        Assert.NotEmpty(raw);
        foreach (var secret in new[] { "191212121212", "19121212-1212", "Tolvan", "arabiska", "Undersköterska", "Orkar inte heltid", "Skrivtolk" })
        {
            Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Logs_FromAWholeJourney_ContainNoPersonnummer()
    {
        // Arrange
        var invitation = await _app.CreateMeetingAsync();

        // Act: a wrong try, the right one, and the whole form
        var stranger = new FormClient(_app.CreateBrowserLikeClient());
        await stranger.SubmitAsync(invitation.Link, ("Personnummer", QuestionnaireTestData.Maja));
        var client = await _app.SignInAsync(invitation);
        await AnswerEverythingAsync(client, invitation);
        await client.SubmitAsync(invitation.Form("/kontrollera"));

        // Assert
        var logs = string.Join("\n", _app.Logs.Lines);
        Assert.NotEmpty(_app.Logs.Lines);
        foreach (var secret in new[] { "191212121212", "19121212-1212", "121212-1212", "1212121212", "191202112346", "19120211-2346", "arabiska" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }
}
