using System.Globalization;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;

namespace Portal.Web.Features.Questionnaire;

/// <summary>The fixed texts of the questionnaire pages in Swedish and English: a text table (<see cref="TextTables"/>, Texts/QuestionnaireJourneyText.*.yml).</summary>
public sealed class QuestionnaireJourneyText
{
    public required string IdentifyTitle { get; init; }
    public required string IdentifyIntro { get; init; }
    public required string PersonnummerLabel { get; init; }
    public required string PersonnummerHint { get; init; }
    public required string IdentifyButton { get; init; }
    public required string WrongPersonnummer { get; init; }
    public required string Locked { get; init; }
    public required string LinkNotValidTitle { get; init; }
    public required string LinkNotValidText { get; init; }
    public required string SignInAgainTitle { get; init; }
    public required string SignInAgainText { get; init; }
    public required string SignOutButton { get; init; }
    public required string SignedOutNotice { get; init; }
    public required string NotYoursTitle { get; init; }
    public required string NotYoursText { get; init; }
    public required string EidIntro { get; init; }
    public required string EidButton { get; init; }
    public required string EidDoneTitle { get; init; }
    public required string EidDoneText { get; init; }
    public required string EidContinue { get; init; }
    public required string EidCancelledTitle { get; init; }
    public required string EidCancelledText { get; init; }
    public required string EidFailedTitle { get; init; }
    public required string EidFailedText { get; init; }
    public required string EidReplayedTitle { get; init; }
    public required string EidReplayedText { get; init; }
    public required string EidExpiredTitle { get; init; }
    public required string EidExpiredText { get; init; }
    public required string EidAnotherPersonTitle { get; init; }
    public required string EidAnotherPersonText { get; init; }
    public required string YourMeeting { get; init; }
    public required string MeetingWhen { get; init; }
    public required string MeetingHow { get; init; }
    public required string Start { get; init; }
    public required string Continue { get; init; }
    public required string ContinueWhereYouLeft { get; init; }
    public required string SaveAndContinue { get; init; }
    public required string Back { get; init; }
    public required string CarryHeading { get; init; }
    public required string CarryText { get; init; }
    public required string CarryYes { get; init; }
    public required string CarryNo { get; init; }
    public required string CarryFilled { get; init; }
    public required string StepOf { get; init; }
    public required string StepsLabel { get; init; }
    public required string ErrorSummary { get; init; }
    public required string Optional { get; init; }
    public required string CheckTitle { get; init; }
    public required string CheckIntro { get; init; }
    public required string Change { get; init; }
    public required string NotAnswered { get; init; }
    public required string Submit { get; init; }
    public required string SubmitChanges { get; init; }
    public required string DoneTitle { get; init; }
    public required string ChangedTitle { get; init; }
    public required string ReferenceNumber { get; init; }
    public required string CanChangeUntil { get; init; }
    public required string CannotChangeAnymore { get; init; }
    public required string StatusDraft { get; init; }
    public required string StatusSubmitted { get; init; }
    public required string StatusChanged { get; init; }
    public required string MyAnswers { get; init; }
    public required string PrintAnswers { get; init; }
    public required string ReadLogTitle { get; init; }
    public required string ReadLogIntro { get; init; }
    public required string ReadLogEmpty { get; init; }
    public required string ReadLogWho { get; init; }
    public required string ReadByCaseOfficer { get; init; }
    public required string ReadBySystem { get; init; }
    public required string ReadByAfCaseOfficer { get; init; }

    /// <summary>How the read log names a reader.</summary>
    public string ReaderName(Platform.Auditing.AnswerReader reader) =>
        Platform.Auditing.AnswerReaders.AtAf(reader) ? ReadByAfCaseOfficer
        : reader == Platform.Auditing.AnswerReader.FkCaseSystem ? ReadBySystem
        : ReadByCaseOfficer;
    public required string DeleteTitle { get; init; }
    public required string DeleteIntro { get; init; }
    public required string DeleteButton { get; init; }
    public required string DeletedTitle { get; init; }
    public required string DeletedText { get; init; }
    public required string NothingToDelete { get; init; }
    public required string ConflictTitle { get; init; }
    public required string ConflictText { get; init; }
    public required string ConflictSavedAnswers { get; init; }
    public required string ConflictKeepMine { get; init; }
    public required string NewQuestionsShown { get; init; }
    public required string SgiResultTitle { get; init; }
    public required string SgiNotComputed { get; init; }
    public required string Retention { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    public static QuestionnaireJourneyText For(Language language) => TextTables.Get<QuestionnaireJourneyText>(language);

    /// <summary>Whether a question text ends in its own mark ("?"), so a list of answers adds no ":" after it.</summary>
    public static bool EndsWithMark(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '?' or '!' or ':' or '.';

    public static string FormatDateTime(DateTime utc, Language language)
    {
        var local = StockholmTime.ToLocal(utc);
        return language.Code == "en"
            ? local.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"))
            : local.ToString("dddd d MMMM yyyy 'kl.' HH.mm", CultureInfo.GetCultureInfo("sv-SE"));
    }
}
