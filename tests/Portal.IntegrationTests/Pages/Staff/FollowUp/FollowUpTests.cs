using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;

namespace Portal.IntegrationTests.Pages.Staff.FollowUp;

/// <summary>The follow-up figures: exact counts from events (also after retention), suppression of small cells, CSV and JSON.</summary>
public sealed class FollowUpTests
{
    internal const string Woman = "19120211-2346";
    internal const string Man = "19121212-1212";

    /// <summary>Seeds meetings through the real services: opened via the personnummer check, answers submitted with their facts.</summary>
    internal static async Task<List<Guid>> SeedAsync(PortalAppFactory app, string personnummer, int count, bool open, bool submit, bool interpreter)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            using var scope = app.Services.CreateScope();
            var services = scope.ServiceProvider;
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var (meeting, _) = await services.GetRequiredService<MeetingService>().CreateAsync(
                new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, now.AddDays(5), MeetingChannels.Video, "demo-handlaggare",
                    Personnummer.Parse(personnummer, DateOnly.FromDateTime(now), out _)!, "Test Person"),
                new ProcessContext("test", now));
            ids.Add(meeting.Id);
            if (open)
            {
                var invitation = await services.GetRequiredService<PortalDbContext>().Invitations.Include(x => x.Meeting).SingleAsync(x => x.MeetingId == meeting.Id);
                await services.GetRequiredService<IInvitationIdentification>().VerifyAsync(invitation, personnummer, new ProcessContext("citizen:test", now));
            }

            if (submit)
            {
                var published = await services.GetRequiredService<QuestionnaireCatalog>().PublishedAsync(QuestionnaireCatalog.PreMeetingId, Portal.Web.Platform.Localization.Languages.Swedish);
                var answers = new QuestionnaireAnswers();
                answers.Set("kanal", ["video"]);
                answers.Set("tolk", [interpreter ? "ja" : "nej"]);
                answers.Set("dela-med-af", ["ja"]);
                var questionnaires = services.GetRequiredService<QuestionnaireService>();
                var context = new ProcessContext("citizen:test", now);
                await questionnaires.SaveAsync(meeting.Id, 0, answers, published.VersionId, context);
                var stored = await services.GetRequiredService<PortalDbContext>().Meetings.SingleAsync(m => m.Id == meeting.Id);
                var facts = services.GetRequiredService<QuestionnaireStatistics>().For(stored, published.Definition, answers, now);
                await questionnaires.SubmitAsync((await questionnaires.FindAsync(meeting.Id))!, facts, context);
            }
        }

        return ids;
    }

    [Fact]
    public async Task Figures_MatchTheSeededMeetings_AlsoAfterRetentionDeletedTheAnswers()
    {
        // Arrange: 15 women (5 submitted with interpreter, 5 opened only, 5 never opened), 10 men (5 submitted, 5 never opened)
        using var app = new PortalAppFactory();
        await SeedAsync(app, Woman, 5, open: true, submit: true, interpreter: true);
        await SeedAsync(app, Woman, 5, open: true, submit: false, interpreter: false);
        await SeedAsync(app, Woman, 5, open: false, submit: false, interpreter: false);
        await SeedAsync(app, Man, 5, open: true, submit: true, interpreter: false);
        await SeedAsync(app, Man, 5, open: false, submit: false, interpreter: false);
        var month = FollowUpFigures.MonthOf(Portal.Web.Platform.Time.StockholmTime.DateOf(app.Clock.GetUtcNow().UtcDateTime));

        // Act
        async Task<FollowUpFigures> LoadAsync()
        {
            using var scope = app.Services.CreateScope();
            return await FollowUpFigures.LoadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), CancellationToken.None);
        }

        var before = await LoadAsync();
        app.Clock.Advance(TimeSpan.FromDays(60));
        var deleted = await app.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single().RunOnceAsync();
        var after = await LoadAsync();

        // Assert
        Assert.Equal(25, deleted);
        foreach (var figures in new[] { before, after })
        {
            Assert.Equal(25, figures.Count(month, "alla", "alla", "created"));
            Assert.Equal(15, figures.Count(month, "alla", "kvinna", "created"));
            Assert.Equal(10, figures.Count(month, "alla", "man", "created"));
            Assert.Equal(15, figures.Count(month, "alla", "alla", "opened"));
            Assert.Equal(10, figures.Count(month, "alla", "kvinna", "opened"));
            Assert.Equal(5, figures.Count(month, "alla", "man", "opened"));
            Assert.Equal(10, figures.Count(month, "alla", "alla", "started"));
            Assert.Equal(10, figures.Count(month, "alla", "alla", "submitted"));
            Assert.Equal(5, figures.Count(month, "alla", "kvinna", "submitted"));
            Assert.Equal(10, figures.Count(month, "alla", "alla", "before"));
            // Everyone who submitted consented, and every woman who submitted needs an interpreter: 100 % cells tell
            // each person's answer, so they are suppressed (issue 14, item 11)
            Assert.Null(figures.Count(month, "alla", "alla", "consent"));
            Assert.Null(figures.Count(month, "alla", "kvinna", "interpreter"));
            Assert.Equal(5, figures.Count(month, "alla", "alla", "interpreter"));
            Assert.Null(figures.Count(month, "alla", "man", "interpreter"));
            Assert.Equal(10, figures.Count(FollowUpFigures.QuarterOf(DateOnly.Parse(month + "-01", System.Globalization.CultureInfo.InvariantCulture)), "omstallningsmote", "alla", "submitted"));
            Assert.Equal(10.0 / 25, figures.Share(month, "alla", "alla", "submitted"));
            Assert.Equal(0.5, figures.Share(month, "alla", "alla", "interpreter"));
        }
    }

    [Fact]
    public void SmallCells_AreShownAsLessThanFive_AndGiveNoShare()
    {
        // Arrange
        var meetings = Enumerable.Range(0, 3).Select(_ => new FollowUpFigures.Meeting(new DateOnly(2026, 11, 3), MeetingTypes.Kontaktmote, "kvinna", true, true, null)).ToList();

        // Act
        var figures = FollowUpFigures.From(meetings);

        // Assert
        Assert.Null(figures.Count("2026-11", "alla", "alla", "created"));
        Assert.Equal("< 5", FollowUpFigures.Cell(figures.Count("2026-11", "alla", "alla", "created")));
        Assert.Null(figures.Share("2026-11", "alla", "alla", "opened"));
    }

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoCombinationOfFilters_RevealsFewerThanFivePeople(int seed)
    {
        // Arrange: a random but repeatable mix of meetings over three months, types and both sexes
        var random = new Random(seed);
        var meetings = Enumerable.Range(0, random.Next(5, 80)).Select(_ =>
        {
            var opened = random.Next(3) > 0;
            var submitted = opened && random.Next(3) > 0;
            var answer = opened && random.Next(4) > 0 ? InvitationAnswers.All[random.Next(3)] : null;
            var reasons = DeclineReasons.All.Append(null).ToList();
            return new FollowUpFigures.Meeting(
                new DateOnly(2026, 10 + random.Next(3), 1 + random.Next(28)),
                MeetingTypes.All[random.Next(3)],
                random.Next(2) == 0 ? "kvinna" : "man",
                opened,
                opened && random.Next(4) > 0,
                submitted ? new FollowUpFigures.Facts(random.Next(4) > 0, random.Next(3) == 0, random.Next(2) == 0, random.Next(4) == 0, random.Next(3) > 0) : null,
                answer,
                answer == InvitationAnswers.Declined ? reasons[random.Next(reasons.Count)] : null,
                random.Next(10));
        }).ToList();

        // Act
        var figures = FollowUpFigures.From(meetings);

        // Assert: every published number, every published total minus its published parts, and every published figure
        // minus a published figure it is a subset of, is 0 or at least 5, for every period, type and kön a filter can pick
        int? Count((string P, string T, string S, string M) k) => figures.Count(k.P, k.T, k.S, k.M);
        foreach (var period in figures.Months.Concat(figures.Quarters))
        {
            foreach (var type in FollowUpFigures.Types)
            {
                foreach (var sex in FollowUpFigures.Sexes)
                {
                    foreach (var (measure, _, _) in FollowUpFigures.Measures)
                    {
                        Assert.True(figures.Count(period, type, sex, measure) is null or >= 5);
                    }
                }
            }
        }

        foreach (var (parent, children) in figures.Relations())
        {
            if (Count(parent) is { } total)
            {
                var hidden = total - children.Sum(c => Count(c) ?? 0);
                // Rounded parts can add up to more than their rounded total (7 + 8 → 5 + 10 against 15): a difference
                // of a multiple of five either way, never one to four people
                Assert.True(hidden is 0 or >= 5 or <= -5, $"{parent}: {hidden} hidden");
            }
        }

        foreach (var (subset, superset) in figures.Subsets())
        {
            if (Count(subset) is { } part && Count(superset) is { } whole)
            {
                Assert.True(whole - part is 0 or >= 5, $"{superset} - {subset} = {whole - part}");
            }
        }
    }

    [Fact]
    public async Task Exports_AreCsvWithBomAndSemicolons_AndJson()
    {
        // Arrange
        using var app = new PortalAppFactory();
        await SeedAsync(app, Man, 5, open: true, submit: true, interpreter: false);
        var admin = await app.SignInAsStaffAsync(StaffTestData.FollowUp);

        // Act
        var csv = await admin.Http.GetAsync("/uppfoljning?handler=Csv&period=kvartal&typ=alla");
        var json = await admin.Http.GetAsync("/uppfoljning?handler=Json&period=manad&typ=omstallningsmote");
        var page = await admin.Http.GetAsync("/uppfoljning?period=kvartal");

        // Assert
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period;typ;kön;mått;antal;andel;medeldagar till svar", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("2026-K4;alla;alla;created;5;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-K4;alla;kvinna;created;< 5;", StringComparison.Ordinal));
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"suppressed\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<svg", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_DrawsASuppressedPeriodAsAMarkedDashedBar_NotAsNothing()
    {
        // Arrange: 3 submitted in this month, fewer than 5, so the figure is suppressed
        using var app = new PortalAppFactory();
        await SeedAsync(app, Man, 3, open: true, submit: true, interpreter: false);
        var followUp = await app.SignInAsStaffAsync(StaffTestData.FollowUp);

        // Act
        var (response, page) = await followUp.GetAsync("/uppfoljning?period=manad&typ=alla");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var svg = page.QuerySelector("svg.followup-chart__svg")!;
        var marker = svg.QuerySelector("g.followup-chart__suppressed");
        Assert.NotNull(marker);
        var bar = marker.QuerySelector("rect");
        Assert.NotNull(bar);
        Assert.False(string.IsNullOrEmpty(bar.GetAttribute("stroke-dasharray")));
        Assert.True(double.Parse(bar.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("<5", marker.QuerySelector("text")?.TextContent.Trim());
        Assert.Contains("< 5", page.QuerySelector("table.followup-chart__table")!.TextContent, StringComparison.Ordinal);
    }
}
