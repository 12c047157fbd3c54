using Microsoft.AspNetCore.Mvc;
using Portal.SgiCheck;
using Portal.Web.Features.Guidance;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// The page of their own for a person who declined: that declining changes nothing in FK's decision and that they can
/// change their mind, what the meeting would have given, the checklist, their SGI-skyddskoll deadline (from answers
/// they saved in this browser) with its calendar file or the way to the checker, the pages for their situation, and
/// the questionnaire, still open to them.
/// </summary>
public sealed class WithoutMeetingModel(PortalDbContext db, InvitationService invitations, SavedSgiAnswers savedSgi, PublishedContent content, TimeProvider time)
    : InvitationPageModel(db, invitations, time)
{
    /// <summary>Whether the person saved SGI-skyddskoll answers in this browser.</summary>
    public bool HasSgiCheck { get; private set; }

    public DateOnly? SgiDeadline { get; private set; }

    public string? SgiResultUrl { get; private set; }

    public string? SgiCalendarUrl { get; private set; }

    public SgiCheckUrls SgiUrls => new(Url, Language);

    /// <summary>The guidance pages for their situation, in their language where it exists (else the Swedish page).</summary>
    public IReadOnlyList<GuidancePage> Pages { get; private set; } = [];

    /// <summary>The guidance pages (by translation key) for a person who declines, the one for their reason second.</summary>
    public static IReadOnlyList<string> GuidanceKeys(string? reason)
    {
        var keys = new List<string> { "tacka-nej", "sgi", "af", "pengar", "omprovning" };
        switch (reason)
        {
            case DeclineReasons.BackAtEmployer:
                keys.Insert(1, "sit-kvar-anstallning");
                break;
            case DeclineReasons.TooIll:
                keys.Insert(1, "sit-fortfarande-sjuk");
                break;
        }

        return keys;
    }

    public string FormatDate(DateOnly date) => Portal.SgiCheck.Texts.ResultTexts.FormatDate(date, Language.Code == "en" ? "en" : "sv");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Invitation.Answer != InvitationAnswers.Declined)
        {
            return Redirect(FormUrl());
        }

        if (savedSgi.Read(HttpContext) is { } check)
        {
            var today = StockholmTime.DateOf(NowUtc);
            HasSgiCheck = true;
            SgiDeadline = SgiChecker.Evaluate(check.Answers, today).Deadline;
            SgiResultUrl = SgiUrls.Result + SgiCheckPageModel.Query(check.Journey);
            SgiCalendarUrl = ResultModel.CalendarLink(SgiUrls, SgiDeadline, today);
        }

        var guidance = await content.GetAsync<GuidanceSnapshot>(cancellationToken);
        Pages = GuidanceKeys(Invitation.DeclineReason).Select(key => guidance.ByKeyOrSwedish(Language, key)).OfType<GuidancePage>().ToList();
        SetLayout(Text.WithoutTitle);
        return Page();
    }
}
