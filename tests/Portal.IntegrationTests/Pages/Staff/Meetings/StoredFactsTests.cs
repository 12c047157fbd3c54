using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.IntegrationTests.Api;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Time;

namespace Portal.IntegrationTests.Pages.Staff.Meetings;

/// <summary>
/// Facts stored when things happen (issue 20): what "Mina möten" and the case API list show of a meeting, and the
/// follow-up facts, are written with the change; the lists are one query and show what computing from the answers
/// gave; an installation from before gets both filled in once at start.
/// </summary>
public sealed class StoredFactsTests
{
    private static readonly Dictionary<string, string[]> AtRiskAnswers = new()
    {
        ["kanal"] = ["telefon"],
        ["tolk"] = ["ja"],
        ["tolk-sprak"] = ["persiska"],
        ["beslut"] = ["sjukpenning-ended"],
        ["sista-dag"] = ["2026-11-30"],
        ["sysselsattning"] = ["unemployed"],
        ["har-sgi"] = ["yes"],
        ["hjalp-af"] = ["ja"],
        ["egna-fragor"] = ["Vad händer med min SGI?"],
        ["dela-med-af"] = ["nej"],
    };

    private static readonly Dictionary<string, string[]> ProtectedAnswers = new()
    {
        ["kanal"] = ["video"],
        ["tolk"] = ["nej"],
        ["beslut"] = ["sjukpenning-ended"],
        ["sista-dag"] = ["2026-11-30"],
        ["sysselsattning"] = ["unemployed"],
        ["har-sgi"] = ["yes"],
        ["af-inskriven"] = ["aktivt"],
        ["af-datum"] = ["2026-11-20"],
        ["af-timmar"] = ["40"],
        ["dela-med-af"] = ["ja"],
    };

    [Fact]
    public async Task StoredFacts_FollowSubmitResubmitDeleteAndRetention()
    {
        // Arrange
        using var app = new PortalAppFactory();
        var id = await app.CreateMeetingForAsync("demo-handlaggare", submit: false);

        // Act and assert: each change leaves the facts a computation from the answers gives
        var created = await MeetingAsync(app, id);
        Assert.Equal((false, 0, null, ""), (created.AnswersStarted, created.SubmissionCount, created.SgiVerdict, created.ListFlags));
        var fact = await FactAsync(app, id);
        Assert.Equal((FollowUpFigures.MonthOf(StockholmTime.DateOf(app.Clock.GetUtcNow().UtcDateTime)), MeetingTypes.Omstallningsmote, "man", false), (fact.Month, fact.MeetingType, fact.Sex, fact.Submitted));

        await app.SubmitAnswersAsync(id, AtRiskAnswers);
        var submitted = await MeetingAsync(app, id);
        Assert.Equal((true, 1, "at-risk", new DateOnly(2026, 12, 1), true), (submitted.AnswersStarted, submitted.SubmissionCount, submitted.SgiVerdict, submitted.SgiDeadline, submitted.SgiAtRisk));
        Assert.Equal("interpreter! wants-af-help own-questions consent-af!", submitted.ListFlags);
        Assert.Equal(await ComputedAsync(app, id), Stored(submitted));
        fact = await FactAsync(app, id);
        Assert.Equal((true, true, true, true, true, false), (fact.Started, fact.Submitted, fact.SgiRisk, fact.NeedsInterpreter, fact.WantsAfHelp, fact.ConsentsToShareWithAf));

        await app.SubmitAnswersAsync(id, new Dictionary<string, string[]> { ["tolk"] = ["nej"], ["dela-med-af"] = ["ja"], ["af-inskriven"] = ["aktivt"], ["af-datum"] = ["2026-11-20"], ["af-timmar"] = ["40"] });
        var resubmitted = await MeetingAsync(app, id);
        Assert.Equal((2, "protected", false), (resubmitted.SubmissionCount, resubmitted.SgiVerdict, resubmitted.SgiAtRisk));
        Assert.Equal("wants-af-help own-questions consent-af", resubmitted.ListFlags);
        Assert.Equal(await ComputedAsync(app, id), Stored(resubmitted));
        // Follow-up counts the first submission, as it always did
        Assert.True((await FactAsync(app, id)).NeedsInterpreter);

        using (var scope = app.Services.CreateScope())
        {
            var questionnaires = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
            await questionnaires.DeleteAsync((await questionnaires.FindAsync(id))!, new ProcessContext("citizen:test", app.Clock.GetUtcNow().UtcDateTime));
        }

        var deleted = await MeetingAsync(app, id);
        Assert.Equal((false, 0, null, null, false, ""), (deleted.AnswersStarted, deleted.SubmissionCount, deleted.SgiVerdict, deleted.SgiDeadline, deleted.SgiAtRisk, deleted.ListFlags));
        Assert.True((await FactAsync(app, id)).Submitted);

        app.Clock.Advance(TimeSpan.FromDays(60));
        Assert.Equal(1, await app.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single().RunOnceAsync());
        await using var db = app.Database.CreateContext();
        var kept = await db.FollowUpFacts.AsNoTracking().SingleAsync();
        Assert.Null(kept.MeetingId);
        Assert.True(kept.Submitted && kept.NeedsInterpreter);
        var keptEvent = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.EventType == AuditEventType.FollowUpFactsKept.Name);
        Assert.Equal(kept.Id.ToString(), keptEvent.SubjectId);
    }

    [Fact]
    public async Task MeetingList_ShowsWhatComputingFromTheAnswersGives_ForTheDemoData_InOneQuery()
    {
        // Arrange: the demo meetings with answers in every state, and one more with a changed submission after a read
        var counter = new CommandRecorder();
        using var app = new PortalAppFactory();
        app.Interceptors.Add(counter);
        var ids = await DemoMeetingsAsync(app);
        var lead = await app.SignInAsStaffAsync(StaffTestData.TeamLead);
        var anna = await app.SignInAsStaffAsync(StaffTestData.Anna);

        foreach (var (client, account, url) in new[]
        {
            (lead, StaffTestData.TeamLead, "/handlaggare/moten"),
            (lead, StaffTestData.TeamLead, "/handlaggare/moten?visa=tidigare&sortera=status"),
            (lead, StaffTestData.TeamLead, "/handlaggare/moten?sgi=i-fara"),
            (anna, StaffTestData.Anna, "/handlaggare/moten?sortera=tid"),
        })
        {
            // Act
            counter.Clear();
            var (_, page) = await client.GetAsync(url);
            var reads = counter.Reads;

            // Assert: the rows, and one query for them that reads no answers and no content
            var shown = page.QuerySelectorAll("table.staff-table tbody tr").Select(Row).ToList();
            var expected = await ExpectedRowsAsync(app, account, ids, url.Contains("i-fara", StringComparison.Ordinal), url.Contains("tidigare", StringComparison.Ordinal));
            Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
            Assert.NotEmpty(shown);
            Assert.Single(reads, r => r.Contains("FROM \"Meetings\"", StringComparison.Ordinal));
            Assert.DoesNotContain(reads, r => r.Contains("\"QuestionnaireResponses\"", StringComparison.Ordinal) || r.Contains("\"ResponseSubmissions\"", StringComparison.Ordinal) || r.Contains("\"ContentVersions\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task CaseApiList_IsOneQuery_WithTheStatusComputingFromTheAnswersGives()
    {
        // Arrange
        var counter = new CommandRecorder();
        using var app = new PortalAppFactory();
        app.Interceptors.Add(counter);
        var ids = await DemoMeetingsAsync(app);
        await app.SeedStaffAsync();
        var client = app.CreateBrowserLikeClient().WithToken(await app.TokenAsync(StaffTestData.TeamLead.UserName));
        var now = app.Clock.GetUtcNow();

        // Act
        counter.Clear();
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/meetings?from={Uri.EscapeDataString(now.AddDays(-5).ToString("O"))}&to={Uri.EscapeDataString(now.AddDays(30).ToString("O"))}");
        var reads = counter.Reads;

        // Assert
        var expected = new Dictionary<string, string>();
        foreach (var id in ids)
        {
            expected[id.ToString()] = PreparedAnswers.StatusCode((await OldAsync(app, id, mayOpen: true)).Status);
        }

        Assert.Equal(
            expected.Select(e => $"{e.Key} {e.Value}").Order(StringComparer.Ordinal),
            list.EnumerateArray().Select(m => $"{m.GetProperty("id").GetString()} {m.GetProperty("questionnaireStatus").GetString()}").Order(StringComparer.Ordinal));
        Assert.Single(reads, r => r.Contains("FROM \"Meetings\"", StringComparison.Ordinal));
        Assert.DoesNotContain(reads, r => r.Contains("\"QuestionnaireResponses\"", StringComparison.Ordinal) || r.Contains("\"ResponseSubmissions\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Backfill.DefaultBatchSize)]
    [InlineData(2)]
    public async Task AnInstallationFromBefore_GetsItsFactsFilledInOnceAtStart_WithTheSameFiguresAndList_ABatchAtATime(int batchSize)
    {
        // Arrange: meetings in every state, some deleted by retention, then the stored facts taken away as before the upgrade
        using var app = new PortalAppFactory();
        await OpenAsync(app, await app.CreateMeetingForAsync("demo-handlaggare"));

        app.Clock.Advance(TimeSpan.FromDays(40));
        var ids = await DemoMeetingsAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(25));
        Assert.Equal(1, await app.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single().RunOnceAsync());
        app.Clock.Advance(TimeSpan.FromDays(-25));
        var figures = await CsvAsync(app);
        var meetings = await StoredAsync(app);
        var rows = await FactRowsAsync(app);
        await using (var db = app.Database.CreateContext())
        {
            await db.FollowUpFacts.ExecuteDeleteAsync();
            await db.AuditEvents.Where(e => e.EventType == AuditEventType.StoredFactsBackfilled.Name).ExecuteDeleteAsync();
            await db.Meetings.ExecuteUpdateAsync(s => s.SetProperty(m => m.AnswersStarted, false).SetProperty(m => m.SubmissionCount, 0)
                .SetProperty(m => m.SgiVerdict, (string?)null).SetProperty(m => m.SgiDeadline, (DateOnly?)null).SetProperty(m => m.SgiAtRisk, false).SetProperty(m => m.ListFlags, ""));
        }

        Assert.NotEqual(meetings, await StoredAsync(app));

        // Act: the upgraded version starts, twice
        var counter = new CommandRecorder();
        using var upgraded = new PortalAppFactory(app) { Settings = { [Backfill.BatchSizeKey] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        upgraded.Interceptors.Add(counter);
        upgraded.Clock.Set(app.Clock.GetUtcNow());
        _ = upgraded.Services;
        var reads = counter.Reads;
        using var again = new PortalAppFactory(app);
        again.Clock.Set(app.Clock.GetUtcNow());
        _ = again.Services;

        // Assert
        Assert.Equal(meetings, await StoredAsync(app));
        Assert.Equal(rows, await FactRowsAsync(app));
        Assert.Equal(figures, await CsvAsync(upgraded));
        await using var check = app.Database.CreateContext();
        Assert.Equal(2, await check.AuditEvents.CountAsync(e => e.EventType == AuditEventType.StoredFactsBackfilled.Name));
        Assert.Equal(ids.Count + 1, await check.FollowUpFacts.CountAsync());
        // Bounded memory: the audit log is read a batch of meetings at a time (LIMIT), each batch's events by its
        // subjects, never whole (besides whether the fills are done); and the meetings with answers likewise
        var auditReads = reads.Where(r => r.Contains("FROM \"AuditEvents\"", StringComparison.Ordinal)).ToList();
        Assert.All(auditReads, r => Assert.True(r.StartsWith("SELECT EXISTS", StringComparison.Ordinal) || r.Contains("LIMIT", StringComparison.Ordinal) || r.Contains("subjects", StringComparison.Ordinal), r));
        var meetingBatches = reads.Count(r => r.Contains("FROM \"Meetings\"", StringComparison.Ordinal) && r.Contains("\"QuestionnaireResponses\"", StringComparison.Ordinal) && r.Contains("LIMIT", StringComparison.Ordinal));
        Assert.True(meetingBatches >= (batchSize == 2 ? 3 : 1), $"{meetingBatches} batches of meetings");
    }

    /// <summary>The demo invitations (Demo:Enabled), with answers in every state a list shows.</summary>
    private static async Task<List<Guid>> DemoMeetingsAsync(PortalAppFactory app)
    {
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }

        await using var db = app.Database.CreateContext();
        var demo = await db.Meetings.Where(m => m.IsDemo).OrderBy(m => m.StartsAtUtc).Select(m => new { m.Id, m.HasProtectedIdentity }).ToListAsync();
        var open = demo.Where(m => !m.HasProtectedIdentity).Select(m => m.Id).ToList();
        var protectedId = demo.Single(m => m.HasProtectedIdentity).Id;
        // Submitted, at risk; submitted, read, then changed; opened only; protected identity, submitted
        await app.SubmitAnswersAsync(open[0], AtRiskAnswers);
        await app.SubmitAnswersAsync(open[1], ProtectedAnswers);
        await db.Meetings.Where(m => m.Id == open[1]).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadSubmissionNumber, 1));
        await app.SubmitAnswersAsync(open[1], new Dictionary<string, string[]> { ["tolk"] = ["ja"] });
        await OpenAsync(app, open[2]);
        await app.SubmitAnswersAsync(protectedId, ProtectedAnswers);
        // Started but not submitted, and one in the past
        var started = await app.CreateMeetingForAsync("demo-handlaggare", submit: false, name: "Påbörjad Person", startsIn: TimeSpan.FromHours(3));
        using (var scope = app.Services.CreateScope())
        {
            var published = await scope.ServiceProvider.GetRequiredService<QuestionnaireCatalog>().PublishedAsync(QuestionnaireCatalog.PreMeetingId, Portal.Web.Platform.Localization.Languages.Swedish);
            var answers = new QuestionnaireAnswers();
            answers.Set("tolk", ["ja"]);
            await scope.ServiceProvider.GetRequiredService<QuestionnaireService>().SaveAsync(started, 0, answers, published.VersionId, new ProcessContext("citizen:test", app.Clock.GetUtcNow().UtcDateTime));
        }

        var past = await app.CreateMeetingForAsync("demo-handlaggare-2", name: "Tidigare Person", startsIn: TimeSpan.FromDays(-2));
        return [.. demo.Select(m => m.Id), started, past];
    }

    private static async Task OpenAsync(PortalAppFactory app, Guid meetingId)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var invitation = await services.GetRequiredService<PortalDbContext>().Invitations.Include(x => x.Meeting).SingleAsync(x => x.MeetingId == meetingId);
        var personnummer = services.GetRequiredService<PersonalDataProtector>().Unprotect(invitation.Meeting!.PersonnummerProtected);
        await services.GetRequiredService<IInvitationIdentification>().VerifyAsync(invitation, personnummer, new ProcessContext("citizen:test", app.Clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>What the list computed before the facts were stored: status from the answers, flags and SGI from the last submission.</summary>
    private static async Task<(PreparedAnswers.Status Status, IReadOnlyList<PreparedAnswers.Flag> Flags, SgiFromQuestionnaire.Summary? Sgi)> OldAsync(PortalAppFactory app, Guid id, bool mayOpen)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var meeting = await services.GetRequiredService<PortalDbContext>().Meetings.Include(m => m.Invitation).AsNoTracking().SingleAsync(m => m.Id == id);
        var questionnaires = services.GetRequiredService<QuestionnaireService>();
        var response = await questionnaires.FindAsync(id);
        var status = PreparedAnswers.StatusOf(meeting, response);
        if (!mayOpen || response?.Submissions.OrderBy(s => s.Number).LastOrDefault() is not { } last)
        {
            return (status, [], null);
        }

        var definition = await services.GetRequiredService<QuestionnaireCatalog>().ByVersionAsync(last.DefinitionVersionId);
        var answers = questionnaires.Answers(last);
        var summary = services.GetRequiredService<SgiFromQuestionnaire>().Evaluate(definition, answers, app.Clock.GetUtcNow().UtcDateTime);
        return (status, PreparedAnswers.FlagsFor(definition, answers).ToList(), summary);
    }

    private static async Task<List<string>> ExpectedRowsAsync(PortalAppFactory app, Portal.Web.Features.StaffAccounts.DemoStaff.Account account, IEnumerable<Guid> ids, bool atRiskOnly, bool past)
    {
        var rows = new List<string>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var startOfToday = StockholmTime.ToUtc(StockholmTime.DateOf(now), TimeOnly.MinValue);
        foreach (var id in ids)
        {
            await using var db = app.Database.CreateContext();
            var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id);
            var allMeetings = account.Permissions.Contains(Portal.Web.Platform.Security.StaffPermissions.AllMeetings);
            if ((!allMeetings && meeting.CaseOfficerId != account.Id) || (meeting.StartsAtUtc < startOfToday) != past)
            {
                continue;
            }

            var mayOpen = !meeting.HasProtectedIdentity || account.Permissions.Contains(Portal.Web.Platform.Security.StaffPermissions.ProtectedIdentity);
            var (status, flags, sgi) = await OldAsync(app, id, mayOpen);
            if (atRiskOnly && !PreparedAnswers.SgiAtRisk(sgi))
            {
                continue;
            }

            using var scope = app.Services.CreateScope();
            var name = meeting.HasProtectedIdentity ? "Skyddade personuppgifter" : scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().Unprotect(meeting.PersonNameProtected);
            var sgiText = sgi is null ? "Inget resultat" : PreparedAnswers.SgiListText(sgi.Verdict, sgi.Deadline, PreparedAnswers.SgiAtRisk(sgi), StockholmTime.DateOf(now));
            rows.Add($"{name} | {PreparedAnswers.StatusName(status)} | {sgiText}{(PreparedAnswers.SgiAtRisk(sgi) ? "!" : "")} | {string.Join(", ", flags.Select(f => f.Label + (f.Warning ? "!" : "")))}");
        }

        return rows;
    }

    private static string Row(AngleSharp.Dom.IElement row)
    {
        // Tid, Person, Möte, Svar på inbjudan, Formulär, SGI, Flaggor
        var cells = row.QuerySelectorAll("td");
        var sgi = cells[5];
        return $"{cells[1].TextContent.Trim()} | {cells[4].TextContent.Trim()} | {sgi.TextContent.Trim()}{(sgi.QuerySelector(".flag--warning") is null ? "" : "!")} | "
            + string.Join(", ", cells[6].QuerySelectorAll("li").Select(li => li.TextContent.Trim() + (li.ClassList.Contains("flag--warning") ? "!" : "")));
    }

    private static async Task<Meeting> MeetingAsync(PortalAppFactory app, Guid id)
    {
        await using var db = app.Database.CreateContext();
        return await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<FollowUpFact> FactAsync(PortalAppFactory app, Guid id)
    {
        await using var db = app.Database.CreateContext();
        return await db.FollowUpFacts.AsNoTracking().SingleAsync(f => f.MeetingId == id);
    }

    private static string Stored(Meeting meeting) => $"{meeting.SgiVerdict} {meeting.SgiDeadline} {meeting.SgiAtRisk} {meeting.ListFlags}";

    private static async Task<string> ComputedAsync(PortalAppFactory app, Guid id)
    {
        var (_, flags, sgi) = await OldAsync(app, id, mayOpen: true);
        return $"{sgi?.Verdict} {sgi?.Deadline} {PreparedAnswers.SgiAtRisk(sgi)} {MeetingFacts.EncodeFlags(flags)}";
    }

    private static async Task<List<string>> StoredAsync(PortalAppFactory app)
    {
        await using var db = app.Database.CreateContext();
        return (await db.Meetings.AsNoTracking().ToListAsync())
            .Select(m => $"{m.Id} {m.AnswersStarted} {m.SubmissionCount} {Stored(m)}").Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> FactRowsAsync(PortalAppFactory app)
    {
        await using var db = app.Database.CreateContext();
        return (await db.FollowUpFacts.AsNoTracking().ToListAsync())
            .Select(f => $"{f.MeetingId} {f.Month} {f.MeetingType} {f.Sex} {f.Opened} {f.Started} {f.Submitted} {f.SubmittedBeforeMeeting} {f.SgiRisk} {f.WantsAfHelp} {f.NeedsInterpreter} {f.ConsentsToShareWithAf}")
            .Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<string> CsvAsync(PortalAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var figures = await FollowUpFigures.LoadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), CancellationToken.None);
        return string.Join('\n',
            from period in figures.Months.Concat(figures.Quarters)
            from type in FollowUpFigures.Types
            from sex in FollowUpFigures.Sexes.Append("okant")
            from measure in FollowUpFigures.Measures
            select $"{period} {type} {sex} {measure.Key} {figures.Raw(period, type, sex, measure.Key)} {FollowUpFigures.Cell(figures.Count(period, type, sex, measure.Key))}");
    }
}
