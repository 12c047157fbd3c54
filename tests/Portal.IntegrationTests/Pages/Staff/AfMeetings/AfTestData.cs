using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Pages.Questionnaire;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;

namespace Portal.IntegrationTests.Pages.Staff.AfMeetings;

/// <summary>Joint meetings with a handläggare from Arbetsförmedlingen taking part, made through the real services.</summary>
public static class AfTestData
{
    /// <summary>The demo AF handläggare (hanna.af).</summary>
    public static DemoStaff.Account Hanna => StaffTestData.Demo("hanna.af");

    /// <summary>The second demo AF handläggare (olle.af), who takes part in no demo meeting.</summary>
    public static DemoStaff.Account Olle => StaffTestData.Demo("olle.af");

    /// <summary>An omställningsmöte of Anna's with Hanna taking part; a link the citizen can open.</summary>
    public static async Task<TestInvitation> CreateAfMeetingAsync(this PortalAppFactory app, bool protectedIdentity = false, string name = "Tolvan Tolvansson", string? afCaseOfficerId = DemoData.AfCaseOfficerId, TimeSpan? startsIn = null)
    {
        using var scope = app.Services.CreateScope();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var input = new MeetingService.NewMeeting(MeetingTypes.Omstallningsmote, now + (startsIn ?? TimeSpan.FromDays(5)), MeetingChannels.Video, DemoData.CaseOfficerId,
            Personnummer.Parse(QuestionnaireTestData.Tolvan, DateOnly.FromDateTime(now), out _)!, name, protectedIdentity)
        {
            AfCaseOfficerId = afCaseOfficerId,
        };
        var (meeting, token) = await scope.ServiceProvider.GetRequiredService<MeetingService>().CreateAsync(input, new ProcessContext("test", now));
        return new TestInvitation(meeting.Id, meeting.Invitation!.Id, token, QuestionnaireTestData.Tolvan);
    }

    /// <summary>Submits answers with the questionnaire's yes or no to sharing with AF (the other answers as in <see cref="StaffMeetingData"/>).</summary>
    public static Task SubmitWithConsentAsync(this PortalAppFactory app, Guid meetingId, bool consent) =>
        app.SubmitAnswersAsync(meetingId, new Dictionary<string, string[]>
        {
            ["kanal"] = ["telefon"],
            ["tolk"] = ["nej"],
            ["beslut"] = ["sjukpenning-ended"],
            ["sista-dag"] = ["2026-11-30"],
            ["beslutsdatum"] = ["2026-11-20"],
            ["sysselsattning"] = ["unemployed"],
            ["har-sgi"] = ["yes"],
            ["hjalp-af"] = ["ja"],
            ["egna-fragor"] = ["Hur skriver jag in mig hos Arbetsförmedlingen?"],
            ["dela-med-af"] = [consent ? "ja" : "nej"],
        });

    public static async Task<T> WithDbAsync<T>(this PortalAppFactory app, Func<PortalDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task<Meeting> MeetingAsync(this PortalAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id));

    public static Task<List<AuditEvent>> EventsAsync(this PortalAppFactory app, Guid meetingId, AuditEventType type) =>
        app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.SubjectId == meetingId.ToString() && e.EventType == type.Name).OrderBy(e => e.OccurredUtc).ToListAsync());
}
