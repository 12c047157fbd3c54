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
