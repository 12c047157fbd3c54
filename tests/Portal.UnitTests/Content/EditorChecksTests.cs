using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;

namespace Portal.UnitTests.Content;

public sealed class EditorChecksTests
{
    private static readonly HashSet<(string Language, string Slug)> Published =
    [
        ("sv", "start"), ("sv", "skydda-din-sgi"), ("sv", "kontakt"), ("en", "start"), ("en", "protect-your-sgi"), ("lattlast", "skydda-din-sgi"),
    ];

    [Theory]
    [InlineData("sv", "/skydda-din-sgi", true)]
    [InlineData("sv", "/skydda-din-sgi#vad-ar-sgi", true)]
    [InlineData("sv", "skydda-din-sgi", true)]
    [InlineData("sv", "/", true)]
    [InlineData("sv", "#rubrik", true)]
    [InlineData("sv", "https://www.forsakringskassan.se/", true)]
    [InlineData("sv", "mailto:redaktionen@example.se", true)]
    [InlineData("sv", "/sok?q=sgi", true)]
    [InlineData("sv", "/sgi-koll", true)]
    [InlineData("sv", "/finns-inte", false)]
    [InlineData("sv", "/skydda-din-sgi/mer", false)]
    [InlineData("sv", "/protect-your-sgi", false)]
    [InlineData("en", "/en/protect-your-sgi", true)]
    [InlineData("en", "protect-your-sgi", true)]
    [InlineData("en", "/en", true)]
    [InlineData("en", "/en/skydda-din-sgi", false)]
    [InlineData("en", "kontakt", false)]
    [InlineData("en", "/kontakt", true)]
    [InlineData("lattlast", "/lattlast/skydda-din-sgi", true)]
    [InlineData("lattlast", "/lattlast/kontakt", false)]
    [InlineData("lattlast", "/lattlast", false)]
    public void InternalLinkResolves_OnlyForPublishedPagesAndSiteFeatures(string language, string link, bool expected)
    {
        // Act
        var resolves = GuidanceContent.InternalLinkResolves(link, Languages.Get(language), Published);

        // Assert
        Assert.Equal(expected, resolves);
    }

    [Theory]
    [InlineData("2026-12-24", "08:00", "2026-12-24T07:00:00Z")]
    [InlineData("2027-06-01", "08:00", "2027-06-01T06:00:00Z")]
    [InlineData("2027-03-28", "03:00", "2027-03-28T01:00:00Z")]
    [InlineData("2027-10-31", "02:30", "2027-10-31T00:30:00Z")]
    public void StockholmTime_ToUtc_FollowsSummerAndWinterTime(string date, string time, string expectedUtc)
    {
        // Arrange
        Assert.True(StockholmTime.TryParseDate(date, out var d));
        Assert.True(StockholmTime.TryParseTime(time, out var t));

        // Act
        var ok = StockholmTime.TryToUtc(d, t, out var utc);

        // Assert
        Assert.True(ok);
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void StockholmTime_TheSkippedHour_DoesNotExist()
    {
        // Act
        var ok = StockholmTime.TryToUtc(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), out _);

        // Assert
        Assert.False(ok);
    }

    [Theory]
    [InlineData("24/12", false)]
    [InlineData("2026-02-30", false)]
    [InlineData("2026-12-24", true)]
    [InlineData(" 2026-12-24 ", true)]
    public void StockholmTime_ParsesOnlyIsoDates(string text, bool expected) =>
        Assert.Equal(expected, StockholmTime.TryParseDate(text, out _));
}
