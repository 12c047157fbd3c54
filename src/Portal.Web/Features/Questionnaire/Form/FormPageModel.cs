using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Theme;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// What every page of the citizen's questionnaire needs: their meeting, invitation, response and the questionnaire
/// definition, loaded for the invitation in the route (the access policy has already checked it is theirs).
/// </summary>
public abstract class FormPageModel(
    PortalDbContext db,
    QuestionnaireService questionnaires,
    QuestionnaireCatalog catalog,
    IOptions<QuestionnaireOptions> options,
    TimeProvider time) : PageModel
{
    protected PortalDbContext Db { get; } = db;

    protected QuestionnaireService Questionnaires { get; } = questionnaires;

    protected TimeProvider Time { get; } = time;

    [FromRoute]
    public Guid InvitationId { get; set; }

    public Language Language { get; private set; } = Languages.Swedish;

    public Meeting Meeting { get; private set; } = null!;

    public QuestionnaireResponse? Saved { get; private set; }

    public QuestionnaireAnswers Answers { get; protected set; } = new();

    public QuestionnaireDefinition Definition { get; private set; } = null!;

    public Guid DefinitionVersionId { get; private set; }

    public QuestionnaireJourneyText Text => QuestionnaireJourneyText.For(Language);

    public DateTime NowUtc => Time.GetUtcNow().UtcDateTime;

    public DateTime ChangeCutoffUtc => Meeting.StartsAtUtc.AddHours(-options.Value.ChangeCutoffHours);

    /// <summary>After the cut-off the answers are read-only.</summary>
    public bool CanChange => NowUtc < ChangeCutoffUtc;

    public int RetentionDays => options.Value.RetentionDays;

    /// <summary>The address of a page of this person's form, in the page's language ("/Questionnaire/Form/Section", new { sectionId }).</summary>
    public string FormUrl(string page = "/Questionnaire/Form/Index", object? values = null, string? handler = null)
    {
        var routeValues = new RouteValueDictionary(values) { ["invitationId"] = InvitationId };
        return Url.PageIn(Language, page, routeValues, handler);
    }

    /// <summary>The address of one section of the form.</summary>
    public string SectionUrl(string sectionId, string? handler = null) => FormUrl("/Questionnaire/Form/Section", new { sectionId }, handler);

    public string StockholmTime(DateTime utc) => QuestionnaireJourneyText.FormatDateTime(utc, Language);

    /// <summary>Loads everything; null when the page can be shown, otherwise where to send the person.</summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        SetLanguage();
        var invitation = await Db.Invitations.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == InvitationId, cancellationToken);
        if (invitation?.Meeting is null || invitation.IsExpired(NowUtc))
        {
            await HttpContext.SignOutAsync(CitizenAccess.Scheme);
            return RedirectToPage("/Questionnaire/LinkNotValid", new { lang = Language.RouteValue });
        }

        Meeting = invitation.Meeting;
        Saved = await Questionnaires.FindAsync(Meeting.Id, cancellationToken);
        Answers = Questionnaires.Answers(Saved);
        var published = await catalog.PublishedAsync(QuestionnaireCatalog.PreMeetingId, Language, cancellationToken);
        Definition = published.Definition;
        DefinitionVersionId = published.VersionId;
        return null;
    }

    protected void SetLanguage() => Language = HttpContext.GetLanguage();

    /// <summary>Ends the citizen's session in this response: the page is shown, and the cookie is gone afterwards.</summary>
    protected Task SignOutCitizenAsync()
    {
        SignedOut = true;
        return HttpContext.SignOutAsync(CitizenAccess.Scheme);
    }

    /// <summary>True when this response ended the session (after submitting or deleting).</summary>
    public bool SignedOut { get; private set; }

    protected ProcessContext Context(string reason) =>
        new("citizen:" + InvitationId, NowUtc, reason, HttpContext.Connection.RemoteIpAddress?.ToString());

    protected void SetLayout(string title)
    {
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Language, title, QuestionnaireLanguages.Links(HttpContext, Language), noIndex: true, url: Url);
    }
}
