using System.Globalization;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Html;
using Portal.Web.Platform.Content;

namespace Portal.Web.Features.Editor;

public enum DiffKind
{
    Unchanged,
    Inserted,
    Deleted,
}

/// <summary>A stretch of a line: changed (a word deleted or inserted) or as before.</summary>
public sealed record DiffPiece(string Text, bool Changed);

/// <summary>One line of the diff; a changed line carries its words, with the changed ones marked.</summary>
public sealed record DiffLine(DiffKind Kind, IReadOnlyList<DiffPiece> Pieces)
{
    public string Text => string.Concat(Pieces.Select(p => p.Text));
}

/// <summary>Lines shown as they are, or a run of unchanged lines folded away (shown on request, without JavaScript).</summary>
public sealed record DiffBlock(IReadOnlyList<DiffLine> Lines, bool Collapsed);

/// <summary>
/// The difference between two versions: changed metadata fields, and the body line by line where a changed line shows
/// which words changed. Long unchanged stretches are folded, keeping <see cref="Context"/> lines either side of a change.
/// Used by the history and by the review before publishing.
/// </summary>
public sealed class VersionDiff
{
    /// <summary>Unchanged lines kept either side of a change.</summary>
    public const int Context = 2;

    private VersionDiff(IReadOnlyList<DiffBlock> blocks, IReadOnlyList<(string Field, string Old, string New)> metadata)
    {
        Blocks = blocks;
        MetadataChanges = metadata;
    }

    public IReadOnlyList<DiffBlock> Blocks { get; }

    public IReadOnlyList<(string Field, string Old, string New)> MetadataChanges { get; }

    public bool BodyUnchanged => Blocks.All(b => b.Lines.All(l => l.Kind == DiffKind.Unchanged));

    /// <summary>
    /// One line as HTML, built here rather than in Razor so no markup whitespace gets into the pre-wrapped line: the
    /// mark (+ or −, hidden from screen readers, which hear "Tillagd rad:" or "Borttagen rad:"), then the text with
    /// the changed words in &lt;ins&gt; or &lt;del&gt; (the whole line when all of it changed).
    /// </summary>
    public static IHtmlContent Render(DiffLine line)
    {
        var (modifier, mark, label, tag) = line.Kind switch
        {
            DiffKind.Inserted => (" editor-diff__line--inserted", "+", "Tillagd rad: ", "ins"),
            DiffKind.Deleted => (" editor-diff__line--deleted", "−", "Borttagen rad: ", "del"),
            _ => ("", " ", "", ""),
        };
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<span class=\"editor-diff__line{modifier}\"><span class=\"editor-diff__mark\" aria-hidden=\"true\">{mark}</span>");
        if (label.Length > 0)
        {
            html.AppendHtml($"<span class=\"sr-only\">{label}</span>");
        }

        var whole = line.Pieces.Count == 1;
        foreach (var piece in line.Pieces)
        {
            if (tag.Length > 0 && piece.Changed)
            {
                html.AppendHtml($"<{tag} class=\"{(whole ? "editor-diff__whole" : "editor-diff__word")}\">").Append(piece.Text).AppendHtml($"</{tag}>");
            }
            else
            {
                html.Append(piece.Text);
            }
        }

        return html.AppendHtml("</span>");
    }

    public static VersionDiff Between(ContentVersion from, ContentVersion to)
    {
        var fields = new (string Name, Func<ContentVersion, string> Get)[]
        {
            ("Rubrik", v => v.Title),
            ("Sammanfattning", v => v.Summary),
            ("Adress", v => v.Slug),
            ("Sektion", v => v.Section),
            ("Ordning", v => v.SortOrder.ToString(CultureInfo.InvariantCulture)),
            ("Senast granskad", v => v.LastReviewed is { } d ? EditorSupport.Iso(d) : ""),
            ("Ägare", v => v.Owner),
            ("Relaterade sidor", v => v.RelatedKeys),
        };
        var metadata = fields.Where(f => f.Get(from) != f.Get(to)).Select(f => (f.Name, f.Get(from), f.Get(to))).ToList();
        return new VersionDiff(Fold(Lines(from.Body, to.Body)), metadata);
    }

    /// <summary>Line diff, with the words of a changed line compared (DiffPlex's side-by-side model).</summary>
    public static IReadOnlyList<DiffLine> Lines(string oldText, string newText)
    {
        var model = SideBySideDiffBuilder.Diff(oldText, newText, ignoreWhiteSpace: false);
        var lines = new List<DiffLine>();
        var inserted = new List<DiffLine>();
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var old = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var @new = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            if (old?.Type == ChangeType.Unchanged)
            {
                lines.AddRange(inserted);
                inserted.Clear();
                lines.Add(new DiffLine(DiffKind.Unchanged, [new DiffPiece(old.Text ?? "", false)]));
                continue;
            }

            // Deleted lines first, then the inserted ones of the same stretch, as a reader expects.
            if (old is { Type: ChangeType.Deleted or ChangeType.Modified })
            {
                lines.Add(new DiffLine(DiffKind.Deleted, Pieces(old, ChangeType.Deleted)));
            }

            if (@new is { Type: ChangeType.Inserted or ChangeType.Modified })
            {
                inserted.Add(new DiffLine(DiffKind.Inserted, Pieces(@new, ChangeType.Inserted)));
            }
        }

        lines.AddRange(inserted);
        // A text that ends with a newline gives an empty last line on both sides: not a line a reader sees.
        if (lines.Count > 0 && lines[^1] is { Kind: DiffKind.Unchanged, Text: "" })
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static List<DiffPiece> Pieces(DiffPlex.DiffBuilder.Model.DiffPiece line, ChangeType changed) =>
        line.Type == ChangeType.Modified && line.SubPieces.Count > 0
            ? Merge(line.SubPieces.Where(p => p.Type != ChangeType.Imaginary).Select(p => new DiffPiece(p.Text ?? "", p.Type == changed)))
            : [new DiffPiece(line.Text ?? "", true)];

    /// <summary>Neighbouring pieces of the same kind as one, so a changed phrase is one mark.</summary>
    private static List<DiffPiece> Merge(IEnumerable<DiffPiece> pieces)
    {
        var merged = new List<DiffPiece>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && (merged[^1].Changed == piece.Changed || piece.Text.Trim().Length == 0 && merged[^1].Changed))
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + piece.Text };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    private static List<DiffBlock> Fold(IReadOnlyList<DiffLine> lines)
    {
        var blocks = new List<DiffBlock>();
        var shown = new List<DiffLine>();
        var i = 0;
        while (i < lines.Count)
        {
            var start = i;
            while (i < lines.Count && lines[i].Kind == DiffKind.Unchanged)
            {
                i++;
            }

            var run = i - start;
            var keepBefore = start == 0 ? 0 : Context;
            var keepAfter = i == lines.Count ? 0 : Context;
            if (run > keepBefore + keepAfter + 1)
            {
                shown.AddRange(lines.Skip(start).Take(keepBefore));
                if (shown.Count > 0)
                {
                    blocks.Add(new DiffBlock(shown.ToList(), false));
                    shown.Clear();
                }

                blocks.Add(new DiffBlock(lines.Skip(start + keepBefore).Take(run - keepBefore - keepAfter).ToList(), true));
                shown.AddRange(lines.Skip(i - keepAfter).Take(keepAfter));
            }
            else
            {
                shown.AddRange(lines.Skip(start).Take(run));
            }

            while (i < lines.Count && lines[i].Kind != DiffKind.Unchanged)
            {
                shown.Add(lines[i++]);
            }
        }

        if (shown.Count > 0)
        {
            blocks.Add(new DiffBlock(shown, false));
        }

        return blocks;
    }
}
