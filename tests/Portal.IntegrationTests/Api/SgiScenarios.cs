using System.Text.Json;
using Portal.TestSupport;

namespace Portal.IntegrationTests.Api;

/// <summary>The worked examples in shared/domain/sgi-scenarios.json (beside the repository).</summary>
internal static class SgiScenarios
{
    public static string File => Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "domain", "sgi-scenarios.json"));

    public static IReadOnlyList<JsonElement> All()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        return document.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.Clone()).ToList();
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in All())
        {
            data.Add(scenario.GetProperty("id").GetString()!);
        }

        return data;
    }
}
