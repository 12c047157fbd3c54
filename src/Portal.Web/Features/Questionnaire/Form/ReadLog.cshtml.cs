using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>When the person's answers were read, and by which role (never by name): from the audit log.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ReadLogModel(PortalDbContext db, QuestionnaireService questionnaires, QuestionnaireCatalog catalog, IOptions<QuestionnaireOptions> options, TimeProvider time)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    public IReadOnlyList<(DateTime When, string Role)> Reads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var subject = Meeting.Id.ToString();
        var types = AnswerReaders.EventNames.ToList();
        var rows = await Db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == "Meeting" && e.SubjectId == subject && types.Contains(e.EventType))
            .OrderByDescending(e => e.OccurredUtc)
            .Select(e => new { e.OccurredUtc, e.EventType })
            .ToListAsync(cancellationToken);
        Reads = rows.Select(r => (r.OccurredUtc, Text.ReaderName(AnswerReaders.ReaderOf(r.EventType)))).ToList();
        SetLayout(Text.ReadLogTitle);
        return Page();
    }
}
