namespace Portal.SgiCheck.Flows;

/// <summary>How a question is answered.</summary>
public enum QuestionKind
{
    /// <summary>One of <see cref="QuestionNode.OptionValues"/>.</summary>
    SingleChoice,

    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,

    /// <summary>A number (comma or point as decimal separator), or one of <see cref="QuestionNode.OptionValues"/> (for example <c>unknown</c>).</summary>
    Number,

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    YesNo,
}

/// <summary>A question in the step-by-step journey. The wording is in content/sgi-koll/texts.*.yml under <c>questions:</c>.</summary>
/// <param name="Id">Short, lowercase and URL-safe; the key in the query string.</param>
/// <param name="Kind">How the question is answered.</param>
/// <param name="OptionValues">The raw values allowed for choices; for numbers, the non-numeric values allowed.</param>
public sealed record QuestionNode(string Id, QuestionKind Kind, IReadOnlyList<string> OptionValues);
