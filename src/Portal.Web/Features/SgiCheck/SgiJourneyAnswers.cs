using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// The step-by-step pages ask "Jag är inskriven hos Arbetsförmedlingen" and "Jag ska skriva in mig" as two answers
/// (issue 21, item 8). The flow (<see cref="SgiCheckFlow"/>) has one value, <c>next=af</c>, for both; the pages add
/// <see cref="PlannedKey"/><c>=1</c> for a registration that has not happened yet. Here both become the checker's
/// answers: <see cref="AfRegistrationStep.Registered"/> is true for a registration that has happened and false for a
/// plan, so the engine never counts a plan as done.
/// </summary>
public static class SgiJourneyAnswers
{
    /// <summary>Query key set to <c>1</c> when the person has not registered at AF yet and <c>affrom</c> is the day they plan to.</summary>
    public const string PlannedKey = "afplan";

    /// <summary>The page's own value of the <c>next</c> question for "Jag ska skriva in mig hos Arbetsförmedlingen".</summary>
    public const string PlannedValue = "af-planned";

    /// <summary>Whether the journey's AF registration (<c>next=af</c>) is only planned.</summary>
    public static bool IsPlanned(IReadOnlyDictionary<string, string> journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.GetValueOrDefault(SgiCheckFlow.Ids.Next) == SgiCheckFlow.Values.Af && journey.GetValueOrDefault(PlannedKey) == "1";
    }

    /// <summary>Whether the person said they are registered at AF already (<c>next=af</c> without the plan key).</summary>
    public static bool IsRegistered(IReadOnlyDictionary<string, string> journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.GetValueOrDefault(SgiCheckFlow.Ids.Next) == SgiCheckFlow.Values.Af && !IsPlanned(journey);
    }

    /// <summary>The checker's answers for a complete journey, with the AF registration marked as done or planned.</summary>
    /// <exception cref="ArgumentException">The answers are not complete.</exception>
    public static Answers ToAnswers(IReadOnlyDictionary<string, string> journey, DateOnly asOf)
    {
        var answers = SgiCheckFlow.ToAnswers(journey, asOf);
        if (journey.GetValueOrDefault(SgiCheckFlow.Ids.Next) != SgiCheckFlow.Values.Af)
        {
            return answers;
        }

        var registered = !IsPlanned(journey);
        var marked = false;
        var next = answers.Next.Select(step =>
        {
            if (!marked && step is AfRegistrationStep af)
            {
                marked = true;
                return af with { Registered = registered };
            }

            return step;
        }).ToList();
        return answers with { Next = next };
    }
}
