using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;

namespace Portal.UnitTests.Content;

public sealed class GuidanceFileTests
{
    private const string ValidFrontMatter = """
        ---
        key: sgi
        slug: skydda-din-sgi
        title: Skydda din SGI
        summary: Så behåller du din SGI.
        language: sv
        section: sgi
        order: 10
        lastReviewed: 2026-11-22
        owner: Redaktionen
        related: [af, moten]
        ---
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        // Act
        var file = GuidanceFile.Parse("sv/skydda-din-sgi.md", ValidFrontMatter + "\nText om **SGI**.\n");

        // Assert
        Assert.Equal("sgi", file.Key);
        Assert.Equal("skydda-din-sgi", file.Metadata.Slug);
        Assert.Equal("Skydda din SGI", file.Metadata.Title);
        Assert.Equal("Så behåller du din SGI.", file.Metadata.Summary);
        Assert.Equal("sv", file.Language.Code);
        Assert.Equal("sgi", file.Metadata.Section);
        Assert.Equal(10, file.Metadata.Order);
        Assert.Equal(new DateOnly(2026, 11, 22), file.Metadata.LastReviewed);
        Assert.Equal("Redaktionen", file.Metadata.Owner);
        Assert.Equal(["af", "moten"], file.Metadata.Related);
        Assert.Equal("Text om **SGI**.\n", file.Body);
        Assert.Equal(64, file.SourceHash.Length);
    }

    [Fact]
    public void Parse_WindowsLineEndingsAndBom_AreAccepted()
    {
        // Act
        var file = GuidanceFile.Parse("a.md", "\uFEFF" + (ValidFrontMatter + "\nText\n").Replace("\n", "\r\n", StringComparison.Ordinal));

        // Assert
        Assert.Equal("skydda-din-sgi", file.Metadata.Slug);
    }

    [Theory]
    [InlineData("Ingen front matter här.", "måste börja med en rad med tre bindestreck")]
    [InlineData("---\nkey: sgi\nText utan slut", "avslutas inte")]
    [InlineData("---\nkey: [sgi\n---\nText", "inte giltig YAML")]
    [InlineData("---\nkey: sgi\nokant: 1\n---\nText", "inte giltig YAML")]
    public void Parse_BrokenStructure_NamesFileAndProblem(string text, string expected)
    {
        // Act
        var error = Assert.Throws<ContentFormatException>(() => GuidanceFile.Parse("guidance/sv/trasig.md", text));

        // Assert
        Assert.StartsWith("guidance/sv/trasig.md: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: Skydda din SGI", "", "fältet 'title' saknas")]
    [InlineData("slug: skydda-din-sgi", "slug: Skydda Din SGI", "'slug' får bara innehålla")]
    [InlineData("language: sv", "language: de", "'language' måste vara sv, en eller lattlast")]
    [InlineData("section: sgi", "section: okand", "'section' måste vara en av")]
    [InlineData("order: 10", "", "fältet 'order' saknas")]
    [InlineData("lastReviewed: 2026-11-22", "lastReviewed: 2026-02-30", "'lastReviewed' måste vara ett datum")]
    [InlineData("related: [af, moten]", "related: [af, Fel Nyckel]", "'related' innehåller ogiltig nyckel")]
    public void Parse_InvalidField_SaysWhichFieldIsWrong(string original, string replacement, string expected)
    {
        // Arrange
        var text = ValidFrontMatter.Replace(original, replacement, StringComparison.Ordinal) + "\nText\n";

        // Act
        var error = Assert.Throws<ContentFormatException>(() => GuidanceFile.Parse("guidance/sv/sida.md", text));

        // Assert
        Assert.Equal("guidance/sv/sida.md", error.FileName);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyBody_IsRejected()
    {
        // Act
        var error = Assert.Throws<ContentFormatException>(() => GuidanceFile.Parse("tom.md", ValidFrontMatter + "\n   \n"));

        // Assert
        Assert.Contains("saknar text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReported()
    {
        // Arrange
        var text = ValidFrontMatter
            .Replace("language: sv", "language: xx", StringComparison.Ordinal)
            .Replace("order: 10", "", StringComparison.Ordinal) + "\nText\n";

        // Act
        var error = Assert.Throws<ContentFormatException>(() => GuidanceFile.Parse("sida.md", text));

        // Assert
        Assert.Contains("'language'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("'order'", error.Problem, StringComparison.Ordinal);
    }
}
