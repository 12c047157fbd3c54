using Portal.Web.Platform.Privacy;

namespace Portal.UnitTests.Privacy;

public sealed class PersonnummerTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("19121212-1212", "191212121212")]
    [InlineData("191212121212", "191212121212")]
    [InlineData("121212-1212", "201212121212")]
    [InlineData("121212+1212", "191212121212")]
    [InlineData(" 19121212 - 1212 ", "191212121212")]
    [InlineData("19800101-0001", "198001010001")]
    [InlineData("19701063-2391", "197010632391")]
    public void Parse_ValidNumber_NormalisesToTwelveDigits(string input, string digits)
    {
        // Act
        var number = Personnummer.Parse(input, Today, out var error);

        // Assert
        Assert.Null(error);
        Assert.Equal(digits, number!.Digits);
    }

    [Theory]
    [InlineData("", "Skriv ditt personnummer.")]
    [InlineData("abc", "12 siffror")]
    [InlineData("191212121", "12 siffror")]
    [InlineData("19121212-121", "12 siffror")]
    [InlineData("19121212--1212", "12 siffror")]
    [InlineData("19121312-1212", "datum som inte finns")]
    [InlineData("19120230-1212", "datum som inte finns")]
    [InlineData("20991212-1212", "inte har varit än")]
    [InlineData("19121212-1213", "stämmer inte")]
    public void Parse_InvalidNumber_ExplainsWhyInSwedish(string input, string expected)
    {
        // Act
        var number = Personnummer.Parse(input, Today, out var error);

        // Assert
        Assert.Null(number);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CoordinationNumber_KeepsTheRealBirthDate()
    {
        // Act
        var number = Personnummer.Parse("19701063-2391", Today, out _)!;

        // Assert
        Assert.True(number.IsCoordinationNumber);
        Assert.Equal(new DateOnly(1970, 10, 3), number.BirthDate);
    }

    [Theory]
    [InlineData("19121212-1212", "man")]
    [InlineData("19800101-0001", "kvinna")]
    public void LegalSex_FollowsTheNinthDigit(string input, string expected)
    {
        // Act & Assert
        Assert.Equal(expected, Personnummer.Parse(input, Today, out _)!.LegalSex);
    }

    [Fact]
    public void AgeOn_CountsFullYears()
    {
        // Arrange
        var number = Personnummer.Parse("19611123-0006", Today, out _);

        // Act & Assert
        Assert.NotNull(number);
        Assert.Equal(64, number.AgeOn(Today));
        Assert.Equal(65, number.AgeOn(Today.AddDays(1)));
    }

    [Fact]
    public void ToString_IsTheUsualWrittenForm()
    {
        // Act & Assert
        Assert.Equal("19121212-1212", Personnummer.Parse("191212121212", Today, out _)!.ToString());
    }
}
