using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;

namespace Portal.SgiCheck.Composition;

/// <summary>
/// Combines the findings into one verdict (the least protective one counts; a new SGI replaces what came before it),
/// and chooses the one deadline of the result.
/// </summary>
internal sealed class VerdictCombiner(CompositionState state)
{
    private readonly CompositionState _s = state;

    public static int Rank(Verdict? verdict) => verdict switch
    {
        Verdict.Protected => 5,
        Verdict.LikelyProtected => 4,
        Verdict.PartlyProtected => 3,
        Verdict.AtRisk => 2,
        Verdict.NotProtected => 1,
        _ => 6,
    };

    public static int Rank(Evaluation evaluation) => Rank(evaluation.Verdict);

    public Verdict CombineVerdict()
    {
        DateOnly? newSgiFrom = null;
        foreach (var finding in _s.Findings)
        {
            if (finding.Evaluation.Verdict == Verdict.NewSgi && (newSgiFrom is null || finding.On < newSgiFrom))
            {
                newSgiFrom = finding.On;
            }
        }

        var verdict = Verdict.Protected;
        foreach (var finding in _s.Findings)
        {
            if (finding.Evaluation.Verdict is not { } contribution || contribution is Verdict.NewSgi or Verdict.NoSgi)
            {
                continue;
            }

            if (newSgiFrom is { } from && finding.On <= from)
            {
                continue;
            }

            if (Rank(contribution) < Rank(verdict))
            {
                verdict = contribution;
            }
        }

        return newSgiFrom is not null && verdict == Verdict.Protected ? Verdict.NewSgi : verdict;
    }

    /// <summary>
    /// One meaning of deadline: the last day on which the next ground must start for the chain to hold. The first
    /// transition whose gap the rules do not excuse; otherwise the first one still ahead of asOf; otherwise the latest.
    /// </summary>
    public Transition? ChooseDeadline()
    {
        foreach (var transition in _s.Transitions)
        {
            if (transition.Deadline is not null && transition.Judged is { } judged && Rank(judged) < Rank(Verdict.PartlyProtected))
            {
                return transition;
            }
        }

        Transition? lastWithDeadline = null;
        foreach (var transition in _s.Transitions)
        {
            if (transition.Deadline is null)
            {
                continue;
            }

            if ((transition.NextStart ?? transition.FirstUncovered) > _s.AsOf)
            {
                return transition;
            }

            lastWithDeadline = transition;
        }

        return lastWithDeadline;
    }
}
