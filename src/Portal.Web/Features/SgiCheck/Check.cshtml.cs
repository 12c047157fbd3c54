using Microsoft.AspNetCore.Mvc;
using Portal.SgiCheck.Flows;

namespace Portal.Web.Features.SgiCheck;

/// <summary>Check your answers: every question on the path with its answer and an "Ändra" link that returns here.</summary>
public sealed class CheckModel(SgiTextCatalog catalog, TimeProvider time) : SgiCheckPageModel(catalog, time)
{
    public IReadOnlyList<string> Path { get; private set; } = [];

    public string BackUrl { get; private set; } = "";

    public string ResultUrl { get; private set; } = "";

    /// <summary>Set when the result page could not evaluate the answers and sent the person back here.</summary>
    public bool NotEvaluated { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (SgiCheckFlow.NextQuestion(Answers) is not null)
        {
            return Redirect(ContinueUrl(Answers));
        }

        Path = SgiCheckFlow.Path(Answers);
        BackUrl = QuestionUrl(Path[^1], Answers);
        ResultUrl = Urls.Result + Query(OnPath(Answers));
        NotEvaluated = Request.Query["fel"] == "1";
        SetLayout(Ui("check.title"), Urls.Check);
        return Page();
    }
}
