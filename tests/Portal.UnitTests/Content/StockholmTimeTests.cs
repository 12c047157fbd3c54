using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Time;

namespace Portal.UnitTests.Content;

/// <summary>The portal's one Stockholm clock on the two days a year the clocks change (2027: 28 March and 31 October).</summary>
public sealed class StockholmTimeTests
{
    [Fact]
    public void SpringForward_0230DoesNotExist_AndIsRefused_WhileTheHoursAroundItConvert()
    {
        // Act
        var skipped = StockholmTime.TryToUtc(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), out _);
        StockholmTime.TryToUtc(new DateOnly(2027, 3, 28), new TimeOnly(1, 30), out var before);
        StockholmTime.TryToUtc(new DateOnly(2027, 3, 28), new TimeOnly(3, 30), out var after);

        // Assert
        Assert.False(skipped);
        Assert.True(StockholmTime.DoesNotExist(new DateOnly(2027, 3, 28), new TimeOnly(2, 30)));
        Assert.Throws<ArgumentException>(() => StockholmTime.ToUtc(new DateOnly(2027, 3, 28), new TimeOnly(2, 30)));
        Assert.Equal(new DateTime(2027, 3, 28, 0, 30, 0, DateTimeKind.Utc), before);
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), after);
    }

    [Fact]
    public void FallBack_BothInstantsOf0230_ShowAs0230_AndTheTypedTimeMeansTheFirst()
    {
        // Arrange: 02.30 summer time (UTC+2) and 02.30 winter time (UTC+1)
        var first = new DateTime(2027, 10, 31, 0, 30, 0, DateTimeKind.Utc);
        var second = new DateTime(2027, 10, 31, 1, 30, 0, DateTimeKind.Utc);

        // Act
        StockholmTime.TryToUtc(new DateOnly(2027, 10, 31), new TimeOnly(2, 30), out var typed);

        // Assert
        Assert.Equal(new DateTime(2027, 10, 31, 2, 30, 0), StockholmTime.ToLocal(first));
        Assert.Equal(new DateTime(2027, 10, 31, 2, 30, 0), StockholmTime.ToLocal(second));
        Assert.Equal(first, typed);
        Assert.False(StockholmTime.DoesNotExist(new DateOnly(2027, 10, 31), new TimeOnly(2, 30)));
    }

    [Theory]
    [InlineData("2027-03-27T22:59:59Z", "2027-03-27")]
    [InlineData("2027-03-27T23:00:00Z", "2027-03-28")]
    [InlineData("2027-10-30T21:59:59Z", "2027-10-30")]
    [InlineData("2027-10-30T22:00:00Z", "2027-10-31")]
    [InlineData("2027-10-31T22:59:59Z", "2027-10-31")]
    [InlineData("2027-10-31T23:00:00Z", "2027-11-01")]
    public void Today_IsTheStockholmDate_ForTheSgiCheckerAndEveryOtherFeature(string utc, string expected)
    {
        // Arrange
        var clock = new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        // Act
        var today = StockholmTime.Today(clock);

        // Assert
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), today);
        Assert.Equal(today, SgiCheckDates.Today(clock));
        Assert.Equal(today, StockholmTime.DateOf(clock.GetUtcNow().UtcDateTime));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
