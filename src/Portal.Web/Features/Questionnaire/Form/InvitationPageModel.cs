using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Theme;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// What the invitation pages share: the person's invitation and meeting (the folder's policy has checked they are
/// theirs), the language (Swedish, <c>/en/…</c> or <c>/lattlast/…</c>), the cut-off and the error summary.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class InvitationPageModel(PortalDbContext db, InvitationService invitations, TimeProvider time) : PageModel
{
    protected PortalDbContext Db { get; } = db;

    protected InvitationService Invitations { get; } = invitations;

    [FromRoute]
    public Guid InvitationId { get; set; }

    public Language Language { get; private set; } = Languages.Swedish;

    public InvitationText Text => InvitationText.For(Language);

    /// <summary>The questionnaire's own texts (sign-out), which exist in Swedish and English.</summary>
    public QuestionnaireJourneyText JourneyText => QuestionnaireJourneyText.For(QuestionnaireLanguage);

    public Invitation Invitation { get; private set; } = null!;

    public Meeting Meeting { get; private set; } = null!;

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public bool CanAnswer => Invitations.CanAnswer(Meeting, NowUtc);

    public DateTime CutoffUtc => Invitations.CutoffUtc(Meeting);

    public List<ErrorSummaryItem> Errors { get; } = [];

    public ErrorSummary ErrorSummary => new(Errors, Language == Languages.English ? Languages.English : null);

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    /// <summary>The questionnaire is in Swedish and English; a lättläst reader goes on in Swedish.</summary>
    public Language QuestionnaireLanguage => Language == Languages.English ? Languages.English : Languages.Swedish;

    /// <summary>The address of one of this person's pages, in the page's language ("/Questionnaire/Form/Decline").</summary>
    public string FormUrl(string page = "/Questionnaire/Form/Invitation", string? handler = null) =>
        Url.PageIn(Language, page, new { invitationId = InvitationId }, handler);

    /// <summary>The questionnaire's start page, in its language nearest to the page's.</summary>
    public string QuestionnaireUrl => Url.PageIn(QuestionnaireLanguage, "/Questionnaire/Form/Index", new { invitationId = InvitationId });

    /// <summary>Where "Logga ut" posts (the questionnaire's own sign-out page).</summary>
    public string SignOutUrl => Url.PageIn(QuestionnaireLanguage, "/Questionnaire/Form/SignOut", new { invitationId = InvitationId });

    /// <summary>The meeting's calendar file.</summary>
    public string CalendarUrl => FormUrl(handler: "kalender");

    public string When(DateTime utc) => InvitationText.FormatDateTime(utc, Language);

    public string TypeName => MeetingTypes.Name(Meeting.Type, Language == Languages.English);

    public string ChannelName(string channel) => Language == Languages.English ? MeetingChannels.Name(channel, english: true) : MeetingChannels.Name(channel);

    protected void AddError(string fieldId, string label, string message) => Errors.Add(new ErrorSummaryItem(fieldId, label, message));

    protected ProcessContext Context(string reason) =>
        new("citizen:" + InvitationId, NowUtc, reason, HttpContext.Connection.RemoteIpAddress?.ToString());

    /// <summary>Loads the invitation; null when the page can be shown, otherwise where to send the person.</summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Language = HttpContext.GetLanguage();
        var invitation = await Db.Invitations.AsNoTracking().Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == InvitationId, cancellationToken);
        if (invitation?.Meeting is null || invitation.IsExpired(NowUtc))
        {
            await HttpContext.SignOutAsync(CitizenAccess.Scheme);
            return RedirectToPage("/Questionnaire/LinkNotValid", new { lang = QuestionnaireLanguage.RouteValue });
        }

        Invitation = invitation;
        Meeting = invitation.Meeting;
        return null;
    }

    /// <summary>Where a refused change sends the person: back to the invitation, which says why.</summary>
    protected IActionResult Refused() => Redirect(FormUrl());

    protected void SetLayout(string title)
    {
        var links = Languages.All
            .Select(l => new LanguageLink(l.NativeName, HttpContext.SamePageIn(l) ?? "", l.HtmlLang, l == Language))
            .Where(l => l.Url.Length > 0)
            .ToList();
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Language, title, links, noIndex: true, url: Url);
    }
}
