using Portal.TestSupport;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;

namespace Portal.UnitTests.Content;

/// <summary>
/// Issue 15, "Correct these" and "Add what is missing", in the Swedish pages: the advice that could cost a person their
/// SGI or their money stays corrected. Each test names the item it guards.
/// </summary>
public sealed class SwedishGuidanceCorrectionsTests
{
    private static readonly IReadOnlyList<ContentFile> Swedish = Directory
        .EnumerateFiles(Path.Combine(TestPaths.Content, "guidance", "sv"), "*.md")
        .Select(path => GuidanceFile.Parse(Path.GetRelativePath(TestPaths.Content, path), File.ReadAllText(path)))
        .ToList();

    private static string Body(string slug) => Swedish.Single(f => f.Metadata.Slug == slug).Body;

    [Fact]
    public void Item1_PartialWorkCapacity_ShowsBothRoads_AndSaysAskFirst()
    {
        // Act
        var body = Body("skydda-din-sgi");

        // Assert
        Assert.Contains("Väg 1: Skriv in dig för alla dina timmar och begär omprövning.", body, StringComparison.Ordinal);
        Assert.Contains("Väg 2: Skriv in dig för färre timmar och ansök om sjukpenning för resten.", body, StringComparison.Ordinal);
        Assert.Contains("Fråga Försäkringskassan innan du väljer.", body, StringComparison.Ordinal);
        Assert.Contains("Din SGI sänks då i samma mån.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("avslag-pa-sjukersattning")]
    [InlineData("avslag-aktivitetsersattning-sjukersattning")]
    [InlineData("avslag-pa-aktivitetsersattning")]
    public void Item2_AvslagWhileSjukpenningIsPaid_RegisterWhenItEnds(string slug)
    {
        // Act
        var body = Body(slug);

        // Assert
        Assert.Contains("fortfarande sjukpenning", body, StringComparison.Ordinal);
        Assert.Contains("när sjukpenningen slutar", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Item3_MoneyWhileEmployed_NoAkassaOnUnpaidLeave_NoResigningWithoutAdvice()
    {
        // Act
        var body = Body("pengar-under-omstallningen");

        // Assert
        Assert.Contains("Tjänstledighet utan lön ger inte heller a-kassa.", body, StringComparison.Ordinal);
        Assert.Contains("Säg inte upp dig utan råd", body, StringComparison.Ordinal);
        Assert.Contains("1 oktober 2025", body, StringComparison.Ordinal);
        Assert.Contains("hur tiden med sjukpenning räknas", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tillbaka-till-arbetet")]
    [InlineData("erbjuden-kontaktmote")]
    [InlineData("jag-har-kvar-min-anstallning")]
    public void Item6_Lag2008_565_IsAboutTheNewContract_TwelveMonths_TwoWeeksNotice(string slug)
    {
        // Act
        var body = Body(slug);

        // Assert
        Assert.Contains("anställningsavtal", body, StringComparison.Ordinal);
        Assert.Contains("mellan dag 91 och dag 180", body, StringComparison.Ordinal);
        Assert.Contains("12 månader", body, StringComparison.Ordinal);
        Assert.Contains("två veckor", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Item8_Rehabiliteringspenning_OnlyWhileThereIsARightToSjukpenning()
    {
        // Assert
        Assert.Contains("bara så länge du har rätt till sjukpenning", Body("pengar-under-omstallningen"), StringComparison.Ordinal);
    }

    [Fact]
    public void Item9_NoSwedishTextSaysFullTimeIsFortyHours()
    {
        // Arrange
        var texts = Swedish.Select(f => (f.Metadata.Slug, f.Body))
            .Append(("formote.sv.yml", File.ReadAllText(Path.Combine(TestPaths.Content, "questionnaire", "formote.sv.yml"))));

        // Assert
        Assert.All(texts, t => Assert.DoesNotContain("Heltid är 40 timmar", t.Item2, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EverySituationPage_SaysParentalLeaveWithAChildUnderOneProtectsTheSgi()
    {
        // Act
        var missing = Swedish.Where(f => f.Metadata.Section == "situation" && !f.Body.Contains("barn som är under ett år", StringComparison.Ordinal)).Select(f => f.Metadata.Slug).ToList();

        // Assert
        Assert.True(missing.Count == 0, "No word on parental leave on: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("start")]
    [InlineData("kontakt")]
    [InlineData("jag-ar-fortfarande-sjuk")]
    public void EmergencyAdvice_HasSjalvmordslinjenNextTo112And1177(string slug)
    {
        // Act
        var body = Body(slug);

        // Assert
        Assert.Contains("(tel:90101)", body, StringComparison.Ordinal);
        Assert.Contains("(tel:112)", body, StringComparison.Ordinal);
        Assert.Contains("(tel:1177)", body, StringComparison.Ordinal);
    }
}
