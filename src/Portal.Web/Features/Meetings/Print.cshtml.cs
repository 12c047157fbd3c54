using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Meetings;

/// <summary>A clean A4 print of the prepared answers, without notes or buttons. Audited like every view; never shows a protected name.</summary>
public sealed class PrintModel(PreparedAnswers prepared, TimeProvider time) : StaffPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public PreparedView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var meeting = await prepared.Visible(User).AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!PreparedAnswers.CanOpenAnswers(User, meeting))
        {
            return Forbid();
        }

        var context = new ProcessContext(User.StaffActor(), time.GetUtcNow().UtcDateTime, "Utskrift av förberedda svar", ClientAddress);
        var result = await prepared.OpenAsync(meeting, ReadChannel.Print, context, cancellationToken);
        View = new PreparedView(result, prepared.ListName(meeting));
        SetLayout("Förberedda svar inför mötet");
        return Page();
    }
}
