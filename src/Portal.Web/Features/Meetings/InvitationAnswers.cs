namespace Portal.Web.Features.Meetings;

/// <summary>The three answers a person can give to an invitation.</summary>
public static class InvitationAnswers
{
    public const string Coming = "kommer";
    public const string OtherTime = "annan-tid";
    public const string Declined = "vill-inte";

    public static readonly IReadOnlyList<string> All = [Coming, OtherTime, Declined];

    /// <summary>The answer as the handläggare reads it.</summary>
    public static string StaffName(string? answer) => answer switch
    {
        Coming => "Kommer",
        OtherTime => "Vill ha en annan tid",
        Declined => "Vill inte ha mötet",
        _ => "Inte svarat",
    };

    /// <summary>The code the case API and the list filter use: the answer, or "inte-svarat".</summary>
    public static string Code(string? answer) => answer ?? NotAnswered;

    public const string NotAnswered = "inte-svarat";

    /// <summary>The code of a meeting the handläggare cancelled.</summary>
    public const string CancelledCode = "installt";
}

/// <summary>
/// Why a person does not want the meeting: the reasons the agencies' reports give for declining, plus "other". The
/// choice is optional; the person's own words beside it are kept encrypted and never reach the follow-up.
/// </summary>
public static class DeclineReasons
{
    public const string BackAtEmployer = "tillbaka-hos-arbetsgivare";
    public const string HasSupport = "har-stod";
    public const string TooIll = "for-sjuk";
    public const string NoUse = "ser-ingen-nytta";
    public const string NoTime = "har-inte-tid";
    public const string Other = "annat";

    public static readonly IReadOnlyList<string> All = [BackAtEmployer, HasSupport, TooIll, NoUse, NoTime, Other];

    public const int MaxTextLength = 500;

    public static string StaffName(string? reason) => reason switch
    {
        BackAtEmployer => "Går tillbaka till sin arbetsgivare",
        HasSupport => "Har redan stöd från AF, vården eller kommunen",
        TooIll => "För sjuk just nu",
        NoUse => "Ser inte vad mötet ger",
        NoTime => "Har inte tid",
        Other => "Annat",
        _ => "Inget skäl angivet",
    };
}

/// <summary>
/// The invitation's answer as the meeting lists read it, from the columns the answer was stored in when the person
/// gave it (one query with the list; no answers decrypted).
/// </summary>
public sealed record InvitationAnswerState(bool Cancelled, string? Answer, string? DeclineReason, bool WishWaiting, bool TimeConfirmed, bool TimeBooked)
{
    /// <summary>The code the list filter and the case API use: the answer, "inte-svarat" or "installt".</summary>
    public string Code => Cancelled ? InvitationAnswers.CancelledCode : InvitationAnswers.Code(Answer);

    /// <summary>The answer as the handläggare reads it in a list.</summary>
    public string StaffText => Cancelled
        ? "Inställt"
        : Answer switch
        {
            InvitationAnswers.Declined => $"{InvitationAnswers.StaffName(Answer)} ({DeclineReasons.StaffName(DeclineReason).ToLowerInvariant()})",
            InvitationAnswers.OtherTime when WishWaiting => "Vill ha en annan tid, väntar på dig",
            InvitationAnswers.OtherTime when !TimeConfirmed => "Har valt en ny tid, inte bekräftad",
            _ => InvitationAnswers.StaffName(Answer),
        };
}
