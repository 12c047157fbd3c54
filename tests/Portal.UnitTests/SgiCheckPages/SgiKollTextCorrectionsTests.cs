using Portal.Web.Platform.Content;

namespace Portal.UnitTests.SgiCheckPages;

/// <summary>
/// Issue 15 items 4 and 5 in the SGI-skyddskoll's texts: semester straight after sickness (legal.af-7) names the
/// case, who it concerned and the five weeks per calendar year, and says to ask FK first; the sanction caveat
/// (legal.prg-2) says leaving a job does not break protection only for programme participants (förordning 2000:1418
/// § 4, 2018 text). Also: the "get help" action no longer says "Kontakta oss" (it leads to FK and AF).
/// </summary>
public sealed class SgiKollTextCorrectionsTests
{
    private static TextBundle Load(string language)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
        {
            folder = folder.Parent;
        }

        var file = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No Portal.sln above the test output."), "content", "sgi-koll", $"texts.{language}.yml");
        return StructuredTexts.Parse(file, File.ReadAllText(file));
    }

    [Theory]
    [InlineData("sv", "redan var arbetslös", "per kalenderår", "Fråga Försäkringskassan först")]
    [InlineData("en", "already unemployed", "per calendar year", "Ask Försäkringskassan first")]
    public void SemesterAfterSickness_NamesTheConditions_AndSaysAskFirst(string language, string unemployed, string perYear, string askFirst)
    {
        var text = Load(language).Texts["legal.af-7"];

        Assert.Contains("RÅ 2010 ref. 107", text, StringComparison.Ordinal);
        Assert.Contains(unemployed, text, StringComparison.Ordinal);
        Assert.Contains(perYear, text, StringComparison.Ordinal);
        Assert.Contains(askFirst, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "gäller bara dig som deltar i ett program")]
    [InlineData("en", "applies only to programme participants")]
    public void Sanctions_LeavingAJob_IsExcusedOnlyForProgrammeParticipants(string language, string onlyProgramme)
    {
        var text = Load(language).Texts["legal.prg-2"];

        Assert.Contains(onlyProgramme, text, StringComparison.Ordinal);
        Assert.Contains("2000:1418", text, StringComparison.Ordinal);
        Assert.Contains("2018", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Kontakta oss")]
    [InlineData("en", "Contact us")]
    [InlineData("lattlast", "Kontakta oss")]
    public void GetHelp_PointsToForsakringskassanAndArbetsformedlingen(string language, string us)
    {
        var texts = Load(language);

        Assert.DoesNotContain(us, texts.Texts["action.get-help"], StringComparison.Ordinal);
        Assert.Contains("Försäkringskassan", texts.Texts["action.get-help"], StringComparison.Ordinal);
        Assert.Contains("Arbetsförmedlingen", texts.Texts["action.get-help"], StringComparison.Ordinal);
    }
}
