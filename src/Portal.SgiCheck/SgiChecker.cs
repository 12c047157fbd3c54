using Portal.SgiCheck.Composition;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Rules;

namespace Portal.SgiCheck;

/// <summary>
/// The SGI-skyddskoll. Decides which rules apply to the answers, walks the chain of grounds from the day after the
/// benefit ends, combines the verdicts conservatively (never more reassuring than the weakest applicable rule) and
/// computes the recommended deadline. Pure: the same answers and date always give the same result.
/// </summary>
public static class SgiChecker
{
    /// <summary>Evaluates the answers with the rule set in force on <c>asOf</c>.</summary>
    /// <param name="answers">Valid answers (from <see cref="AnswersParser"/> or <see cref="Flows.SgiCheckFlow.ToAnswers"/>).</param>
    /// <param name="today">The server's date in Europe/Stockholm; used as <c>asOf</c> when the answers have none.</param>
    /// <returns>The result with text codes; fill the texts with <see cref="Texts.ResultTexts.Render"/>.</returns>
    /// <exception cref="ArgumentException">The answers break the format's rules (see <see cref="AnswersValidator"/>).</exception>
    public static Result Evaluate(Answers answers, DateOnly today) => Evaluate(answers, today, RuleSetRegistry.Default);

    /// <summary>Evaluates the answers with the rule set that <paramref name="registry"/> selects for <c>asOf</c>.</summary>
    public static Result Evaluate(Answers answers, DateOnly today, RuleSetRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(registry);
        var problems = AnswersValidator.Validate(answers, today: null);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The answers are not valid: " + string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}")), nameof(answers));
        }

        var asOf = answers.AsOf ?? today;
        return new Composer(answers, asOf, registry.For(asOf)).Run();
    }
}
