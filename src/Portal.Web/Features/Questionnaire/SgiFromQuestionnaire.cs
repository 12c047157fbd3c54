using System.Text.Json;
using Portal.SgiCheck;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Texts;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Runs the SGI-skyddskoll on the answers a person gave in the questionnaire. The questions marked <c>sgi:</c> in the
/// definition feed the checker's answers format (sgi-check-api.md). When the answers are not enough to decide (no
/// decision yet, no dates), there is no result: the handläggare then checks it at the meeting.
/// </summary>
public sealed class SgiFromQuestionnaire(SgiTextCatalog sgiTexts)
{
    /// <summary>The result in short: <c>Text</c> is for the person, <c>StaffText</c> for the handläggare.</summary>
    public sealed record Summary(string Verdict, DateOnly? Deadline, string Text, string MessageKind)
    {
        public string StaffText { get; init; } = "";
    }

    /// <summary>The checker's answers built from the questionnaire, or null when they cannot decide anything.</summary>
    public Answers? ToAnswers(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc)
    {
        string? One(string field) => definition.ForSgiField(field) is { } q && answers.IsVisible(q) ? answers.One(q.Id) : null;
        DateOnly? Date(string field) => definition.ForSgiField(field) is { } q && answers.IsVisible(q) ? answers.Date(q.Id) : null;
        double? Number(string field) => definition.ForSgiField(field) is { } q && answers.IsVisible(q) && answers.Number(q.Id) is { } n ? (double)n : null;

        Situation? situation = One("situation") switch
        {
            "sjukpenning-ended" => Situation.SjukpenningEnded,
            "overvager-att-stoppa" => Situation.Kommunicering,
            "sjukpenning-denied" => Situation.SjukpenningDenied,
            "aktivitetsersattning-denied" => Situation.AktivitetsersattningDenied,
            "sjukersattning-denied" => Situation.SjukersattningDenied,
            _ => null,
        };
        Employment? employment = One("employment") switch
        {
            "employed" => Employment.Employed,
            "unemployed" => Employment.Unemployed,
            "own-business" => Employment.OwnBusiness,
            "none" => Employment.None,
            _ => null,
        };
        if (situation is null || employment is null)
        {
            return null;
        }

        var lastDay = Date("lastSjukpenningDay");
        var decision = Date("decisionReceived");
        if ((situation == Situation.SjukpenningEnded && lastDay is null)
            || (situation is not (Situation.SjukpenningEnded or Situation.Kommunicering) && decision is null))
        {
            return null;
        }

        var sgiHours = Number("sgiHoursPerWeek");
        var next = new List<NextStep>();
        if (situation != Situation.Kommunicering && One("afStatus") is "aktivt" or "forhinder" or "planerar" && Date("afFrom") is { } afFrom)
        {
            next.Add(new AfRegistrationStep
            {
                From = afFrom,
                Status = One("afStatus") == "forhinder" ? AfStatus.Forhinder : AfStatus.Aktivt,
                HoursPerWeek = Number("afHours") ?? sgiHours ?? 40,
                Registered = One("afStatus") == "planerar" ? false : null,
            });
        }

        return new Answers
        {
            AsOf = StockholmTime.DateOf(nowUtc),
            Situation = situation.Value,
            LastSjukpenningDay = situation == Situation.SjukpenningEnded ? lastDay : null,
            // A stop decision that arrived before the last day with sjukpenning has no bearing on the deadline (DL-6 is
            // about a decision that came late), and the checker takes a decision date only after that day.
            DecisionReceived = situation == Situation.Kommunicering
                || (situation == Situation.SjukpenningEnded && decision is { } received && lastDay is { } last && received <= last)
                ? null
                : decision,
            HasSgi = One("hasSgi") switch { "yes" => SgiStatus.Yes, "no" => SgiStatus.No, _ => SgiStatus.Unknown },
            SgiHoursPerWeek = sgiHours,
            Employment = employment.Value,
            Next = next,
        };
    }

    /// <summary>The result without texts (for statistics), or null.</summary>
    public Summary? Evaluate(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc) =>
        Run(definition, answers, nowUtc) is { } result ? ToSummary(result) : null;

    public async Task<Summary?> SummarizeAsync(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc, Language language, CancellationToken cancellationToken) =>
        await ResultAsync(definition, answers, nowUtc, language, cancellationToken) is { } result ? ToSummary(result) : null;

    /// <summary>The full result with texts filled in, as the JSON API returns it, or null.</summary>
    public async Task<Result?> ResultAsync(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc, Language language, CancellationToken cancellationToken)
    {
        if (Run(definition, answers, nowUtc) is not { } result)
        {
            return null;
        }

        // The result texts in English or Swedish (a lättläst reader of the questionnaire reads it in Swedish).
        var textLanguage = language.Code == Languages.English.Code ? Languages.English : Languages.Swedish;
        var texts = await sgiTexts.GetAsync(textLanguage, cancellationToken);
        return ResultTexts.Render(result, texts.Texts, textLanguage.Code);
    }

    public static string VerdictName(string verdict) => verdict switch
    {
        "protected" => "SGI:n är skyddad",
        "likely-protected" => "SGI:n är troligen skyddad",
        "partly-protected" => "SGI:n är delvis skyddad",
        "at-risk" => "SGI:n kan vara i fara",
        "not-protected" => "SGI:n är inte skyddad",
        "no-sgi" => "Ingen SGI att skydda",
        "new-sgi" => "Ny SGI från nuvarande arbete",
        _ => verdict,
    };

    public static string VerdictCode(Verdict verdict) => JsonNamingPolicy.KebabCaseLower.ConvertName(verdict.ToString());

    private Result? Run(QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc)
    {
        if (ToAnswers(definition, answers, nowUtc) is not { } input)
        {
            return null;
        }

        try
        {
            return SgiChecker.Evaluate(input, input.AsOf!.Value);
        }
        catch (ArgumentException)
        {
            // Answers the checker's format refuses (for example dates in the wrong order): no result.
            return null;
        }
    }

    private static Summary ToSummary(Result result)
    {
        var verdict = VerdictCode(result.Verdict);
        var kind = result.Verdict switch
        {
            Verdict.Protected or Verdict.NewSgi => "success",
            Verdict.LikelyProtected or Verdict.NoSgi => "info",
            Verdict.NotProtected => "error",
            _ => "warning",
        };
        return new Summary(verdict, result.Deadline, string.IsNullOrWhiteSpace(result.Summary) ? VerdictName(verdict) : result.Summary, kind)
        {
            StaffText = StaffSummary.Describe(result),
        };
    }
}
