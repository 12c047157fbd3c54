using Portal.TestSupport;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;

namespace Portal.IntegrationTests;

/// <summary>The guidance files in content/, read with the same parser as the importer.</summary>
public static class GuidanceBaseline
{
    public static IReadOnlyList<ContentFile> Files { get; } = Directory
        .EnumerateFiles(Path.Combine(TestPaths.Content, "guidance"), "*.md", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(path => GuidanceFile.Parse(Path.GetRelativePath(TestPaths.Content, path), File.ReadAllText(path)))
        .ToList();

    public static TheoryData<string> Urls()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files)
        {
            data.Add(file.Language.PageUrl(file.Metadata.Slug));
        }

        return data;
    }

    public static ContentFile ByUrl(string url) => Files.Single(f => f.Language.PageUrl(f.Metadata.Slug) == url);
}
