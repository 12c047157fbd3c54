using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;

namespace Portal.UnitTests.SgiCheck.Flows;

/// <summary>The health of the SGI check flow: no cycles, no dead ends, every node reachable, every verdict reachable.</summary>
public sealed class FlowGraphTests
{
    private static readonly Lazy<FlowExploration> Exploration = new(() => FlowGraph.Explore(new DateOnly(2026, 3, 20), walks: 3000, seed: 42));

    [Fact]
    public void Flow_HasNoCycles()
    {
        Assert.Empty(FlowGraph.FindCycle(SgiCheckFlow.Successors, SgiCheckFlow.StartId));
    }

    [Fact]
    public void Flow_HasNoDeadEnds()
    {
        Assert.Empty(FlowGraph.DeadEnds(SgiCheckFlow.Successors, SgiCheckFlow.EndId));
    }

    [Fact]
    public void Flow_EveryNodeIsReachable_AndEveryNodeHasSuccessors()
    {
        var ids = SgiCheckFlow.All.Select(n => n.Id).ToList();
        Assert.Empty(FlowGraph.Unreachable(SgiCheckFlow.Successors, SgiCheckFlow.StartId, ids));
        Assert.Equal(ids.Order(StringComparer.Ordinal), SgiCheckFlow.Successors.Keys.Order(StringComparer.Ordinal));
        Assert.All(SgiCheckFlow.Successors.Values.SelectMany(s => s), id => Assert.True(id == SgiCheckFlow.EndId || ids.Contains(id), id));
    }

    [Fact]
    public void Explore_CompletesJourneysWithoutProblems()
    {
        var exploration = Exploration.Value;

        Assert.Empty(exploration.Problems);
        Assert.True(exploration.CompletedJourneys > 2500, exploration.CompletedJourneys.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Explore_VisitsEveryNode_AndTakesExactlyTheDeclaredEdges()
    {
        // Arrange
        var exploration = Exploration.Value;
        var declared = SgiCheckFlow.Successors.SelectMany(e => e.Value.Select(to => (e.Key, to))).ToHashSet();

        // Assert: routing never takes an undeclared edge, and every declared edge is used by some answers.
        Assert.Equal(SgiCheckFlow.All.Select(n => n.Id).Order(StringComparer.Ordinal), exploration.VisitedNodes.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(exploration.TakenEdges, e => !declared.Contains(e));
        Assert.DoesNotContain(declared, e => !exploration.TakenEdges.Contains(e));
    }

    [Fact]
    public void Explore_ReachesEveryVerdict()
    {
        var reached = Exploration.Value.Verdicts.Keys.ToHashSet();

        Assert.Equal(Enum.GetValues<Verdict>().ToHashSet(), reached);
    }

    [Fact]
    public void FindCycle_FindsACycle()
    {
        var edges = Graph(("a", ["b"]), ("b", ["c"]), ("c", ["a", "end"]));

        Assert.Equal(["a", "b", "c", "a"], FlowGraph.FindCycle(edges, "a"));
    }

    [Fact]
    public void DeadEnds_FindsNodesThatCannotFinish()
    {
        var edges = Graph(("a", ["b", "c"]), ("b", ["end"]), ("c", ["d"]), ("d", []));

        Assert.Equal(["c", "d"], FlowGraph.DeadEnds(edges, "end"));
    }

    [Fact]
    public void Unreachable_FindsOrphanNodes()
    {
        var edges = Graph(("a", ["end"]), ("b", ["end"]));

        Assert.Equal(["b"], FlowGraph.Unreachable(edges, "a", ["a", "b"]));
    }

    [Fact]
    public void ToMermaid_ListsEveryEdge()
    {
        var text = FlowGraph.ToMermaid(SgiCheckFlow.Successors);

        Assert.StartsWith("flowchart TD", text, StringComparison.Ordinal);
        Assert.Contains("situation --> lastday", text, StringComparison.Ordinal);
        Assert.Contains("omprovning --> done([end])", text, StringComparison.Ordinal);
        Assert.Equal(SgiCheckFlow.Successors.Sum(e => e.Value.Count), text.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal)));
    }

    private static Dictionary<string, IReadOnlyList<string>> Graph(params (string Node, string[] Next)[] edges) =>
        edges.ToDictionary(e => e.Node, e => (IReadOnlyList<string>)e.Next);
}
