using System.Globalization;
using System.Text;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Unicode's bidirectional control characters (right-to-left override and the like) in a citizen's answers. Stored and
/// returned by the API as they were typed; on the staff pages each one is shown as a visible code (⟦U+202E⟧) inside a
/// &lt;bdi&gt; element, so an answer can neither reorder its own text nor the page around it.
/// </summary>
public static class BidiControls
{
    /// <summary>LRM, RLM, ALM, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).</summary>
    public static bool IsControl(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The text with every bidirectional control replaced by its visible code.</summary>
    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsControl))
        {
            return text ?? "";
        }

        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                visible.Append(CultureInfo.InvariantCulture, $"⟦U+{(int)c:X4}⟧");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }
}
