using Microsoft.AspNetCore.Mvc;
using Portal.SgiCheck.Flows;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// Save the answers for a pre-meeting questionnaire: what would be kept and how, then "Spara" or "Glöm svaren". The
/// answers go into an encrypted cookie in this browser only (<see cref="SavedSgiAnswers"/>), and only when the
/// person presses the button; the other SGI-skyddskoll pages have no form and set no cookie.
/// </summary>
public sealed class SaveModel(SgiTextCatalog catalog, TimeProvider time, SavedSgiAnswers saved) : SgiCheckPageModel(catalog, time)
{
    /// <summary>What this browser holds, compared with the answers on this page.</summary>
    public enum SavedState
    {
        Nothing,
        TheseAnswers,
        OtherAnswers,
    }

    public IReadOnlyList<string> Path { get; private set; } = [];

    public SavedState State { get; private set; }

    /// <summary>The person has just removed the saved answers.</summary>
    public bool Forgotten { get; private set; }

    public string ResultUrl { get; private set; } = "";

    public string SaveAction { get; private set; } = "";

    public string ForgetAction { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadCompleteAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var answers = OnPath(Answers);
        Path = SgiCheckFlow.Path(Answers);
        ResultUrl = Urls.Result + Query(answers) + "#spara-svaren";
        SaveAction = Urls.Save + Query(answers, ("handler", "save"));
        ForgetAction = Urls.Save + Query(answers, ("handler", "forget"));
        State = saved.Read(HttpContext) switch
        {
            null => SavedState.Nothing,
            var kept when SavedSgiAnswers.Same(kept.Journey, answers) => SavedState.TheseAnswers,
            _ => SavedState.OtherAnswers,
        };
        Forgotten = State == SavedState.Nothing && Request.Query["glomt"] == "1";
        SetLayout(Ui("save.title"), Urls.Save);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadCompleteAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        saved.Save(HttpContext, OnPath(Answers));
        return Redirect(Urls.Save + Query(OnPath(Answers)));
    }

    public async Task<IActionResult> OnPostForgetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        saved.Forget(HttpContext);
        return SgiCheckFlow.NextQuestion(Answers) is null
            ? Redirect(Urls.Save + Query(OnPath(Answers), ("glomt", "1")))
            : Redirect(Urls.Start);
    }

    /// <summary>Only a complete check can be saved; otherwise the person goes on with the questions.</summary>
    private async Task<IActionResult?> LoadCompleteAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return SgiCheckFlow.NextQuestion(Answers) is null ? null : Redirect(ContinueUrl(Answers));
    }
}
