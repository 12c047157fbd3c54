using System.Security.Claims;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.AfMeetings;

/// <summary>
/// /api/v1/af for Arbetsförmedlingen's case system (scope meetings.af.read), in the OpenAPI document "case-api". The
/// token's case system acts for one Handläggare på Arbetsförmedlingen, checked on every call; it sees what that
/// handläggare sees on the AF pages, through the same <see cref="AfMeetingService"/>: the meetings they take part in,
/// and a meeting's answers only while the person's consent is yes, each read one audit event in the same transaction
/// as the consent is read (<see cref="AnswerReader.AfCaseSystem"/>, shown in the person's read log as AF's).
/// </summary>
public static class AfCaseApi
{
    /// <summary>
    /// A meeting the AF handläggare takes part in. Consent is not-answered, given, refused or withdrawn, as it is now;
    /// AnswersShared true when the answers endpoint gives the answers now (consent given, answers sent, and for
    /// skyddade personuppgifter the permission). Name is null for skyddade personuppgifter.
    /// </summary>
    public sealed record AfMeetingItem(
        Guid Id,
        string Type,
        string Channel,
        DateTimeOffset StartsAt,
        bool Cancelled,
        bool ProtectedIdentity,
        string? Name,
        string Consent,
        DateTimeOffset? ConsentChangedAt,
        bool AnswersShared);

    public sealed record AfAnswerItem(string QuestionId, string Question, string Answer);

    public sealed record AfSectionItem(string Title, IReadOnlyList<AfAnswerItem> Answers);

    /// <summary>The answers the person agreed to share; Submission 0, SubmittedAt null and no sections while they have sent none.</summary>
    public sealed record AfSharedAnswers(
        Guid MeetingId,
        string Type,
        string Channel,
        DateTimeOffset StartsAt,
        string Name,
        string Consent,
        DateTimeOffset? ConsentChangedAt,
        int Submission,
        DateTimeOffset? SubmittedAt,
        IReadOnlyList<AfSectionItem> Sections);

    public static void MapAfCaseApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/af/meetings").WithGroupName(CaseApi.DocumentName).WithTags("Möten med Arbetsförmedlingen")
            .RequireAuthorization(ApiPolicies.AfMeetingsRead).NoStore();

        api.MapGet("", ListAsync)
            .WithSummary("Lista mötena där Arbetsförmedlingens handläggare deltar")
            .WithDescription("Mötena från och med from till to (ISO 8601, högst 93 dagar) där handläggaren på Arbetsförmedlingen som systemet agerar för deltar: typ, tid, hur mötet hålls, personens samtycke just nu och när det ändrades, och om svaren delas. Aldrig Försäkringskassans anteckningar eller SGI-bedömning; namnet utelämnas för skyddade personuppgifter. Kräver scope meetings.af.read.")
            .Produces<IReadOnlyList<AfMeetingItem>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/{id:guid}/answers", AnswersAsync)
            .WithSummary("Hämta svaren som personen har delat med Arbetsförmedlingen")
            .WithDescription("Personens svar per avsnitt, bara medan personen har sagt ja till att dela dem med Arbetsförmedlingen. Utan samtycke, eller när det är återkallat, svarar API:et 403 med ett problemdokument vars consent säger not-answered, refused eller withdrawn. Varje läsning loggas och syns i personens logg över läsningar. Ett möte där handläggaren inte deltar ger 404. Kräver scope meetings.af.read.")
            .Produces<AfSharedAnswers>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        // An id that is not a GUID gets a Swedish problem that says so, not the fallback's "no such address".
        api.MapGet("/{id}/answers", (string id) => ApiProblems.Problem(StatusCodes.Status400BadRequest, "Mötets id behöver rättas",
                "Ange mötets id som ett GUID, som det står i listan, till exempel 3f2504e0-4f89-11d3-9a0c-0305e82c3301.",
                new Dictionary<string, string[]> { ["id"] = ["Ett GUID."] }))
            .ExcludeFromDescription();
    }

    private static Task<ClaimsPrincipal?> StaffAsync(HttpContext http) => CaseApi.ActingStaffAsync(http, StaffRoles.AfHandlaggare);

    private static IResult NoAccount() => ApiProblems.Problem(StatusCodes.Status403Forbidden, "Behörighet saknas",
        "Ärendesystemet är spärrat eller okänt, eller kontot det agerar för är inte en aktiv handläggare på Arbetsförmedlingen med tvåstegsverifiering.");

    private static DateTimeOffset? At(DateTime? utc) => utc is { } u ? new DateTimeOffset(u, TimeSpan.Zero) : null;

    private static async Task<IResult> ListAsync(HttpContext http, string? from, string? to, AfMeetingService meetings, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        if (!CaseApi.TryRange(from, to, out var fromUtc, out var toUtc))
        {
            return CaseApi.RangeProblem();
        }

        var rows = await meetings.ListAsync(staff, fromUtc, toUtc, cancellationToken);
        return Results.Ok(rows.Select(r => new AfMeetingItem(
            r.Id, r.Type, r.Channel, At(r.StartsAtUtc)!.Value, r.Cancelled, r.HasProtectedIdentity,
            r.HasProtectedIdentity ? null : meetings.ListName(r),
            AfConsentRules.Code(r.Consent), At(r.ConsentChangedUtc), AfMeetingService.AnswersShared(staff, r))).ToList());
    }

    private static async Task<IResult> AnswersAsync(HttpContext http, Guid id, AfMeetingService meetings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        var context = new ProcessContext(staff.StaffActor(), time.GetUtcNow().UtcDateTime, "Svar delade med Arbetsförmedlingen via API", http.Connection.RemoteIpAddress?.ToString());
        if (await meetings.OpenAsync(id, staff, AnswerReader.AfCaseSystem, context, cancellationToken) is not { } view)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Mötet finns inte", "Det finns inget möte med det id:t där handläggaren på Arbetsförmedlingen deltar.");
        }

        var meeting = view.Meeting;
        return view.Hidden switch
        {
            AfMeetingService.Hidden.ProtectedIdentity => ApiProblems.Problem(StatusCodes.Status403Forbidden, "Svaren är skyddade",
                "Personen har skyddade personuppgifter; kontot saknar behörigheten att öppna mötet och svaren."),
            // 403: the person's own decision forbids the read. The meeting exists and is in the list (not 404), and
            // asking again changes nothing until the person says yes (not 409).
            AfMeetingService.Hidden.NoConsent => ApiProblems.Problem(StatusCodes.Status403Forbidden,
                meeting.AfConsent == AfConsent.Withdrawn ? "Personen har återkallat sitt samtycke" : "Personen har inte sagt ja till att dela svaren",
                meeting.AfConsent == AfConsent.Withdrawn
                    ? "Personen har återkallat sitt samtycke till att dela svaren med Arbetsförmedlingen. Svaren går inte längre att hämta; mötet, tiden och hur det hålls finns kvar i listan."
                    : "Personen har inte sagt ja till att dela sina svar med Arbetsförmedlingen. Mötet, tiden och hur det hålls finns i listan; svaren går inte att hämta.",
                new Dictionary<string, object?> { ["consent"] = AfConsentRules.Code(meeting.AfConsent), ["consentChangedAt"] = At(meeting.AfConsentChangedUtc) }),
            _ => Results.Ok(new AfSharedAnswers(
                meeting.Id, meeting.Type, meeting.Channel, At(meeting.StartsAtUtc)!.Value, view.Name,
                AfConsentRules.Code(meeting.AfConsent), At(meeting.AfConsentChangedUtc), view.Submission, At(view.SubmittedUtc),
                view.Sections.Select(s => new AfSectionItem(s.Title, s.Answers.Select(a => new AfAnswerItem(a.QuestionId, a.Question, a.Answer)).ToList())).ToList())),
        };
    }
}
