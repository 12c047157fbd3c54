using System.Globalization;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// The texts of the invitation pages (the meeting, the three answers, another time, declining and the page for those who
/// decline) in Swedish, English and lättläst: a text table (<see cref="TextTables"/>, Texts/InvitationText.*.yml).
/// Written for a reader who may be ill and stressed, often on a phone.
/// </summary>
public sealed class InvitationText
{
    public required string Title { get; init; }
    public required string Invited { get; init; }
    public required string MeetingType { get; init; }
    public required string When { get; init; }
    public required string How { get; init; }
    public required string Who { get; init; }
    public required string WhoText { get; init; }
    public required string WhatFor { get; init; }
    public required string PurposeKontaktmote { get; init; }
    public required string PurposeOmstallningsmote { get; init; }
    public required string PurposeKartlaggning { get; init; }
    public required string Voluntary { get; init; }
    public required string Practical { get; init; }
    public required string VideoWithLink { get; init; }
    public required string VideoWithoutLink { get; init; }
    public required string PhoneText { get; init; }
    public required string OnSiteWithAddress { get; init; }
    public required string OnSiteWithoutAddress { get; init; }
    public required string ContactHeading { get; init; }
    public required string ContactDefault { get; init; }
    public required string Calendar { get; init; }
    public required string AnswerLegend { get; init; }
    public required string Coming { get; init; }
    public required string OtherTime { get; init; }
    public required string Declined { get; init; }
    public required string SendAnswer { get; init; }
    public required string ChooseOne { get; init; }
    public required string YouAnswered { get; init; }
    public required string CanChangeUntil { get; init; }
    public required string AfterCutoff { get; init; }
    public required string CancelledTitle { get; init; }
    public required string CancelledText { get; init; }
    public required string ComingThanks { get; init; }
    public required string PrepareLink { get; init; }
    public required string PrepareText { get; init; }
    public required string ChangeAnswer { get; init; }
    public required string BackToInvitation { get; init; }
    public required string ErrorHeading { get; init; }

    // Another time
    public required string OtherTitle { get; init; }
    public required string OtherIntro { get; init; }
    public required string FreeTimes { get; init; }
    public required string NoFreeTimes { get; init; }
    public required string BookButton { get; init; }
    public required string ChooseTime { get; init; }
    public required string TimeTaken { get; init; }
    public required string TimeGone { get; init; }
    public required string Booked { get; init; }
    public required string Confirmed { get; init; }
    public required string WishHeading { get; init; }
    public required string WishLabel { get; init; }
    public required string WishHint { get; init; }
    public required string WishRequired { get; init; }
    public required string WishTooLong { get; init; }
    public required string ChannelLegend { get; init; }
    public required string ChannelSame { get; init; }
    public required string Interpreter { get; init; }
    public required string WishButton { get; init; }
    public required string WishWaiting { get; init; }
    public required string WishHandled { get; init; }
    public required string NewTimeCalendar { get; init; }

    // Declining
    public required string DeclineTitle { get; init; }
    public required string DeclineIntro { get; init; }
    public required string ReasonLegend { get; init; }
    public required string ReasonBackAtEmployer { get; init; }
    public required string ReasonHasSupport { get; init; }
    public required string ReasonTooIll { get; init; }
    public required string ReasonNoUse { get; init; }
    public required string ReasonNoTime { get; init; }
    public required string ReasonOther { get; init; }
    public required string ReasonTextLabel { get; init; }
    public required string ReasonTextHint { get; init; }
    public required string ReasonTextTooLong { get; init; }
    public required string DeclineButton { get; init; }

    // The page for those who decline
    public required string WithoutTitle { get; init; }
    public required string WithoutNothingChanges { get; init; }
    public required string WithoutChangeMind { get; init; }
    public required string WouldHaveGivenHeading { get; init; }
    public required List<string> WouldHaveGiven { get; init; }
    public required string ChecklistHeading { get; init; }
    public required List<string> Checklist { get; init; }
    public required string SgiHeading { get; init; }
    public required string SgiDeadline { get; init; }
    public required string SgiNoDeadline { get; init; }
    public required string SgiDeadlineCalendar { get; init; }
    public required string SgiSeeResult { get; init; }
    public required string SgiDoCheck { get; init; }
    public required string SgiCheckLink { get; init; }
    public required string ReadMoreHeading { get; init; }
    public required string StillTellFk { get; init; }
    public required string StillTellFkLink { get; init; }

    // E-mail reminders ({0} in ReminderActive: the address; in the mails: see each text)
    public required string ReminderHeading { get; init; }
    public required string ReminderIntro { get; init; }
    public required string ReminderEmailLabel { get; init; }
    public required string ReminderEmailHint { get; init; }
    public required string ReminderEmailInvalid { get; init; }
    public required string ReminderButton { get; init; }
    public required string ReminderActive { get; init; }
    public required string ReminderChange { get; init; }
    public required string ReminderStop { get; init; }
    public required string ReminderSaved { get; init; }
    public required string ReminderStopped { get; init; }
    public required string MailMeetingSubject { get; init; }
    public required string MailMeetingBody { get; init; }
    public required string MailDeadlineSubject { get; init; }
    public required string MailDeadlineBody { get; init; }
    public required string MailFooter { get; init; }

    // Sharing the answers with Arbetsförmedlingen ({0}: when the choice last changed)
    public required string ConsentHeading { get; init; }
    public required string ConsentIntro { get; init; }
    public required string ConsentNoEffect { get; init; }
    public required string ConsentGiven { get; init; }
    public required string ConsentRefused { get; init; }
    public required string ConsentWithdrawn { get; init; }
    public required string ConsentNotAnswered { get; init; }
    public required string ConsentLegend { get; init; }
    public required string ConsentYes { get; init; }
    public required string ConsentNo { get; init; }
    public required string ConsentButton { get; init; }
    public required string ConsentChoose { get; init; }
    public required string ConsentSaved { get; init; }
    public required string ConsentClosed { get; init; }
    public required string ConsentReadLog { get; init; }

    /// <summary>The consent as the person reads it now, with when it changed.</summary>
    public string ConsentState(AfConsent consent, string? changed) => Format(consent switch
    {
        AfConsent.Given => ConsentGiven,
        AfConsent.Refused => ConsentRefused,
        AfConsent.Withdrawn => ConsentWithdrawn,
        _ => ConsentNotAnswered,
    }, changed ?? "");

    public string Purpose(string type) => type switch
    {
        MeetingTypes.Kontaktmote => PurposeKontaktmote,
        MeetingTypes.GemensamKartlaggning => PurposeKartlaggning,
        _ => PurposeOmstallningsmote,
    };

    public string AnswerName(string? answer) => answer switch
    {
        InvitationAnswers.Coming => Coming,
        InvitationAnswers.OtherTime => OtherTime,
        InvitationAnswers.Declined => Declined,
        _ => "",
    };

    public string ReasonName(string reason) => reason switch
    {
        DeclineReasons.BackAtEmployer => ReasonBackAtEmployer,
        DeclineReasons.HasSupport => ReasonHasSupport,
        DeclineReasons.TooIll => ReasonTooIll,
        DeclineReasons.NoUse => ReasonNoUse,
        DeclineReasons.NoTime => ReasonNoTime,
        _ => ReasonOther,
    };

    public static InvitationText For(Language language) => TextTables.Get<InvitationText>(language);

    /// <summary>The meeting's time in the reader's language, in Stockholm time ("tisdag 15 december 2026 kl. 10.00").</summary>
    public static string FormatDateTime(DateTime utc, Language language) => QuestionnaireJourneyText.FormatDateTime(utc, language);

    public static string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
