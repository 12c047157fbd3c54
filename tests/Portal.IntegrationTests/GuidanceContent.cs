using Portal.TestSupport;
using Portal.Web.Features.Guidance;

namespace Portal.IntegrationTests;

/// <summary>The guidance files in content/, read with the same parser as the importer.</summary>
public static class GuidanceContent
{
    public static IReadOnlyList<GuidanceFile> Files { get; } = Directory
        .EnumerateFiles(Path.Combine(TestPaths.Content, "guidance"), "*.md", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(path => GuidanceFile.Parse(Path.GetRelativePath(TestPaths.Content, path), File.ReadAllText(path)))
        .ToList();

    public static TheoryData<string> Urls()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files)
        {
            data.Add(file.Language.PageUrl(file.Slug));
        }

        return data;
    }

    public static GuidanceFile ByUrl(string url) => Files.Single(f => f.Language.PageUrl(f.Slug) == url);
}
