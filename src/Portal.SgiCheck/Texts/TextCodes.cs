using Portal.SgiCheck.Rules;

namespace Portal.SgiCheck.Texts;

/// <summary>
/// Every text code the engine can emit. The templates live in content/sgi-koll/texts.*.yml under <c>texts:</c>;
/// a unit test checks that each code exists in every language.
/// </summary>
public static class TextCodes
{
    public const string SummaryProtected = "summary.protected";
    public const string SummaryProtectedNextStep = "summary.protected.next-step";
    public const string SummaryLikelyProtected = "summary.likely-protected";
    public const string SummaryLikelyProtected25Days = "summary.likely-protected.25-days";
    public const string SummaryLikelyProtectedOwnBusiness = "summary.likely-protected.own-business";
    public const string SummaryPartlyProtected = "summary.partly-protected";
    public const string SummaryAtRisk = "summary.at-risk";
    public const string SummaryAtRiskNothingYet = "summary.at-risk.nothing-yet";
    public const string SummaryAtRiskActNow = "summary.at-risk.act-now";
    public const string SummaryNotProtected = "summary.not-protected";
    public const string SummaryNotProtectedForhinder = "summary.not-protected.forhinder";
    public const string SummaryNoSgi = "summary.no-sgi";
    public const string SummaryNewSgi = "summary.new-sgi";
    public const string SummaryKommunicering = "summary.kommunicering";

    public const string RegisterAf = "action.register-af";
    public const string RegisterAfNow = "action.register-af-now";
    public const string RegisterAfAfterStudies = "action.register-af.after-studies";
    public const string RegisterAfAfterProgramme = "action.register-af.after-programme";
    public const string RegisterAfDuringStudies = "action.register-af.during-studies";
    public const string RegisterAfRest = "action.register-af-rest";
    public const string ReturnToWork = "action.return-to-work";
    public const string StartDirectly = "action.start-directly";
    public const string ParentalBenefitDays = "action.parental-benefit-days";
    public const string ChangeToAktivt = "action.af-change-to-aktivt";
    public const string ReapplySjukpenning = "action.reapply-sjukpenning";
    public const string SeekSgiHours = "action.seek-sgi-hours";
    public const string AskFkConfirm = "action.ask-fk-confirm";
    public const string AskFkGeneral = "action.ask-fk.general";
    public const string AskFkRegistrationLate = "action.ask-fk.registration-late";
    public const string AskFkRetroactive = "action.ask-fk.retroactive";
    public const string AskFkEarlierBreaks = "action.ask-fk.earlier-breaks";
    public const string AskFkAge = "action.ask-fk.age";
    public const string AskFkOwnBusiness = "action.ask-fk.own-business";
    public const string AskFkSgiExists = "action.ask-fk.sgi-exists";
    public const string AskFkSgiHours = "action.ask-fk.sgi-hours";
    public const string AskFkPregnancy = "action.ask-fk.pregnancy";
    public const string AskFkAbroad = "action.ask-fk.abroad";
    public const string AskFkOmstallningsstudiestod = "action.ask-fk.omstallningsstudiestod";
    public const string AskFkStudies = "action.ask-fk.studies";
    public const string AskFkBetweenTerms = "action.ask-fk.between-terms";
    public const string AskFkWeekend = "action.ask-fk.weekend";
    public const string AskFkNewJobPartTime = "action.ask-fk.new-job-part-time";
    public const string AskFkShortJob = "action.ask-fk.short-job";
    public const string AskFkThreeMonthRule = "action.ask-fk.three-month-rule";
    public const string AskFkSickEvidence = "action.ask-fk.sick-evidence";
    public const string AskFkSanction = "action.ask-fk.sanction";
    public const string AskFkEmployed = "action.ask-fk.employed";
    public const string AskFkForhinder = "action.ask-fk.forhinder";
    public const string AskFkRulesReview = "action.ask-fk.rules-review";
    public const string AppealSanction = "action.appeal-sanction";
    public const string RequestOmprovning = "action.request-omprovning";
    public const string RegisterDuringOmprovning = "action.register-during-omprovning";
    public const string EmployerPay = "action.employer-pay";
    public const string Severance = "action.severance";
    public const string KeepActive = "action.keep-active";
    public const string SaveEvidence = "action.save-evidence";
    public const string CheckDecisionLetter = "action.check-decision-letter";
    public const string NewSgi = "action.new-sgi";
    public const string NewSgiFromJob = "action.new-sgi-from-job";
    public const string ReadGuide = "action.read-guide";
    public const string KommuniceringReply = "action.kommunicering.reply";
    public const string KommuniceringReplyPassed = "action.kommunicering.reply-passed";
    public const string KommuniceringDecisionDay = "action.kommunicering.decision-day";
    public const string KommuniceringComeBack = "action.kommunicering.come-back";
    public const string GetHelp = "action.get-help";

    public static IReadOnlyList<string> Summaries { get; } =
    [
        SummaryProtected, SummaryProtectedNextStep, SummaryLikelyProtected, SummaryLikelyProtected25Days,
        SummaryLikelyProtectedOwnBusiness, SummaryPartlyProtected, SummaryAtRisk, SummaryAtRiskNothingYet,
        SummaryAtRiskActNow, SummaryNotProtected, SummaryNotProtectedForhinder, SummaryNoSgi, SummaryNewSgi, SummaryKommunicering,
    ];

    public static IReadOnlyList<string> Actions { get; } =
    [
        RegisterAf, RegisterAfNow, RegisterAfAfterStudies, RegisterAfAfterProgramme, RegisterAfDuringStudies, RegisterAfRest,
        ReturnToWork, StartDirectly, ParentalBenefitDays, ChangeToAktivt, ReapplySjukpenning, SeekSgiHours, AskFkConfirm,
        AskFkGeneral, AskFkRegistrationLate, AskFkRetroactive, AskFkEarlierBreaks, AskFkAge, AskFkOwnBusiness, AskFkSgiExists,
        AskFkSgiHours, AskFkPregnancy, AskFkAbroad, AskFkOmstallningsstudiestod, AskFkStudies, AskFkBetweenTerms, AskFkWeekend,
        AskFkNewJobPartTime, AskFkShortJob, AskFkThreeMonthRule, AskFkSickEvidence, AskFkSanction, AskFkEmployed,
        AskFkForhinder, AskFkRulesReview, AppealSanction, RequestOmprovning, RegisterDuringOmprovning, EmployerPay, Severance,
        KeepActive, SaveEvidence, CheckDecisionLetter, NewSgi, NewSgiFromJob, ReadGuide, GetHelp,
        KommuniceringReply, KommuniceringReplyPassed, KommuniceringDecisionDay, KommuniceringComeBack,
    ];

    /// <summary>The legal-basis note codes: one per rule that has a legal reference.</summary>
    public static IReadOnlyList<string> LegalNotes { get; } =
        [.. RuleCatalog.All.Where(r => r.LegalReference.Length > 0).Select(r => r.NoteCode)];

    /// <summary>Every code that can appear in a result.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Summaries, .. Actions, .. LegalNotes];
}

/// <summary>The links actions point to, per language.</summary>
public static class ActionLinks
{
    public const string Arbetsformedlingen = "af";
    public const string ProtectSgi = "sgi";
    public const string RegisterGuide = "register";
    public const string Omprovning = "omprovning";
    public const string Contact = "contact";
    public const string Checker = "check";

    /// <summary>The address for a link key in a language (sv or en); Swedish pages are used where no English exists.</summary>
    public static string Url(string key, string language)
    {
        ArgumentNullException.ThrowIfNull(key);
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        return key switch
        {
            Arbetsformedlingen => "https://arbetsformedlingen.se",
            ProtectSgi => english ? "/en/protect-your-sgi" : "/skydda-din-sgi",
            RegisterGuide => english ? "/en/register-with-arbetsformedlingen" : "/skriv-in-dig-hos-arbetsformedlingen",
            Omprovning => "/om-du-inte-haller-med",
            Contact => "/kontakt",
            Checker => english ? "/en/sgi-check" : "/sgi-koll",
            _ => throw new ArgumentException($"Unknown link key '{key}'.", nameof(key)),
        };
    }
}
