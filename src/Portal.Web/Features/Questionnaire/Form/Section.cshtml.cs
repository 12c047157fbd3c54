using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// One section of the questionnaire per page, saved on "Spara och fortsätt". Follow-up questions appear when an
/// answer calls for them: with JavaScript at once, without it after saving (the page is shown again with them).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SectionModel(PortalDbContext db, QuestionnaireService questionnaires, QuestionnaireCatalog catalog, IOptions<QuestionnaireOptions> options, TimeProvider time, SavedSgiAnswers savedSgi)
    : FormPageModel(db, questionnaires, catalog, options, time)
{
    [FromRoute]
    public string SectionId { get; set; } = "";

    /// <summary>Return to the check-answers page after saving (set by its "Ändra" links).</summary>
    [FromQuery(Name = "tillbaka")]
    public string? ReturnTo { get; set; }

    public QuestionnaireSection Section { get; private set; } = null!;

    public int SectionIndex { get; private set; }

    public int Revision { get; private set; }

    /// <summary>Answers shown in the fields (the saved ones, or what was just posted).</summary>
    public QuestionnaireAnswers Shown { get; private set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public QuestionnaireAnswers? ConflictingAnswers { get; private set; }

    public bool AddedQuestions { get; private set; }

    /// <summary>Offer to fill in this section from SGI-skyddskoll answers saved in this browser.</summary>
    public bool OfferSgiAnswers { get; private set; }

    /// <summary>The section was just filled in from the SGI-skyddskoll answers.</summary>
    [FromQuery(Name = "fran-sgi")]
    public string? FilledFromSgi { get; set; }

    /// <summary>Where the offer's "Ja" and "Nej" post to.</summary>
    public string SgiAnswersAction => SectionUrl(Section.Id, "SgiAnswers");

    public ErrorSummary Summary => new(Errors.Select(e =>
        new ErrorSummaryItem(FieldId(Section.Questions.First(q => q.Id == e.Key)), Section.Questions.First(q => q.Id == e.Key).Text, e.Value)).ToList(), Language);

    public static string FieldId(Question question) =>
        question.IsChoice || question.Type == QuestionTypes.MultipleChoice ? $"q-{question.Id}-0" : $"q-{question.Id}";

    public string BackUrl => SectionIndex == 0 ? FormUrl() : SectionUrl(Definition.Sections[SectionIndex - 1].Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadSectionAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!CanChange)
        {
            return Redirect(FormUrl());
        }

        Shown = Answers;
        var sgiQuestions = Section.Questions.Where(q => q.Sgi is not null).ToList();
        OfferSgiAnswers = sgiQuestions.Count > 0 && sgiQuestions.All(q => !Answers.Has(q.Id)) && savedSgi.Read(HttpContext) is not null;
        return ShowPage();
    }

    /// <summary>
    /// "Ja, fyll i svaren": the saved SGI-skyddskoll answers go into this section's unanswered questions, through the
    /// same validation and save as "Spara och fortsätt"; the person then checks them. "Nej": the saved answers are
    /// removed from the browser. Either way they are not offered again.
    /// </summary>
    public async Task<IActionResult> OnPostSgiAnswersAsync(int revision, string? use, CancellationToken cancellationToken)
    {
        if (await LoadSectionAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!CanChange)
        {
            return Redirect(FormUrl());
        }

        var kept = savedSgi.Read(HttpContext);
        if (use != "ja" || kept is null)
        {
            savedSgi.Forget(HttpContext);
            return Redirect(SectionUrl(Section.Id));
        }

        var today = Portal.Web.Platform.Time.StockholmTime.DateOf(NowUtc);
        var carried = SavedSgiAnswers.ToQuestionnaire(kept.Answers, Definition);
        var posted = Section.Questions.ToDictionary(
            q => q.Id,
            q => Answers.Has(q.Id) ? Answers.Many(q.Id).ToArray() : carried.TryGetValue(q.Id, out var value) ? [value] : Array.Empty<string>());
        var result = AnswerValidator.ValidateSection(Definition, Section, posted, Answers, today, Language);
        if (await SaveValidAnswersAsync(result, revision, "Svar från SGI-skyddskollen i avsnitt " + Section.Id, cancellationToken) is null)
        {
            // Saved in another tab meanwhile: show what is saved there; the answers stay in the browser to be offered again.
            Shown = ConflictingAnswers!;
            return ShowPage();
        }

        savedSgi.Forget(HttpContext);
        return Redirect(QueryHelpers.AddQueryString(SectionUrl(Section.Id), "fran-sgi", "1"));
    }

    public async Task<IActionResult> OnPostAsync(int revision, string? shown, CancellationToken cancellationToken)
    {
        if (await LoadSectionAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!CanChange)
        {
            return Redirect(FormUrl());
        }

        var posted = Section.Questions.ToDictionary(q => q.Id, q => Request.Form[q.Id].Select(v => v ?? "").ToArray());
        var result = AnswerValidator.ValidateSection(Definition, Section, posted, Answers, Portal.Web.Platform.Time.StockholmTime.DateOf(NowUtc), Language);
        Shown = result.Answers;

        // Questions that an answer on this page just made relevant were never shown: ask them, do not fault them.
        var shownBefore = (shown ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var added = Section.Questions.Where(q => result.Answers.IsVisible(q) && !shownBefore.Contains(q.Id)).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        Errors = result.Errors.Where(e => !added.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value);
        if (Errors.Count > 0)
        {
            Revision = revision;
            return ShowPage();
        }

        if (await SaveValidAnswersAsync(result, revision, "Sparat avsnitt " + Section.Id, cancellationToken) is not { } saved)
        {
            return ShowPage();
        }

        Revision = saved;
        if (added.Count > 0)
        {
            AddedQuestions = true;
            return ShowPage();
        }

        var next = SectionIndex + 1 < Definition.Sections.Count && ReturnTo != "kontrollera"
            ? SectionUrl(Definition.Sections[SectionIndex + 1].Id)
            : FormUrl("/Questionnaire/Form/Check");
        return Redirect(next);
    }

    private async Task<IActionResult?> LoadSectionAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var section = Definition.FindSection(SectionId);
        if (section is null)
        {
            return NotFound();
        }

        Section = section;
        SectionIndex = Definition.Sections.IndexOf(section);
        Revision = Saved?.Revision ?? 0;
        return null;
    }

    /// <summary>
    /// Saves the section's answers, leaving out any that did not pass validation. Returns the new revision, or null
    /// when another tab saved first (then <see cref="ConflictingAnswers"/> holds what is saved and nothing is overwritten).
    /// </summary>
    private async Task<int?> SaveValidAnswersAsync(AnswerValidator.Result result, int revision, string reason, CancellationToken cancellationToken)
    {
        var toSave = result.Answers.Copy();
        foreach (var id in result.Errors.Keys)
        {
            toSave.Remove(id);
        }

        var outcome = await Questionnaires.SaveAsync(Meeting.Id, revision, toSave, DefinitionVersionId, Context(reason), cancellationToken);
        if (outcome is QuestionnaireService.Conflict conflict)
        {
            ConflictingAnswers = conflict.Current;
            Revision = conflict.Revision;
            return null;
        }

        return ((QuestionnaireService.Saved)outcome).Revision;
    }

    private PageResult ShowPage()
    {
        SetLayout($"{Section.Title} – {Definition.Title}");
        return Page();
    }
}
