using System.Globalization;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Rules;

namespace Portal.UnitTests.SgiCheck.Rules;

/// <summary>Compact assertions for rule evaluations: verdict as its JSON name ("-" for none) and the reason code.</summary>
internal static class RuleAssert
{
    public const string NotApplicable = Evaluation.NotApplicableReason;

    public static RuleParameters Parameters { get; } = new();

    public static void Is(Evaluation evaluation, string ruleId, string verdict, string reason)
    {
        Assert.Equal(ruleId, evaluation.RuleId);
        Assert.Equal(reason, evaluation.Reason);
        Assert.Equal(verdict, evaluation.Verdict is { } v ? KebabNames.Of(v) : "-");
    }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDate(string? iso) => iso is null ? null : D(iso);
}
