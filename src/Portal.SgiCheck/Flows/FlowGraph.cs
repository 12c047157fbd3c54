using System.Text;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;

namespace Portal.SgiCheck.Flows;

/// <summary>What random walks through the flow found (see <see cref="FlowGraph.Explore"/>).</summary>
public sealed class FlowExploration
{
    /// <summary>Nodes asked at least once.</summary>
    public HashSet<string> VisitedNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Transitions taken, as (from, to); <see cref="SgiCheckFlow.EndId"/> marks the end.</summary>
    public HashSet<(string From, string To)> TakenEdges { get; } = [];

    /// <summary>How many complete journeys ended in each verdict.</summary>
    public Dictionary<Verdict, int> Verdicts { get; } = [];

    /// <summary>Anything that went wrong: no valid sample answer, invalid built answers, an exception.</summary>
    public List<string> Problems { get; } = [];

    public int CompletedJourneys { get; set; }
}

/// <summary>
/// Graph checks for the flow (the health test): no cycles, no dead ends, every node reachable, and random walks
/// that answer every question with sample answers, build the API answers and evaluate them.
/// </summary>
public static class FlowGraph
{
    /// <summary>A cycle reachable from <paramref name="start"/> as a list of node ids (first = last), or empty.</summary>
    public static IReadOnlyList<string> FindCycle(IReadOnlyDictionary<string, IReadOnlyList<string>> edges, string start)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        return Visit(start) ?? [];

        List<string>? Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    var from = stack.IndexOf(next);
                    return [.. stack.Skip(from), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    /// <summary>Nodes that have no way forward to <paramref name="end"/> (no successors, or only successors that never end).</summary>
    public static IReadOnlyList<string> DeadEnds(IReadOnlyDictionary<string, IReadOnlyList<string>> edges, string end)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var reachesEnd = new HashSet<string>(StringComparer.Ordinal) { end };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (node, successors) in edges)
            {
                if (!reachesEnd.Contains(node) && successors.Any(reachesEnd.Contains))
                {
                    reachesEnd.Add(node);
                    changed = true;
                }
            }
        }

        return [.. edges.Keys.Where(n => !reachesEnd.Contains(n)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Nodes of <paramref name="allNodes"/> that cannot be reached from <paramref name="start"/>.</summary>
    public static IReadOnlyList<string> Unreachable(IReadOnlyDictionary<string, IReadOnlyList<string>> edges, string start, IEnumerable<string> allNodes)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                queue.Enqueue(next);
            }
        }

        return [.. allNodes.Where(n => !seen.Contains(n))];
    }

    /// <summary>The graph as Mermaid text, for an admin page.</summary>
    public static string ToMermaid(IReadOnlyDictionary<string, IReadOnlyList<string>> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var text = new StringBuilder("flowchart TD\n");
        foreach (var (node, successors) in edges)
        {
            foreach (var next in successors)
            {
                text.Append("  ").Append(Mermaid(node)).Append(" --> ").Append(Mermaid(next)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Walks the SGI-check flow <paramref name="walks"/> times with random sample answers (deterministic for a
    /// seed), completing each journey and evaluating it.
    /// </summary>
    public static FlowExploration Explore(DateOnly today, int walks, int seed)
    {
        var result = new FlowExploration();
#pragma warning disable CA5394 // Not security-related: a seeded generator makes the walks reproducible.
        var random = new Random(seed);
        for (var walk = 0; walk < walks; walk++)
        {
            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            var previous = SgiCheckFlow.StartId;
            var first = true;
            for (var step = 0; step < 100; step++)
            {
                var node = SgiCheckFlow.NextQuestion(answers);
                if (!first)
                {
                    result.TakenEdges.Add((previous, node ?? SgiCheckFlow.EndId));
                }

                if (node is null)
                {
                    Complete(answers, today, result);
                    break;
                }

                result.VisitedNodes.Add(node);
                var samples = Samples(node, answers, today).Where(v => SgiCheckFlow.Validate(node, v, answers, today) is null).ToList();
                if (samples.Count == 0)
                {
                    result.Problems.Add($"No valid sample answer for '{node}' after {Describe(answers)}.");
                    break;
                }

                answers[node] = samples[random.Next(samples.Count)];
                previous = node;
                first = false;
            }
        }
#pragma warning restore CA5394

        return result;
    }

    private static void Complete(Dictionary<string, string> answers, DateOnly today, FlowExploration result)
    {
        try
        {
            var built = SgiCheckFlow.ToAnswers(answers, today);
            var problems = AnswersValidator.Validate(built, today);
            if (problems.Count > 0)
            {
                result.Problems.Add($"Invalid answers {string.Join(", ", problems)} from {Describe(answers)}.");
                return;
            }

            var verdict = SgiChecker.Evaluate(built, today).Verdict;
            result.Verdicts[verdict] = result.Verdicts.GetValueOrDefault(verdict) + 1;
            result.CompletedJourneys++;
        }
        catch (ArgumentException ex)
        {
            result.Problems.Add($"{ex.Message} from {Describe(answers)}.");
        }
    }

    private static string Describe(Dictionary<string, string> answers) => string.Join("&", answers.Select(a => $"{a.Key}={a.Value}"));

    private static string Mermaid(string id) => id == SgiCheckFlow.EndId ? "done([end])" : id;

    private static IEnumerable<string> Samples(string nodeId, Dictionary<string, string> a, DateOnly today)
    {
        var node = SgiCheckFlow.Get(nodeId);
        if (node.Kind is QuestionKind.SingleChoice or QuestionKind.YesNo)
        {
            return node.OptionValues;
        }

        var reference = Date(a, SgiCheckFlow.Ids.LastDay) ?? Date(a, SgiCheckFlow.Ids.Decided) ?? today;
        return nodeId switch
        {
            SgiCheckFlow.Ids.LastDay => Offsets(today, -60, -30, -10, -3, -1),
            SgiCheckFlow.Ids.ReplyBy => Offsets(today, -3, 0, 14),
            SgiCheckFlow.Ids.Decided => Date(a, SgiCheckFlow.Ids.LastDay) is { } last ? Offsets(last, 1, 3, 40) : Offsets(today, 0, -3, -20),
            SgiCheckFlow.Ids.SgiHours => ["40", "30", "unknown"],
            SgiCheckFlow.Ids.AfFrom => Offsets(AfBase(a) ?? reference, 0, 1, 2, 3, 10, 20, 30, 45),
            SgiCheckFlow.Ids.AfHours => ["40", "30", "20"],
            SgiCheckFlow.Ids.WorkFrom => Offsets(reference, 1, 3, 12, 60),
            SgiCheckFlow.Ids.WorkHours => ["40", "20"],
            SgiCheckFlow.Ids.WorkTo => Offsets(Date(a, SgiCheckFlow.Ids.WorkFrom) ?? reference, 90, 400),
            SgiCheckFlow.Ids.StudyFrom => Offsets(reference, 1, 4),
            SgiCheckFlow.Ids.StudyExtent => ["100", "50", "25"],
            SgiCheckFlow.Ids.Born => ["1990-05-01", "2007-03-01"],
            SgiCheckFlow.Ids.StudyTo => Offsets(Date(a, SgiCheckFlow.Ids.StudyFrom) ?? reference, 120, 300),
            SgiCheckFlow.Ids.ChildBorn => Offsets(reference, -400, -200, 20),
            SgiCheckFlow.Ids.FpFrom => Offsets(reference, 1, 3),
            SgiCheckFlow.Ids.FpDays => ["5", "3", "0"],
            SgiCheckFlow.Ids.ProgFrom => Offsets(reference, 1, 20),
            SgiCheckFlow.Ids.ProgTo => Offsets(Date(a, SgiCheckFlow.Ids.ProgFrom) ?? reference, 60, 150),
            SgiCheckFlow.Ids.SanFrom => Offsets(today, -5, -30),
            SgiCheckFlow.Ids.SanDays => ["0", "1", "10"],
            _ => ["1"],
        };
    }

    private static DateOnly? AfBase(Dictionary<string, string> a)
    {
        if (a.GetValueOrDefault(SgiCheckFlow.Ids.AfterStudy) == SgiCheckFlow.Values.Yes)
        {
            return Date(a, SgiCheckFlow.Ids.StudyTo);
        }

        return a.GetValueOrDefault(SgiCheckFlow.Ids.AfterProg) == SgiCheckFlow.Values.Yes ? Date(a, SgiCheckFlow.Ids.ProgTo) : null;
    }

    private static DateOnly? Date(Dictionary<string, string> a, string id) =>
        a.TryGetValue(id, out var raw) && IsoDate.Validate(raw, out var date) is null ? date : null;

    private static string[] Offsets(DateOnly from, params int[] days) => [.. days.Select(d => IsoDate.Format(from.AddDays(d)))];
}
