using System.Text.Json;
using Portal.TestSupport;

namespace Portal.IntegrationTests.Api;

/// <summary>The public worked examples, copied into tests/Shared/Fixtures/sgi-scenarios.json.</summary>
internal static class SgiScenarios
{
    public static string File => Path.Combine(TestPaths.RepositoryRoot, "tests", "Shared", "Fixtures", "sgi-scenarios.json");

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
