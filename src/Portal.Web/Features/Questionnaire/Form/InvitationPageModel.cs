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
/// theirs), the language (Swedish, <c>?lang=en</c> or <c>?lang=lattlast</c>), the cut-off and the error summary.
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
    public QuestionnaireJourneyText JourneyText => QuestionnaireJourneyText.For(Language == Languages.English ? Languages.English : Languages.Swedish);

    public Invitation Invitation { get; private set; } = null!;

    public Meeting Meeting { get; private set; } = null!;

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public bool CanAnswer => Invitations.CanAnswer(Meeting, NowUtc);

    public DateTime CutoffUtc => Invitations.CutoffUtc(Meeting);

    public List<ErrorSummaryItem> Errors { get; } = [];

    public ErrorSummary ErrorSummary => new(Errors, Language == Languages.English ? Languages.English : null);

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    public string LangQuery => Language == Languages.English ? "?lang=en" : Language == Languages.EasySwedish ? "?lang=lattlast" : "";

    public string FormUrl(string path = "") => $"/formular/{InvitationId}{path}{LangQuery}";

    /// <summary>A page's address with a named handler, keeping the language.</summary>
    public string HandlerUrl(string path, string handler) => $"/formular/{InvitationId}{path}?handler={handler}{(LangQuery.Length > 0 ? "&" + LangQuery[1..] : "")}";

    /// <summary>The questionnaire exists in Swedish and English; a lättläst reader gets the Swedish one.</summary>
    public string QuestionnaireUrl => $"/formular/{InvitationId}{(Language == Languages.English ? "?lang=en" : "")}";

    public string CalendarUrl => HandlerUrl("/inbjudan", "kalender");

    public string When(DateTime utc) => InvitationText.FormatDateTime(utc, Language);

    public string TypeName => MeetingTypes.Name(Meeting.Type, Language == Languages.English);

    public string ChannelName(string channel) => Language == Languages.English ? MeetingChannels.Name(channel, english: true) : MeetingChannels.Name(channel);

    protected void AddError(string fieldId, string label, string message) => Errors.Add(new ErrorSummaryItem(fieldId, label, message));

    protected ProcessContext Context(string reason) =>
        new("citizen:" + InvitationId, NowUtc, reason, HttpContext.Connection.RemoteIpAddress?.ToString());

    /// <summary>Loads the invitation; null when the page can be shown, otherwise where to send the person.</summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Language = Request.Query["lang"].ToString() switch
        {
            "en" => Languages.English,
            "lattlast" => Languages.EasySwedish,
            _ => Languages.Swedish,
        };
        var invitation = await Db.Invitations.AsNoTracking().Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == InvitationId, cancellationToken);
        if (invitation?.Meeting is null || invitation.IsExpired(NowUtc))
        {
            await HttpContext.SignOutAsync(CitizenAccess.Scheme);
            return RedirectToPage("/Questionnaire/LinkNotValid", new { lang = Language == Languages.English ? "en" : null });
        }

        Invitation = invitation;
        Meeting = invitation.Meeting;
        return null;
    }

    /// <summary>Where a refused change sends the person: back to the invitation, which says why.</summary>
    protected IActionResult Refused() => Redirect(FormUrl("/inbjudan"));

    protected void SetLayout(string title)
    {
        var path = Request.Path.Value ?? "";
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(
            Language,
            title,
            [
                new LanguageLink(Languages.Swedish.NativeName, path, "sv", Language == Languages.Swedish),
                new LanguageLink(Languages.English.NativeName, path + "?lang=en", "en", Language == Languages.English),
                new LanguageLink(Languages.EasySwedish.NativeName, path + "?lang=lattlast", "sv", Language == Languages.EasySwedish),
            ],
            noIndex: true);
    }
}
