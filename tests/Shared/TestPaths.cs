namespace Portal.TestSupport;

/// <summary>Locations in the repository that tests read: content/, and tests/node_modules for the HTML checker.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Content => Path.Combine(RepositoryRoot, "content");

    public static string VnuJar => Path.Combine(RepositoryRoot, "tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string NewTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "portal-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

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
