using System.Globalization;

namespace Portal.SgiCheck.Rules;

/// <summary>
/// A version of the rules: which rules are in force, their parameters, the date the set was verified
/// (<see cref="Version"/>, shown as <c>rulesVersion</c>) and the date it applies from. A future law change is added
/// as a new set with a later <see cref="AppliesFrom"/>; a check with an <c>asOf</c> on or after that date uses it.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, RuleInfo> _rules;

    public RuleSet(DateOnly version, DateOnly appliesFrom, DateOnly reviewBy, RuleParameters parameters, IEnumerable<RuleInfo> rules)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(rules);
        Version = version;
        AppliesFrom = appliesFrom;
        ReviewBy = reviewBy;
        Parameters = parameters;
        _rules = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Rules = [.. _rules.Values];
    }

    /// <summary>The date the rules were compiled and verified (LAW-1).</summary>
    public DateOnly Version { get; }

    public string VersionText => Version.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first <c>asOf</c> this set is used for.</summary>
    public DateOnly AppliesFrom { get; }

    /// <summary>Re-verify SFB 26 kap. and förordningen 2000:1418 before this date (C-17).</summary>
    public DateOnly ReviewBy { get; }

    public RuleParameters Parameters { get; }

    public IReadOnlyList<RuleInfo> Rules { get; }

    public bool Contains(string ruleId) => _rules.ContainsKey(ruleId);

    /// <summary>The rule with this id in this set.</summary>
    /// <exception cref="KeyNotFoundException">The set has no such rule.</exception>
    public RuleInfo Get(string ruleId) =>
        _rules.TryGetValue(ruleId, out var rule) ? rule : throw new KeyNotFoundException($"Rule set {VersionText} has no rule '{ruleId}'.");

    /// <summary>True when the set contains the rule and the rule applies on <paramref name="date"/>.</summary>
    public bool InForce(RuleInfo rule, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _rules.TryGetValue(rule.Id, out var own) && own.ValidFrom <= date;
    }
}

/// <summary>Selects the rule set in force on a date.</summary>
public sealed class RuleSetRegistry
{
    private readonly RuleSet[] _sets;

    public RuleSetRegistry(params RuleSet[] sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        if (sets.Length == 0)
        {
            throw new ArgumentException("At least one rule set is needed.", nameof(sets));
        }

        _sets = [.. sets.OrderBy(s => s.AppliesFrom)];
    }

    /// <summary>The registry with the rule sets shipped with this build.</summary>
    public static RuleSetRegistry Default { get; } = new(RuleCatalog.Current);

    public IReadOnlyList<RuleSet> Sets => _sets;

    /// <summary>The latest set whose <see cref="RuleSet.AppliesFrom"/> is on or before <paramref name="asOf"/>.</summary>
    public RuleSet For(DateOnly asOf)
    {
        var chosen = _sets[0];
        foreach (var set in _sets)
        {
            if (set.AppliesFrom <= asOf)
            {
                chosen = set;
            }
        }

        return chosen;
    }
}
