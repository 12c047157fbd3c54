namespace Portal.SgiCheck.Rules;

/// <summary>Every rule of sgi-rules.md Section A, and the rule set compiled from it.</summary>
public static class RuleCatalog
{
    /// <summary>All rules, in the order of the rule table.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        Gen1.Info, Gen2.Info, Gen3.Info,
        Af1.Info, Af2.Info, Af3.Info, Af4.Info, Af5.Info, Af6.Info, Af7.Info, Af8.Info,
        Dl1.Info, Dl2.Info, Dl3.Info, Dl4.Info, Dl5.Info, Dl6.Info,
        Prg1.Info, Prg2.Info, Prg3.Info,
        Stu1.Info, Stu2.Info, Stu3.Info, Stu4.Info, Stu5.Info, Stu6.Info,
        Par1.Info, Par2.Info, Preg1.Info, Preg2.Info, Mil1.Info,
        Sick1.Info, Sick2.Info, Sick3.Info, Sick4.Info, Tre1.Info, Sa1.Info, Sa2.Info,
        Work1.Info, Work2.Info, Work3.Info, Abr1.Info, Req1.Info, Avg1.Info, Info1.Info, Law1.Info,
    ];

    /// <summary>The rules as verified on 2026-11-22 (sgi-rules.md); used for every date until a later set is added.</summary>
    public static RuleSet Current { get; } = new(
        version: RuleInfo.Date("2026-11-22"),
        appliesFrom: DateOnly.MinValue,
        reviewBy: RuleInfo.Date("2027-05-22"),
        parameters: new RuleParameters(),
        rules: All);

    public static RuleInfo Get(string ruleId) =>
        All.FirstOrDefault(r => r.Id == ruleId) ?? throw new ArgumentException($"Unknown rule id '{ruleId}'.", nameof(ruleId));
}
