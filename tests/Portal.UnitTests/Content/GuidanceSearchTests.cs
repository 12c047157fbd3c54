using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.UnitTests.Content;

public sealed class GuidanceSearchTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static GuidancePage Page(string key, string title, string body, Language? language = null, string summary = "Sammanfattning.")
    {
        language ??= Languages.Swedish;
        return new GuidancePage(
            Guid.NewGuid(), Guid.NewGuid(), key, language, new PageMetadata(key, title, summary, "sgi", 10, null, "Redaktionen", []),
            Renderer.Render(body, language));
    }

    private static readonly GuidanceSearch Search = new(
    [
        Page("moten", "Omställningsmötet och kontaktmötet", "Ett möte med Försäkringskassan och Arbetsförmedlingen."),
        Page("sgi", "Skydda din SGI", "Skriv in dig som aktivt arbetssökande. Mötet om omställning kan hjälpa."),
        Page("omprovning", "Om du inte håller med", "Du kan begära omprövning inom två månader."),
        Page("sgi", "Protect your SGI", "Register as an active job seeker.", Languages.English),
    ]);

    [Theory]
    [InlineData("omstallning")]
    [InlineData("Omställning")]
    [InlineData("OMSTALLNING")]
    public void Find_WithoutSwedishLetters_FindsPagesWithThem(string query)
    {
        // Act
        var hits = Search.Find(Languages.Swedish, query);

        // Assert
        Assert.Contains(hits, h => h.Page.Key == "moten");
        Assert.Contains(hits, h => h.Page.Key == "sgi");
    }

    [Fact]
    public void Find_Prefix_MatchesWholeWords()
    {
        // Act
        var hits = Search.Find(Languages.Swedish, "omprov");

        // Assert
        Assert.Equal(["omprovning"], hits.Select(h => h.Page.Key));
    }

    [Fact]
    public void Find_TitleHit_RanksAboveBodyHit()
    {
        // Act ("omställning" is in one title and in another page's body)
        var hits = Search.Find(Languages.Swedish, "omställning");

        // Assert
        Assert.Equal("moten", hits[0].Page.Key);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Find_EveryWordMustMatch()
    {
        // Act
        var hits = Search.Find(Languages.Swedish, "aktivt omprövning");

        // Assert
        Assert.Empty(hits);
    }

    [Fact]
    public void Find_OnlySearchesTheRequestedLanguage()
    {
        // Act
        var english = Search.Find(Languages.English, "sgi");
        var swedish = Search.Find(Languages.Swedish, "register");

        // Assert
        Assert.Equal(["Protect your SGI"], english.Select(h => h.Page.Title));
        Assert.Empty(swedish);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!--")]
    public void Find_NoWords_FindsNothing(string query)
    {
        // Act & Assert
        Assert.Empty(Search.Find(Languages.Swedish, query));
    }

    [Theory]
    [InlineData("Omställningsmötet", new[] { "omstallningsmotet" })]
    [InlineData("SGI-skydd, för dig!", new[] { "sgi", "skydd", "for", "dig" })]
    [InlineData("Ärende É", new[] { "arende", "e" })]
    public void Tokens_FoldAndSplit(string text, string[] expected)
    {
        // Act & Assert
        Assert.Equal(expected, GuidanceSearch.Tokens(text));
    }
}
