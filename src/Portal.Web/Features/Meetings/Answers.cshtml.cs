using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// The prepared answers for one meeting: summary with flags, all answers by section, changes since last read, mark as
/// read, private notes. Every view writes one AnswersViewed audit event. Someone else's meeting is a 404.
/// </summary>
public sealed class AnswersModel(PreparedAnswers prepared, PortalDbContext db, PersonalDataProtector protector, InvitationService invitations, TimeProvider time) : StaffPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public PreparedView? View { get; private set; }

    public string? Message { get; private set; }

    [BindProperty]
    public string? MoveDate { get; set; }

    [BindProperty]
    public string? MoveTime { get; set; }

    /// <summary>The person's answer to the invitation as the handläggare sees it.</summary>
    public sealed record InvitationView(
        Meeting Meeting,
        string? Answer,
        string? Reason,
        string? DeclineText,
        string? WishText,
        string? WishChannel,
        bool WishInterpreter,
        bool WishHandled,
        bool BookedOfferedTime,
        bool CanSeeOwnWords);

    public InvitationView? Answer { get; private set; }

    /// <summary>The meeting as it was read (also when the answers are protected).</summary>
    public Meeting? Meeting { get; private set; }

    /// <summary>The name of the handläggare at Arbetsförmedlingen taking part, or null.</summary>
    public string? AfName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? klart, CancellationToken cancellationToken)
    {
        Message = klart switch
        {
            "last" => "Svaren är markerade som lästa.",
            "anteckning" => "Anteckningen är sparad.",
            "flyttat" => "Mötet är flyttat. Personen ser den nya tiden i sin länk och kan hämta en ny kalenderfil.",
            "bekraftat" => "Tiden är bekräftad. Personen ser det i sin länk.",
            "installt" => "Mötet är inställt. Personen ser det i sin länk.",
            _ => null,
        };
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostMarkReadAsync(int submission, CancellationToken cancellationToken)
    {
        var meeting = await prepared.Visible(User).SingleOrDefaultAsync(m => m.Id == Id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!PreparedAnswers.CanOpenAnswers(User, meeting))
        {
            return Forbid();
        }

        var submitted = await db.ResponseSubmissions.Where(s => db.QuestionnaireResponses.Any(r => r.Id == s.ResponseId && r.MeetingId == Id)).MaxAsync(s => (int?)s.Number, cancellationToken);
        if (submitted is null || submission < 1 || submission > submitted)
        {
            return RedirectToPage(new { id = Id });
        }

        var context = new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, null, ClientAddress);
        meeting.ReadSubmissionNumber = submission;
        meeting.ReadUtc = context.NowUtc;
        meeting.ReadBy = User.StaffId();
        db.AuditEvents.Add(context.Event(AuditEventType.AnswersMarkedRead, "Meeting", Id.ToString(), new { Submission = submission }));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id = Id, klart = "last" });
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        var meeting = await prepared.Visible(User).SingleOrDefaultAsync(m => m.Id == Id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!PreparedAnswers.CanOpenAnswers(User, meeting))
        {
            return Forbid();
        }

        var text = Note?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 2000)
        {
            AddError("note", "Ny anteckning", string.IsNullOrEmpty(text) ? "Skriv anteckningen." : "Anteckningen får vara högst 2000 tecken.");
            return await ShowAsync(cancellationToken);
        }

        var context = new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, null, ClientAddress);
        db.MeetingNotes.Add(new MeetingNote
        {
            Id = Guid.NewGuid(),
            MeetingId = Id,
            TextProtected = protector.Protect(text),
            AuthorId = User.StaffId()!,
            AuthorName = User.FindFirst(System.Security.Claims.ClaimTypes.Name)?.Value ?? "",
            CreatedUtc = context.NowUtc,
        });
        db.AuditEvents.Add(context.Event(AuditEventType.MeetingNoteAdded, "Meeting", Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id = Id, klart = "anteckning" });
    }

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken cancellationToken)
    {
        if (!await prepared.Visible(User).AnyAsync(m => m.Id == Id, cancellationToken))
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var startsAt = TimeInput.Parse(MoveDate, MoveTime, now, (field, message) => AddError("move-" + field, field == "date" ? "Nytt datum" : "Ny tid", message));
        if (startsAt is null)
        {
            return await ShowAsync(cancellationToken);
        }

        var outcome = await invitations.MoveAsync(Id, startsAt.Value, new ProcessContext(User.StaffActor(), now, "Flyttar mötet", ClientAddress), cancellationToken);
        if (outcome == InvitationService.Outcome.Cancelled)
        {
            AddError("move-date", "Nytt datum", "Mötet är inställt och kan inte flyttas.");
            return await ShowAsync(cancellationToken);
        }

        return RedirectToPage("/Meetings/Answers", new { id = Id, klart = "flyttat" });
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (!await prepared.Visible(User).AnyAsync(m => m.Id == Id, cancellationToken))
        {
            return NotFound();
        }

        await invitations.ConfirmAsync(Id, new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, "Bekräftar tiden", ClientAddress), cancellationToken);
        return RedirectToPage("/Meetings/Answers", new { id = Id, klart = "bekraftat" });
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (!await prepared.Visible(User).AnyAsync(m => m.Id == Id, cancellationToken))
        {
            return NotFound();
        }

        await invitations.CancelAsync(Id, new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, "Ställer in mötet", ClientAddress), cancellationToken);
        return RedirectToPage("/Meetings/Answers", new { id = Id, klart = "installt" });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var meeting = await prepared.Visible(User).AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        AfName = meeting.AfCaseOfficerId is { } afId ? await db.Users.Where(u => u.Id == afId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) : null;
        if (meeting.Invitation is { } invitation)
        {
            var canSee = PreparedAnswers.CanOpenAnswers(User, meeting);
            var (declineText, wishText) = canSee ? invitations.OwnWords(invitation) : (null, null);
            var booked = await invitations.BookedTimeAsync(meeting.Id, cancellationToken) is not null;
            Answer = new InvitationView(meeting, invitation.Answer, invitation.DeclineReason, declineText, wishText, invitation.WishChannel, invitation.WishInterpreter,
                invitation.WishHandledUtc is not null, booked, canSee);
        }

        if (!PreparedAnswers.CanOpenAnswers(User, meeting))
        {
            SetLayout("Svaren är skyddade");
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        var context = new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, "Förberedda svar", ClientAddress);
        var result = await prepared.OpenAsync(meeting, ReadChannel.Page, context, cancellationToken);
        View = new PreparedView(result, result.PersonName);
        SetLayout("Förberedda svar");
        return Page();
    }
}
