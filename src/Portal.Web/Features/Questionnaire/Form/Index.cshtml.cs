using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>The questionnaire's start page: what it is for, the meeting, and where the person is.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalDbContext db, QuestionnaireService questionnaires, QuestionnaireCatalog catalog, IOptions<QuestionnaireOptions> options, TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    /// <summary>The first section without a saved answer, where "Fortsätt" leads.</summary>
    public string NextUrl { get; private set; } = "";

    /// <summary>The person's answer to the invitation (<see cref="Meetings.InvitationAnswers"/>), or null.</summary>
    public string? InvitationAnswer { get; private set; }

    public InvitationText InvitationTexts => InvitationText.For(Language);

    public string InvitationUrl => FormUrl("/Questionnaire/Form/Invitation");

    public string MeetingCalendarUrl => FormUrl("/Questionnaire/Form/Invitation", handler: "kalender");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        InvitationAnswer = await Db.Invitations.Where(i => i.Id == InvitationId).Select(i => i.Answer).SingleOrDefaultAsync(cancellationToken);
        var next = Saved is null ? Definition.Sections[0] : Definition.Sections.FirstOrDefault(s => !s.Questions.Any(q => Answers.Has(q.Id)));
        NextUrl = next is null ? FormUrl("/Questionnaire/Form/Check") : SectionUrl(next.Id);
        SetLayout(Definition.Title);
        return Page();
    }
}
