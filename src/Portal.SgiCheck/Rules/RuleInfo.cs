using System.Globalization;
using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Rules;

/// <summary>How sure the rule reference is (sgi-rules.md): statute seen, FK practice, or inference.</summary>
public enum Confidence
{
    High,
    Medium,
    Low,
}

/// <summary>A rule's metadata: its id from sgi-rules.md, what it rests on, and from when it applies.</summary>
/// <remarks>
/// <para><c>Id</c>: The rule id, for example <c>DL-1</c>.</para>
/// <para><c>Title</c>: A short English description, for case officers and the flow visualiser.</para>
/// <para><c>LegalReference</c>: The statute, ordinance, case or practice the rule rests on; empty when none.</para>
/// <para><c>Confidence</c>: The confidence level given in sgi-rules.md.</para>
/// <para><c>ValidFrom</c>: The first day the rule applies.</para>
/// </remarks>
public sealed record RuleInfo(string Id, string Title, string LegalReference, Confidence Confidence, DateOnly ValidFrom)
{
    /// <summary>The text code of the rule's legal-basis note, for example <c>legal.dl-1</c>.</summary>
    public string NoteCode => "legal." + Id.ToLowerInvariant();

    public override string ToString() => Id;

    internal static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// What one rule says about one fact: a verdict contribution (null when the rule only informs), a reason code and
/// the rule id. <see cref="NotApplicableReason"/> means the rule's condition does not hold.
/// </summary>
public readonly record struct Evaluation(string RuleId, Verdict? Verdict, string Reason)
{
    public const string NotApplicableReason = "not-applicable";

    public bool IsApplicable => Reason != NotApplicableReason;

    public static Evaluation NotApplicable(RuleInfo rule) => new(rule.Id, null, NotApplicableReason);

    public static Evaluation Contributes(RuleInfo rule, Verdict verdict, string reason) => new(rule.Id, verdict, reason);

    public static Evaluation Informs(RuleInfo rule, string reason) => new(rule.Id, null, reason);
}
