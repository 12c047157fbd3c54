using Microsoft.AspNetCore.Mvc;
using Portal.SgiCheck;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// The page of their own for a person who declined: that declining changes nothing in FK's decision and that they can
/// change their mind, what the meeting would have given, the checklist, their SGI-skyddskoll deadline (from answers
/// they saved in this browser) with its calendar file or the way to the checker, the pages for their situation, and
/// the questionnaire, still open to them.
/// </summary>
public sealed class WithoutMeetingModel(PortalDbContext db, InvitationService invitations, SavedSgiAnswers savedSgi, TimeProvider time)
    : InvitationPageModel(db, invitations, time)
{
    /// <summary>Whether the person saved SGI-skyddskoll answers in this browser.</summary>
    public bool HasSgiCheck { get; private set; }

    public DateOnly? SgiDeadline { get; private set; }

    public string? SgiResultUrl { get; private set; }

    public string? SgiCalendarUrl { get; private set; }

    public SgiCheckUrls SgiUrls => SgiCheckUrls.For(Language);

    public IReadOnlyList<(string Title, string Url)> Pages => InvitationText.PagesFor(Language, Invitation.DeclineReason);

    public string FormatDate(DateOnly date) => Portal.SgiCheck.Texts.ResultTexts.FormatDate(date, Language.Code == "en" ? "en" : "sv");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Invitation.Answer != InvitationAnswers.Declined)
        {
            return Redirect(FormUrl("/inbjudan"));
        }

        if (savedSgi.Read(HttpContext) is { } check)
        {
            var today = StockholmTime.DateOf(NowUtc);
            HasSgiCheck = true;
            SgiDeadline = SgiChecker.Evaluate(check.Answers, today).Deadline;
            SgiResultUrl = SgiUrls.Result + SgiCheckPageModel.Query(check.Journey);
            SgiCalendarUrl = ResultModel.CalendarLink(SgiUrls, SgiDeadline, today);
        }

        SetLayout(Text.WithoutTitle);
        return Page();
    }
}
