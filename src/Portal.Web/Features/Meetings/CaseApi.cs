using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.SgiCheck.Model;
using Portal.Web.Features.CaseSystems;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// /api/v1 for case-management systems. The bearer token is an access token from the portal's own server
/// (/connect/token, client credentials) naming a registered case system, or, where configured, one from the agency's
/// identity service naming a client in CaseApi:AgencyIssuer:ActsFor (<see cref="CaseApiBearer"/>); either acts for one
/// handläggare account, whose roles and permissions then apply exactly as on the pages. Scopes: meetings.read, meetings.write.
/// Described in the OpenAPI document "case-api" at /openapi/case-api.json.
/// </summary>
public static class CaseApi
{
    public const string DocumentName = "case-api";

    public sealed record CreateMeetingRequest(string? Type, DateTimeOffset? StartsAt, string? Channel, string? Personnummer, string? Name, bool ProtectedIdentity = false, string? Address = null, string? VideoLink = null, string? ContactRoute = null, string? AfCaseOfficer = null);

    public sealed record CreatedMeeting(Guid Id, string Link, DateTimeOffset StartsAt, DateTimeOffset LinkExpiresAt);

    /// <summary>
    /// A meeting in the list, with the person's answer to the invitation: InvitationAnswer is inte-svarat, kommer,
    /// annan-tid or vill-inte; DeclineReason the reason's code when they declined and gave one; BookedOfferedTime true
    /// when they picked one of the offered times (the meeting is at that time); WaitsForNewTime true when they asked for
    /// another time in their own words and wait for the handläggare; Cancelled true when a handläggare cancelled it.
    /// </summary>
    public sealed record MeetingListItem(
        Guid Id,
        string Type,
        string Channel,
        DateTimeOffset StartsAt,
        string CaseOfficerId,
        string QuestionnaireStatus,
        bool ProtectedIdentity,
        string? Name,
        string InvitationAnswer,
        string? DeclineReason,
        bool BookedOfferedTime,
        bool WaitsForNewTime,
        bool Cancelled);

    /// <summary>Times to offer: Owner "self" for the calling handläggare's own times, "team" for times shared by all; StartsAt ISO 8601 instants.</summary>
    public sealed record OfferTimesRequest(string? Owner, IReadOnlyList<DateTimeOffset>? StartsAt);

    public sealed record OfferedTimes(int Added);

    public sealed record OfferedTime(Guid Id, DateTimeOffset StartsAt, string Owner, bool Booked, Guid? MeetingId);

    public sealed record FlagItem(string Code, string Label, string Value);

    public sealed record AnswerItem(string QuestionId, string Question, string Answer, bool ChangedSinceRead);

    public sealed record SectionItem(string Title, IReadOnlyList<AnswerItem> Answers);

    public sealed record PreparedAnswersResponse(
        Guid MeetingId,
        string QuestionnaireStatus,
        int Submission,
        Guid? DefinitionVersionId,
        DateTimeOffset? FirstSubmittedAt,
        DateTimeOffset? LastChangedAt,
        IReadOnlyList<FlagItem> Flags,
        JsonElement? Sgi,
        IReadOnlyList<SectionItem> Sections);

    public static void MapCaseApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithGroupName(DocumentName).WithTags("Möten");

        api.NoStore();

        api.MapFallback("{**path}", (Func<IResult>)(() => ApiProblems.Problem(StatusCodes.Status404NotFound, "Adressen finns inte", "Se /openapi/case-api.json för API:ets adresser."))).AllowAnonymous().ExcludeFromDescription();

        api.MapPost("/meetings", CreateAsync).Accepts<CreateMeetingRequest>("application/json").RequireAuthorization(ApiPolicies.MeetingsWrite)
            .WithSummary("Skapa ett möte med inbjudan")
            .WithDescription("Skapar mötet och en personlig länk till formuläret. Länken finns bara i svaret. afCaseOfficer: användarnamnet för en handläggare på Arbetsförmedlingen som deltar (bara omställningsmöte och gemensam kartläggning). Kräver scope meetings.write.")
            .Produces<CreatedMeeting>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/meetings", ListAsync).RequireAuthorization(ApiPolicies.MeetingsRead)
            .WithSummary("Lista möten i ett tidsintervall")
            .WithDescription("Handläggarens möten (alla möten med teamledarbehörighet) från och med from till to, högst 93 dagar. Namn utelämnas för skyddade personuppgifter. Kräver scope meetings.read.")
            .Produces<IReadOnlyList<MeetingListItem>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/meetings/{id:guid}/answers", AnswersAsync).RequireAuthorization(ApiPolicies.MeetingsRead)
            .WithSummary("Hämta de förberedda svaren")
            .WithDescription("Flaggor, SGI-skyddskollens resultat i formatet från sgi-check-api.md, och alla svar per avsnitt. Varje anrop loggas i granskningsloggen. Kräver scope meetings.read.")
            .Produces<PreparedAnswersResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/times", TimesAsync).RequireAuthorization(ApiPolicies.MeetingsRead)
            .WithSummary("Lista erbjudna tider")
            .WithDescription("Handläggarens egna och teamets bokningsbara tider från och med from till to (högst 93 dagar), med om de är bokade och av vilket möte. Kräver scope meetings.read.")
            .Produces<IReadOnlyList<OfferedTime>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/times", OfferTimesAsync).Accepts<OfferTimesRequest>("application/json").RequireAuthorization(ApiPolicies.MeetingsWrite)
            .WithSummary("Erbjud bokningsbara tider")
            .WithDescription("Publicerar en eller flera tider (ISO 8601-tidpunkter) för handläggaren själv (owner self) eller teamet (owner team). Personer som vill ha en annan tid kan välja bland dem; en vald tid är bokad direkt. En tid som redan erbjuds hoppas över. Kräver scope meetings.write.")
            .Produces<OfferedTimes>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapDelete("/meetings/{id:guid}", DeleteAsync).RequireAuthorization(ApiPolicies.MeetingsWrite)
            .WithSummary("Radera ett möte")
            .WithDescription("Raderar mötet, inbjudan, svaren och anteckningarna. Kräver scope meetings.write.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>Answers, names and invitation links: never kept by a browser, proxy or client cache.</summary>
    public static TBuilder NoStore<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            context.HttpContext.Response.Headers.Pragma = "no-cache";
            return await next(context);
        });

    /// <summary>
    /// The portal principal of the account the token's caller acts for, when it is active, has two-factor and has
    /// <paramref name="role"/> (<see cref="StaffRoles.Handlaggare"/> for FK's endpoints, <see cref="StaffRoles.AfHandlaggare"/>
    /// for AF's); null when the case system was revoked, the agency issuer's client is not in
    /// CaseApi:AgencyIssuer:ActsFor, or the account fails any of these. Read on every call, so a changed account takes
    /// effect at once.
    /// </summary>
    public static async Task<ClaimsPrincipal?> ActingStaffAsync(HttpContext http, string role)
    {
        var services = http.RequestServices;
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var user = await ActsForAsync(http, users);
        // An account without two-factor has only ever proved a password: a token naming it gets nothing.
        if (user is null || await users.IsLockedOutAsync(user) || !await users.GetTwoFactorEnabledAsync(user) || !await users.IsInRoleAsync(user, role))
        {
            return null;
        }

        return await services.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
    }

    private static Task<ClaimsPrincipal?> StaffAsync(HttpContext http) => ActingStaffAsync(http, StaffRoles.Handlaggare);

    /// <summary>The query's from and to as instants (ISO 8601), when both are given, to after from and at most 93 days on.</summary>
    public static bool TryRange(string? from, string? to, out DateTime fromUtc, out DateTime toUtc)
    {
        (fromUtc, toUtc) = (default, default);
        if (Instant(from) is not { } start || Instant(to) is not { } end || end <= start || (end - start) > TimeSpan.FromDays(93))
        {
            return false;
        }

        (fromUtc, toUtc) = (start.UtcDateTime, end.UtcDateTime);
        return true;
    }

    /// <summary>The problem for a from and to that <see cref="TryRange"/> refuses.</summary>
    public static IResult RangeProblem() => ApiProblems.Problem(StatusCodes.Status400BadRequest, "Tidsintervallet behöver rättas",
        "Ange from och to som ISO 8601-tider, till exempel 2026-12-01T00:00:00+01:00; to efter from och högst 93 dagar.",
        new Dictionary<string, string[]> { ["from"] = ["Obligatoriskt, före to."], ["to"] = ["Obligatoriskt, högst 93 dagar efter from."] });

    /// <summary>The account a registered case system (the portal's own token) or an agency issuer's client acts for.</summary>
    private static async Task<StaffUser?> ActsForAsync(HttpContext http, UserManager<StaffUser> users)
    {
        if (CaseApiBearer.AgencyClient(http.User) is { } client)
        {
            var agency = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AgencyIssuerOptions>>().Value;
            return agency.ActsFor.TryGetValue(client, out var userName) ? await users.FindByNameAsync(userName) : null;
        }

        var system = await http.RequestServices.GetRequiredService<CaseSystemService>().FindActiveAsync(http.User, http.RequestAborted);
        return system is null ? null : await users.FindByIdAsync(system.ActsForUserId);
    }

    private static IResult NoAccount() => ApiProblems.Problem(StatusCodes.Status403Forbidden, "Behörighet saknas",
        "Ärendesystemet är spärrat eller okänt, eller kontot det agerar för är inte en aktiv handläggare med tvåstegsverifiering.");

    private static IResult NotFound() => ApiProblems.Problem(StatusCodes.Status404NotFound, "Mötet finns inte", "Det finns inget möte med det id:t som du får se.");

    private static ProcessContext Context(HttpContext http, ClaimsPrincipal staff, TimeProvider time, string? reason = null) =>
        new(staff.StaffActor(), time.GetUtcNow().UtcDateTime, reason ?? "API", http.Connection.RemoteIpAddress?.ToString());

    private static async Task<IResult> CreateAsync(HttpContext http, MeetingService meetings, AfParticipants afParticipants, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        // Read the body here, so that malformed JSON gets a problem document like every other error.
        CreateMeetingRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<CreateMeetingRequest>(http.Request.Body, JsonOptions, cancellationToken);
        }
        catch (JsonException)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Ogiltig JSON", "Innehållet är inte giltig JSON i formatet som OpenAPI-beskrivningen anger.");
        }

        var errors = new Dictionary<string, string[]>();
        var now = time.GetUtcNow().UtcDateTime;
        var input = new MeetingInput
        {
            Type = request?.Type,
            Channel = request?.Channel,
            Personnummer = request?.Personnummer,
            Name = request?.Name,
            ProtectedIdentity = request?.ProtectedIdentity ?? false,
            Address = request?.Address,
            VideoLink = request?.VideoLink,
            ContactRoute = request?.ContactRoute,
            AfCaseOfficer = request?.AfCaseOfficer,
        };
        var fieldNames = new Dictionary<string, string>
        {
            ["type"] = "type",
            ["date"] = "startsAt",
            ["time"] = "startsAt",
            ["channel"] = "channel",
            ["personnummer"] = "personnummer",
            ["name"] = "name",
            ["video-link"] = "videoLink",
            ["address"] = "address",
            ["contact"] = "contactRoute",
            [MeetingInput.AfField] = "afCaseOfficer",
        };
        void Error(string field, string label, string message)
        {
            var key = fieldNames[field];
            errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
        }

        var meeting = input.Validate(now, Error, request?.StartsAt?.UtcDateTime);
        if (meeting is not null)
        {
            meeting = await afParticipants.WithParticipantAsync(meeting, input.AfCaseOfficer, Error, cancellationToken);
        }

        if (meeting is null)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Uppgifterna behöver rättas", "Ett eller flera fält är fel.", errors);
        }

        var (created, token) = await meetings.CreateAsync(meeting with { CaseOfficerId = staff.StaffId()! }, Context(http, staff, time), cancellationToken: cancellationToken);
        var link = InvitationLink.Absolute(http, token);
        return Results.Created($"/api/v1/meetings/{created.Id}/answers", new CreatedMeeting(
            created.Id, link, new DateTimeOffset(created.StartsAtUtc, TimeSpan.Zero), new DateTimeOffset(created.Invitation!.ExpiresUtc, TimeSpan.Zero)));
    }

    private static async Task<IResult> ListAsync(HttpContext http, string? from, string? to, PreparedAnswers prepared, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        if (!TryRange(from, to, out var fromUtc, out var toUtc))
        {
            return RangeProblem();
        }

        // One query, with the status stored on each meeting (MeetingFacts).
        var entries = await prepared.ListEntries(staff, fromUtc, toUtc).ToListAsync(cancellationToken);
        var items = entries.OrderBy(m => m.StartsAtUtc).Select(m => new MeetingListItem(
            m.Id, m.Type, m.Channel, new DateTimeOffset(m.StartsAtUtc, TimeSpan.Zero), m.CaseOfficerId,
            PreparedAnswers.StatusCode(m.Status), m.HasProtectedIdentity,
            m.HasProtectedIdentity ? null : prepared.ListName(m),
            InvitationAnswers.Code(m.Answer.Answer),
            m.Answer.Answer == InvitationAnswers.Declined ? m.Answer.DeclineReason : null,
            m.Answer.TimeBooked,
            m.Answer.WishWaiting,
            m.Answer.Cancelled)).ToList();

        return Results.Ok(items);
    }

    private static DateTimeOffset? Instant(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static async Task<IResult> AnswersAsync(HttpContext http, Guid id, PreparedAnswers prepared, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        var meeting = await prepared.Visible(staff).AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!PreparedAnswers.CanOpenAnswers(staff, meeting))
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Svaren är skyddade", "Personen har skyddade personuppgifter; kontot saknar behörigheten att öppna svaren.");
        }

        var result = await prepared.OpenAsync(meeting, ReadChannel.CaseApi, Context(http, staff, time, "Förberedda svar via API"), cancellationToken);
        DateTimeOffset? At(DateTime? utc) => utc is { } u ? new DateTimeOffset(u, TimeSpan.Zero) : null;
        return Results.Ok(new PreparedAnswersResponse(
            meeting.Id,
            PreparedAnswers.StatusCode(result.Status),
            result.SubmissionNumber,
            result.DefinitionVersionId,
            At(result.Response?.Submissions.Count > 0 ? result.Response.Submissions.Min(s => s.SubmittedUtc) : null),
            At(result.Response?.SubmittedUtc),
            result.Flags.Select(f => new FlagItem(f.Code, f.Label, f.Value)).ToList(),
            result.SgiResult is null ? null : JsonSerializer.SerializeToElement(result.SgiResult, SgiCheckJson.Options),
            result.Sections.Select(s => new SectionItem(s.Title, s.Answers.Select(a => new AnswerItem(a.QuestionId, a.Question, a.Answer, a.Changed)).ToList())).ToList()));
    }

    private static async Task<IResult> TimesAsync(HttpContext http, string? from, string? to, PreparedAnswers prepared, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        if (!TryRange(from, to, out var fromUtc, out var toUtc))
        {
            return RangeProblem();
        }

        var self = staff.StaffId()!;
        var visible = prepared.Visible(staff).Select(m => m.Id);
        var times = await db.BookableTimes.AsNoTracking().Include(t => t.Booking)
            .Where(t => (t.OwnerId == self || t.OwnerId == BookableTime.TeamOwner) && t.StartsAtUtc >= fromUtc && t.StartsAtUtc < toUtc)
            .OrderBy(t => t.StartsAtUtc)
            .ToListAsync(cancellationToken);
        var mine = (await visible.ToListAsync(cancellationToken)).ToHashSet();
        return Results.Ok(times.Select(t => new OfferedTime(
            t.Id,
            new DateTimeOffset(t.StartsAtUtc, TimeSpan.Zero),
            t.OwnerId == BookableTime.TeamOwner ? "team" : "self",
            t.Booking is not null,
            t.Booking is { } b && mine.Contains(b.MeetingId) ? b.MeetingId : null)).ToList());
    }

    private static async Task<IResult> OfferTimesAsync(HttpContext http, InvitationService invitations, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        OfferTimesRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<OfferTimesRequest>(http.Request.Body, JsonOptions, cancellationToken);
        }
        catch (JsonException)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Ogiltig JSON", "Innehållet är inte giltig JSON i formatet som OpenAPI-beskrivningen anger.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string[]>();
        if (request?.Owner is not ("self" or "team"))
        {
            errors["owner"] = ["Ange self eller team."];
        }

        var starts = request?.StartsAt ?? [];
        if (starts.Count == 0 || starts.Count > InvitationService.MaxTimesAtOnce)
        {
            errors["startsAt"] = [$"Ange 1 till {InvitationService.MaxTimesAtOnce} tider."];
        }
        else if (starts.Any(s => s.UtcDateTime <= now || s.UtcDateTime > now.AddDays(366)))
        {
            errors["startsAt"] = ["Varje tid ska ligga i framtiden och högst ett år fram."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Uppgifterna behöver rättas", "Ett eller flera fält är fel.", errors);
        }

        var owner = request!.Owner == "team" ? BookableTime.TeamOwner : staff.StaffId()!;
        var added = await invitations.PublishAsync(owner, starts.Select(s => s.UtcDateTime).ToList(), Context(http, staff, time, "Erbjuder tider via API"), cancellationToken);
        return Results.Created("/api/v1/times", new OfferedTimes(added));
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, Guid id, PreparedAnswers prepared, MeetingService meetings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await StaffAsync(http) is not { } staff)
        {
            return NoAccount();
        }

        if (!await prepared.Visible(staff).AnyAsync(m => m.Id == id, cancellationToken))
        {
            return NotFound();
        }

        await meetings.DeleteAsync(id, AuditEventType.MeetingDeleted, Context(http, staff, time), cancellationToken);
        return Results.NoContent();
    }
}
