namespace Portal.UnitTests.SgiCheck;

/// <summary>
/// Files the SGI check tests read: the fixtures in tests/Shared/Fixtures (a copy of the public worked examples from the
/// rule research, and the project's own scenarios per rule id), and content/sgi-koll. Nothing outside the repository.
/// </summary>
internal static class SgiTestFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string FixturesDirectory => Path.Combine(RepositoryRoot, "tests", "Shared", "Fixtures");

    /// <summary>The 16 public worked examples (a copy of sgi-scenarios.json from the rule research, unchanged).</summary>
    public static string ScenariosFile => Path.Combine(FixturesDirectory, "sgi-scenarios.json");

    /// <summary>The project's own scenarios, at least three per rule id, each with its source.</summary>
    public static string OwnScenariosFile => Path.Combine(FixturesDirectory, "sgi-own-scenarios.json");

    public static string TextsFile(string language) => Path.Combine(RepositoryRoot, "content", "sgi-koll", $"texts.{language}.yml");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find Portal.sln above " + AppContext.BaseDirectory);
    }
}
