using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.AfMeetings;

/// <summary>
/// One meeting for the AF handläggare taking part: time, type and channel, the consent as it is now, and the answers
/// only while the consent is yes (each view one audit event). Someone else's meeting is a 404; skyddade
/// personuppgifter need the same permission as in the FK workspace (403 otherwise).
/// </summary>
public sealed class MeetingModel(AfMeetingService meetings, TimeProvider time) : StaffPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public AfMeetingService.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var context = new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, "Svar delade med Arbetsförmedlingen", ClientAddress);
        if (await meetings.OpenAsync(Id, User, AnswerReader.AfCaseOfficer, context, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (view.Hidden == AfMeetingService.Hidden.ProtectedIdentity)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            SetLayout("Svaren är skyddade");
            return Page();
        }

        SetLayout("Möte med Arbetsförmedlingen");
        return Page();
    }
}
