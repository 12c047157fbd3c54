namespace Portal.UnitTests.SgiCheck;

/// <summary>Files the SGI check tests read: the shared domain folder beside the repository, and content/sgi-koll.</summary>
internal static class SgiTestFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared/domain relative to the folder that holds Portal.sln.</summary>
    public static string DomainDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "domain"));

    public static string ScenariosFile => Path.Combine(DomainDirectory, "sgi-scenarios.json");

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
