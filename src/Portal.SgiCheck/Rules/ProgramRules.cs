using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>PRG-1: taking part in an arbetsmarknadspolitiskt program with a payment.</summary>
public static class Prg1
{
    public static RuleInfo Info { get; } = new(
        "PRG-1", "Programme with aktivitetsstöd, utvecklingsersättning or etableringsersättning",
        "26 kap. 13 § första stycket 1 SFB", Confidence.High, RuleInfo.Date("2011-01-01"));

    public static Evaluation Evaluate(ProgramPayment payment) => payment == ProgramPayment.None
        ? Evaluation.NotApplicable(Info)
        : Evaluation.Contributes(Info, Verdict.Protected, "programme-with-payment");
}

/// <summary>PRG-2: avstängd for a reason on the 4 § list, or no payment without being avstängd: still protected.</summary>
public static class Prg2
{
    public static RuleInfo Info { get; } = new(
        "PRG-2", "Programme sanction on the 4 § list, or no payment", "4 § förordningen (2000:1418), SFS 2017:835",
        Confidence.High, RuleInfo.Date("2018-01-01"));

    /// <remarks>
    /// <para><c>avstangdFor</c>: The sanction's reason, or null when the question is a programme without payment.</para>
    /// <para><c>noPayment</c>: The programme pays nothing.</para>
    /// <para><c>earlierDeclinedInsats</c>: How many times an insats was declined before this sanction.</para>
    /// </remarks>
    public static Evaluation Evaluate(SanctionReason? avstangdFor, bool noPayment, int earlierDeclinedInsats)
    {
        if (avstangdFor is not { } reason)
        {
            return noPayment
                ? Evaluation.Contributes(Info, Verdict.Protected, "no-payment-not-avstangd")
                : Evaluation.NotApplicable(Info);
        }

        return IsOnList(reason, earlierDeclinedInsats)
            ? Evaluation.Contributes(Info, Verdict.Protected, "avstangd-for-listed-reason")
            : Evaluation.NotApplicable(Info);
    }

    /// <summary>The reasons in 4 § that keep the SGI-skydd; declining an insats counts only the first time.</summary>
    public static bool IsOnList(SanctionReason reason, int earlierDeclinedInsats) => reason switch
    {
        SanctionReason.LateAktivitetsrapport or SanctionReason.MissedMeeting or SanctionReason.LeftJob => true,
        SanctionReason.DeclinedInsatsOnce => earlierDeclinedInsats == 0,
        _ => false,
    };
}

/// <summary>PRG-3: avstängd from a programme for a reason not on the list breaks the chain (C-10).</summary>
public static class Prg3
{
    public static RuleInfo Info { get; } = new(
        "PRG-3", "Programme sanction for a reason not on the 4 § list",
        "26 kap. 13 § SFB; 4 § förordningen (2000:1418) motsatsvis", Confidence.Medium, RuleInfo.Date("2018-01-01"));

    public static Evaluation Evaluate(SanctionReason reason, int days, int earlierDeclinedInsats)
    {
        if (Prg2.IsOnList(reason, earlierDeclinedInsats))
        {
            return Evaluation.NotApplicable(Info);
        }

        if (reason == SanctionReason.Other)
        {
            return Evaluation.Contributes(Info, Verdict.AtRisk, "reason-not-clearly-listed");
        }

        if (days <= 0)
        {
            return Evaluation.Contributes(Info, Verdict.AtRisk, "warning");
        }

        return reason == SanctionReason.DeclinedInsatsOnce
            ? Evaluation.Contributes(Info, Verdict.NotProtected, "declined-insats-twice")
            : Evaluation.Contributes(Info, Verdict.NotProtected, "avstangd-unlisted-reason");
    }
}
