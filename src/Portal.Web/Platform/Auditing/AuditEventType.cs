using System.Reflection;

namespace Portal.Web.Platform.Auditing;

/// <summary>
/// The catalogue of audit event types. Writers and readers of the audit log name an event type only through these
/// members, so a writer and a reader that disagree about a name cannot compile. The name is what is stored in
/// <see cref="AuditEvent.EventType"/>; it never changes once an event of the type has been written.
/// </summary>
public sealed class AuditEventType
{
    private AuditEventType(string name) => Name = name;

    /// <summary>The name stored in the audit log.</summary>
    public string Name { get; }

    public override string ToString() => Name;

    // Meetings and invitations
    public static readonly AuditEventType MeetingCreated = new(nameof(MeetingCreated));
    public static readonly AuditEventType MeetingDeleted = new(nameof(MeetingDeleted));
    public static readonly AuditEventType MeetingDeletedByRetention = new(nameof(MeetingDeletedByRetention));
    public static readonly AuditEventType MeetingNoteAdded = new(nameof(MeetingNoteAdded));
    public static readonly AuditEventType InvitationOpened = new(nameof(InvitationOpened));
    public static readonly AuditEventType InvitationLocked = new(nameof(InvitationLocked));

    // The person's answer to the invitation, and the meeting's time
    /// <summary>The person answered the invitation or changed the answer (coming, another time, declined, with the reason's code).</summary>
    public static readonly AuditEventType InvitationAnswered = new(nameof(InvitationAnswered));

    /// <summary>The person gave an e-mail address for reminders about their meeting (the address is not in the event).</summary>
    public static readonly AuditEventType ReminderRequested = new(nameof(ReminderRequested));

    /// <summary>The person stopped the reminders; the address was deleted.</summary>
    public static readonly AuditEventType ReminderStopped = new(nameof(ReminderStopped));

    /// <summary>A reminder went out (before the meeting, or on the SGI deadline).</summary>
    public static readonly AuditEventType ReminderSent = new(nameof(ReminderSent));

    /// <summary>The person took one of the offered times; the meeting moved to it.</summary>
    public static readonly AuditEventType InvitationTimeBooked = new(nameof(InvitationTimeBooked));

    /// <summary>A handläggare published bookable times (for themselves or the team).</summary>
    public static readonly AuditEventType BookableTimesPublished = new(nameof(BookableTimesPublished));

    /// <summary>A handläggare removed a bookable time nobody had taken.</summary>
    public static readonly AuditEventType BookableTimeRemoved = new(nameof(BookableTimeRemoved));

    /// <summary>A handläggare moved the meeting to a new time.</summary>
    public static readonly AuditEventType MeetingMoved = new(nameof(MeetingMoved));

    /// <summary>A handläggare confirmed the time the person picked or asked for.</summary>
    public static readonly AuditEventType MeetingTimeConfirmed = new(nameof(MeetingTimeConfirmed));

    /// <summary>A handläggare cancelled the meeting; the person's link says so.</summary>
    public static readonly AuditEventType MeetingCancelled = new(nameof(MeetingCancelled));

    // The citizen's questionnaire
    public static readonly AuditEventType QuestionnaireStarted = new(nameof(QuestionnaireStarted));
    public static readonly AuditEventType QuestionnaireSubmitted = new(nameof(QuestionnaireSubmitted));
    public static readonly AuditEventType QuestionnaireChanged = new(nameof(QuestionnaireChanged));
    public static readonly AuditEventType QuestionnaireDeletedByPerson = new(nameof(QuestionnaireDeletedByPerson));

    // Reads of a citizen's answers: each is shown in the person's read log (by role, never by name)
    /// <summary>A handläggare opened or printed the prepared answers.</summary>
    public static readonly AuditEventType AnswersViewed = new(nameof(AnswersViewed));

    /// <summary>A case system read the prepared answers through the case API.</summary>
    public static readonly AuditEventType AnswersReadByCaseSystem = new(nameof(AnswersReadByCaseSystem));

    /// <summary>The handläggare at Arbetsförmedlingen taking part read the answers the person agreed to share (the AF pages).</summary>
    public static readonly AuditEventType AnswersReadByAf = new(nameof(AnswersReadByAf));

    /// <summary>Arbetsförmedlingen's case system read the answers the person agreed to share (/api/v1/af, scope meetings.af.read).</summary>
    public static readonly AuditEventType AnswersReadByAfCaseSystem = new(nameof(AnswersReadByAfCaseSystem));

    public static readonly AuditEventType AnswersMarkedRead = new(nameof(AnswersMarkedRead));

    // Arbetsförmedlingen at the table (issue 18)
    /// <summary>The person gave or withdrew the consent to share the answers with AF (From, To, Source in the payload).</summary>
    public static readonly AuditEventType AfConsentChanged = new(nameof(AfConsentChanged));

    // Content
    public static readonly AuditEventType ContentCreated = new(nameof(ContentCreated));
    public static readonly AuditEventType ContentDraftSaved = new(nameof(ContentDraftSaved));
    public static readonly AuditEventType ContentRestored = new(nameof(ContentRestored));
    public static readonly AuditEventType ContentPublished = new(nameof(ContentPublished));
    public static readonly AuditEventType ContentUnpublished = new(nameof(ContentUnpublished));
    public static readonly AuditEventType ContentPublishScheduled = new(nameof(ContentPublishScheduled));
    public static readonly AuditEventType ContentScheduleCancelled = new(nameof(ContentScheduleCancelled));
    public static readonly AuditEventType ContentScheduledPublishFailed = new(nameof(ContentScheduledPublishFailed));
    public static readonly AuditEventType ContentImported = new(nameof(ContentImported));
    public static readonly AuditEventType ContentImportedPublished = new(nameof(ContentImportedPublished));
    public static readonly AuditEventType ContentImportedDraft = new(nameof(ContentImportedDraft));

    /// <summary>An image or PDF file was added to a page, as a new version (issue 19).</summary>
    public static readonly AuditEventType ContentAttachmentAdded = new(nameof(ContentAttachmentAdded));

    /// <summary>A file was taken off a page, as a new version; older versions keep it.</summary>
    public static readonly AuditEventType ContentAttachmentRemoved = new(nameof(ContentAttachmentRemoved));

    // Addresses that never break (issue 19)
    /// <summary>Publishing moved a page to a new address: the old one now redirects permanently (in the publish transaction).</summary>
    public static readonly AuditEventType ContentAddressMoved = new(nameof(ContentAddressMoved));

    /// <summary>Unpublishing retired a page's address: it now answers that the page is removed, with links to start and search.</summary>
    public static readonly AuditEventType ContentAddressRetired = new(nameof(ContentAddressRetired));

    /// <summary>An editor added a redirect by hand.</summary>
    public static readonly AuditEventType ContentRedirectAdded = new(nameof(ContentRedirectAdded));

    /// <summary>An editor removed a redirect.</summary>
    public static readonly AuditEventType ContentRedirectRemoved = new(nameof(ContentRedirectRemoved));

    // "Hittade du det du sökte?" (issue 19)
    /// <summary>An anonymous visitor answered on a guidance page (no actor, no client address).</summary>
    public static readonly AuditEventType FeedbackReceived = new(nameof(FeedbackReceived));

    /// <summary>An editor marked a comment as handled.</summary>
    public static readonly AuditEventType FeedbackHandled = new(nameof(FeedbackHandled));

    // Four eyes before publishing (issue 19, setting Editor:RequireReview)
    public static readonly AuditEventType ContentReviewRequested = new(nameof(ContentReviewRequested));
    public static readonly AuditEventType ContentReviewApproved = new(nameof(ContentReviewApproved));

    /// <summary>The reviewer sent the version back with a comment (the event's reason).</summary>
    public static readonly AuditEventType ContentReviewSentBack = new(nameof(ContentReviewSentBack));

    /// <summary>An Administratör published without review as an urgent correction (the reason is the event's reason).</summary>
    public static readonly AuditEventType ContentPublishedUrgently = new(nameof(ContentPublishedUrgently));

    // Staff accounts and sign-in
    public static readonly AuditEventType StaffAccountCreated = new(nameof(StaffAccountCreated));
    public static readonly AuditEventType StaffRolesChanged = new(nameof(StaffRolesChanged));
    public static readonly AuditEventType StaffTwoFactorReset = new(nameof(StaffTwoFactorReset));
    public static readonly AuditEventType StaffAccountLocked = new(nameof(StaffAccountLocked));
    public static readonly AuditEventType StaffAccountUnlocked = new(nameof(StaffAccountUnlocked));
    public static readonly AuditEventType StaffTwoFactorEnabled = new(nameof(StaffTwoFactorEnabled));
    public static readonly AuditEventType StaffSignedIn = new(nameof(StaffSignedIn));
    public static readonly AuditEventType StaffSignedInWithRecoveryCode = new(nameof(StaffSignedInWithRecoveryCode));
    public static readonly AuditEventType StaffSignInFailed = new(nameof(StaffSignInFailed));
    public static readonly AuditEventType StaffTwoFactorFailed = new(nameof(StaffTwoFactorFailed));
    public static readonly AuditEventType StaffRecoveryCodeFailed = new(nameof(StaffRecoveryCodeFailed));
    public static readonly AuditEventType StaffLockedOut = new(nameof(StaffLockedOut));
    public static readonly AuditEventType StaffSignedOut = new(nameof(StaffSignedOut));

    // security: sign-in
    /// <summary>A password, code or recovery code was sent while the account was locked (or its tries were taken); it was not checked.</summary>
    public static readonly AuditEventType StaffSignInRefusedWhileLocked = new(nameof(StaffSignInRefusedWhileLocked));

    /// <summary>An administrator asked for the protected-identity permission for an account; a second administrator must approve it.</summary>
    public static readonly AuditEventType StaffPermissionRequested = new(nameof(StaffPermissionRequested));

    /// <summary>A second administrator approved the protected-identity permission.</summary>
    public static readonly AuditEventType StaffPermissionApproved = new(nameof(StaffPermissionApproved));

    /// <summary>A staff member changed their own password (also the forced change at first sign-in).</summary>
    public static readonly AuditEventType StaffPasswordChanged = new(nameof(StaffPasswordChanged));

    /// <summary>A wrong personnummer on an invitation link (the lock itself is <see cref="InvitationLocked"/>).</summary>
    public static readonly AuditEventType InvitationIdentificationFailed = new(nameof(InvitationIdentificationFailed));

    /// <summary>A personnummer was sent while the invitation link was locked; it was not checked.</summary>
    public static readonly AuditEventType InvitationRefusedWhileLocked = new(nameof(InvitationRefusedWhileLocked));

    /// <summary>The person cancelled the e-legitimation for an invitation (the broker answered access_denied).</summary>
    public static readonly AuditEventType InvitationSignInCancelled = new(nameof(InvitationSignInCancelled));

    /// <summary>
    /// An e-legitimation for an invitation was not accepted: the broker's answer failed its checks, the callback had
    /// already been used, or the invitation had expired meanwhile (Reason in the payload). A different person is
    /// <see cref="InvitationIdentificationFailed"/>.
    /// </summary>
    public static readonly AuditEventType InvitationSignInFailed = new(nameof(InvitationSignInFailed));

    // Case systems (OAuth 2.0 clients of the portal's own server)
    /// <summary>An Administratör registered a case system (name, scopes, the account it acts for); the secret was shown once.</summary>
    public static readonly AuditEventType CaseSystemRegistered = new(nameof(CaseSystemRegistered));

    /// <summary>A case system got a new secret; the old one and the tokens issued with it stopped.</summary>
    public static readonly AuditEventType CaseSystemSecretRotated = new(nameof(CaseSystemSecretRotated));

    /// <summary>A case system was revoked: no new tokens, and its issued tokens stopped.</summary>
    public static readonly AuditEventType CaseSystemRevoked = new(nameof(CaseSystemRevoked));

    /// <summary>The token endpoint issued an access token to a case system (client credentials), with its scopes.</summary>
    public static readonly AuditEventType CaseSystemTokenIssued = new(nameof(CaseSystemTokenIssued));

    // security: data
    /// <summary>
    /// A deleted meeting's follow-up facts (month, type, legal sex, how far the person came, the answer-derived facts),
    /// kept under a random id that links to nothing; the meeting's own events lose those facts and the client addresses.
    /// </summary>
    public static readonly AuditEventType FollowUpFactsKept = new(nameof(FollowUpFactsKept));

    /// <summary>
    /// A one-time fill of facts that are now stored when things happen, for the data from before the upgrade that
    /// added them: the meeting lists' facts (subject "meeting-list") and the follow-up facts table (subject
    /// "follow-up"). Its presence marks the fill as done.
    /// </summary>
    public static readonly AuditEventType StoredFactsBackfilled = new(nameof(StoredFactsBackfilled));

    /// <summary>The subject type of <see cref="StoredFactsBackfilled"/>.</summary>
    public const string StoredFactsSubjectType = "StoredFacts";

    /// <summary>The retention job erased the client addresses of audit events older than their retention time.</summary>
    public static readonly AuditEventType ClientAddressesErased = new(nameof(ClientAddressesErased));

    private static IReadOnlyList<AuditEventType>? _all;

    /// <summary>Every event type in the catalogue, in declaration order.</summary>
    public static IReadOnlyList<AuditEventType> All => _all ??= typeof(AuditEventType)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(AuditEventType))
        .Select(f => (AuditEventType)f.GetValue(null)!)
        .ToList();

    /// <summary>The catalogue entry with this stored name, or null.</summary>
    public static AuditEventType? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
