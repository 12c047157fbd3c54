using System.Globalization;
using System.Text;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>
/// Search over published guidance. Forgives Swedish letters ("omstallning" finds "omställning"), matches word
/// prefixes ("omprov" finds "omprövning"), requires every query word to match, and ranks title hits first.
/// </summary>
public sealed class GuidanceSearch
{
    public const int MaxQueryLength = 200;

    private const int TitleWeight = 100;
    private const int SummaryWeight = 10;
    private const int BodyWeight = 1;
    private const int BodyHitCap = 5;

    private readonly List<IndexedPage> _index;

    public GuidanceSearch(IEnumerable<GuidancePage> pages)
    {
        _index = pages.Select(p => new IndexedPage(
            p,
            Tokens(p.Title),
            Tokens(p.Summary),
            Tokens(p.Rendered.PlainText))).ToList();
    }

    public IReadOnlyList<SearchHit> Find(Language language, string query)
    {
        var words = Tokens(query).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (var entry in _index.Where(e => e.Page.Language == language))
        {
            var score = 0;
            var allMatch = true;
            foreach (var word in words)
            {
                var title = entry.Title.Count(t => t.StartsWith(word, StringComparison.Ordinal));
                var summary = entry.Summary.Count(t => t.StartsWith(word, StringComparison.Ordinal));
                var body = Math.Min(BodyHitCap, entry.Body.Count(t => t.StartsWith(word, StringComparison.Ordinal)));
                if (title + summary + body == 0)
                {
                    allMatch = false;
                    break;
                }

                score += (title > 0 ? TitleWeight : 0) + (summary > 0 ? SummaryWeight : 0) + body * BodyWeight;
            }

            if (allMatch)
            {
                hits.Add(new SearchHit(entry.Page, score));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Page.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>Lower case, without diacritics (å, ä → a; ö → o; é → e), split into words.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private sealed record IndexedPage(GuidancePage Page, string[] Title, string[] Summary, string[] Body)
    {
        public IndexedPage(GuidancePage page, IEnumerable<string> title, IEnumerable<string> summary, IEnumerable<string> body)
            : this(page, title.ToArray(), summary.ToArray(), body.ToArray())
        {
        }
    }
}

public sealed record SearchHit(GuidancePage Page, int Score);
