using Microsoft.AspNetCore.Mvc;
using Portal.SgiCheck.Flows;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// One question per page. The form is sent with GET to this page, carrying the other answers as hidden fields; a
/// valid answer moves on, a wrong one shows the FKUI error summary and the message by the field. Only questions on
/// the path the flow takes for the answers so far can be shown; any other id goes to the next question.
/// </summary>
public sealed class QuestionModel(SgiTextCatalog catalog, TimeProvider time) : SgiCheckPageModel(catalog, time)
{
    public QuestionNode Node { get; private set; } = null!;

    /// <summary>The value shown in the field: what was sent, or the earlier answer.</summary>
    public string? Value { get; private set; }

    /// <summary>The error message for the field, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Came from the check-answers page's "Ändra".</summary>
    public bool IsChange { get; private set; }

    public string BackUrl { get; private set; } = "";

    public string FieldId => Node.Kind is QuestionKind.SingleChoice or QuestionKind.YesNo ? $"q-{Node.Id}-0" : $"q-{Node.Id}";

    public ErrorSummary Summary => new(
        Error is null ? [] : [new ErrorSummaryItem(FieldId, Question(Node.Id).Text.TrimEnd('?', ' '), Error)],
        Language);

    /// <summary>The other answers, carried as hidden fields (the plan marker belongs to the "next" question's answer).</summary>
    public IEnumerable<KeyValuePair<string, string>> Carried =>
        Answers.Where(a => a.Key != Node.Id && !(Node.Id == SgiCheckFlow.Ids.Next && a.Key == SgiJourneyAnswers.PlannedKey));

    /// <summary>
    /// Choices in the order of the flow's node (their labels from the texts). The "next" question asks "I am
    /// registered at AF" and "I am going to register" as two answers (<see cref="SgiJourneyAnswers"/>).
    /// </summary>
    public IReadOnlyList<string> Options => Node.Id == SgiCheckFlow.Ids.Next
        ? [.. Node.OptionValues.SelectMany(v => v == SgiCheckFlow.Values.Af ? new[] { v, SgiJourneyAnswers.PlannedValue } : [v])]
        : Node.OptionValues;

    /// <summary>The label of a choice.</summary>
    public string OptionLabel(string option) => option == SgiJourneyAnswers.PlannedValue
        ? Ui("next.af-planned")
        : Question(Node.Id).Options.GetValueOrDefault(option) ?? option;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!SgiCheckFlow.All.Any(n => n.Id == id))
        {
            return NotFound();
        }

        Node = SgiCheckFlow.Get(id);
        IsChange = Request.Query[ChangeKey] == "1";
        var path = SgiCheckFlow.Path(Answers);
        var pending = SgiCheckFlow.NextQuestion(Answers);
        if (!path.Contains(id) && pending != id)
        {
            // Not a question the answers so far lead to: go on from where the journey actually is.
            return Redirect(ContinueUrl(Answers, IsChange));
        }

        if (Request.Query.ContainsKey(SubmittedKey))
        {
            var raw = Request.Query[UnknownKey] == SgiCheckFlow.Values.Unknown && Node.OptionValues.Contains(SgiCheckFlow.Values.Unknown)
                ? SgiCheckFlow.Values.Unknown
                : Answers.GetValueOrDefault(id);
            var planned = id == SgiCheckFlow.Ids.Next && raw?.Trim() == SgiJourneyAnswers.PlannedValue;
            var value = planned ? SgiCheckFlow.Values.Af : raw;
            var code = SgiCheckFlow.Validate(id, value, Answers, Today);
            var pageError = code is null ? RegistrationDateError(id, value!) : null;
            if (code is null && pageError is null)
            {
                var answered = new Dictionary<string, string>(Answers, StringComparer.Ordinal) { [id] = value!.Trim() };
                if (id == SgiCheckFlow.Ids.Next)
                {
                    answered.Remove(SgiJourneyAnswers.PlannedKey);
                    if (planned)
                    {
                        answered[SgiJourneyAnswers.PlannedKey] = "1";
                    }
                }

                return Redirect(NextUrl(answered));
            }

            Error = pageError ?? (Texts.Errors.TryGetValue(code!, out var message) ? message : Portal.SgiCheck.Parsing.ErrorCodes.SwedishMessage(code!));
            Value = raw;
        }
        else
        {
            Value = id == SgiCheckFlow.Ids.Next && Planned ? SgiJourneyAnswers.PlannedValue : Answers.GetValueOrDefault(id);
        }

        var index = path.ToList().IndexOf(id);
        var previous = index > 0 ? path[index - 1] : index < 0 && path.Count > 0 ? path[^1] : null;
        BackUrl = IsChange ? Urls.Check + Query(Answers)
            : previous is null ? Urls.Start + Query(Answers)
            : QuestionUrl(previous, Answers);
        var title = Question(id).Text;
        SetLayout(title, Urls.Question(id));
        return Page();
    }

    /// <summary>
    /// The day of an AF registration must fit the answer before it: a registration that has happened is not in the
    /// future, and a planned one is not in the past (then it has happened, or it is a day without protection).
    /// </summary>
    private string? RegistrationDateError(string id, string value)
    {
        if (id != SgiCheckFlow.Ids.AfFrom || Answers.GetValueOrDefault(SgiCheckFlow.Ids.Next) != SgiCheckFlow.Values.Af
            || Portal.SgiCheck.Parsing.IsoDate.Validate(value.Trim(), out var date) is not null)
        {
            return null;
        }

        return Planned
            ? date < Today ? Ui("error.af-planned-past") : null
            : date > Today ? Ui("error.af-registered-future") : null;
    }

    /// <summary>
    /// After a valid answer: the next question on the path (already answered ones are shown again, pre-filled, so the
    /// person can step through), or the check page at the end. After "Ändra", straight on to the first question that
    /// still needs an answer, or back to the check page.
    /// </summary>
    private string NextUrl(Dictionary<string, string> answered)
    {
        if (IsChange)
        {
            return ContinueUrl(answered, change: true);
        }

        var path = SgiCheckFlow.Path(answered).ToList();
        var index = path.IndexOf(Node.Id);
        if (index >= 0 && index + 1 < path.Count)
        {
            return QuestionUrl(path[index + 1], answered);
        }

        return ContinueUrl(answered);
    }
}
