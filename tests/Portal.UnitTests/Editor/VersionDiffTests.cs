using Portal.Web.Features.Editor;
using Portal.Web.Platform.Content;

namespace Portal.UnitTests.Editor;

public sealed class VersionDiffTests
{
    [Fact]
    public void ChangedLine_MarksTheChangedWordsOnly()
    {
        // Act
        var lines = VersionDiff.Lines("Du ska skriva in dig hos Arbetsförmedlingen.\n", "Du ska anmäla dig hos Arbetsförmedlingen.\n");

        // Assert
        var deleted = Assert.Single(lines, l => l.Kind == DiffKind.Deleted);
        var inserted = Assert.Single(lines, l => l.Kind == DiffKind.Inserted);
        Assert.Equal("Du ska skriva in dig hos Arbetsförmedlingen.", deleted.Text);
        Assert.Equal("Du ska anmäla dig hos Arbetsförmedlingen.", inserted.Text);
        Assert.Equal("skriva in", deleted.Pieces.Single(p => p.Changed).Text.Trim());
        Assert.Equal("anmäla", inserted.Pieces.Single(p => p.Changed).Text.Trim());
        Assert.Contains(inserted.Pieces, p => !p.Changed && p.Text.Contains("Arbetsförmedlingen", StringComparison.Ordinal));
    }

    [Fact]
    public void LongUnchangedStretches_AreFolded_KeepingTwoLinesAroundTheChange()
    {
        // Arrange
        var before = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"Rad {i}")) + "\n";
        var after = before.Replace("Rad 15\n", "Rad femton\n", StringComparison.Ordinal);

        // Act
        var diff = VersionDiff.Between(Version(before), Version(after));

        // Assert: 12 folded, 2 shown, the change, 2 shown, 13 folded
        Assert.Equal([true, false, true], diff.Blocks.Select(b => b.Collapsed));
        Assert.Equal(12, diff.Blocks[0].Lines.Count);
        Assert.Equal(["Rad 13", "Rad 14", "Rad 15", "Rad femton", "Rad 16", "Rad 17"], diff.Blocks[1].Lines.Select(l => l.Text));
        Assert.Equal(13, diff.Blocks[2].Lines.Count);
    }

    [Fact]
    public void ShortUnchangedStretches_AreNotFolded()
    {
        // Act
        var diff = VersionDiff.Between(Version("a\nb\nc\nd\n"), Version("a\nb\nC\nd\n"));

        // Assert
        Assert.Single(diff.Blocks);
        Assert.False(diff.Blocks[0].Collapsed);
    }

    private static ContentVersion Version(string body) => new() { Slug = "s", Title = "t", Body = body, CreatedBy = "test" };
}
