using Microsoft.AspNetCore.WebUtilities;
using Portal.SgiCheck.Flows;
using Portal.TestSupport;
using Portal.UnitTests.SgiCheck.Texts;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Features.SgiCheck;

namespace Portal.UnitTests.Questionnaires;

/// <summary>Which questionnaire answers a saved SGI-skyddskoll gives: each fact to the question marked with its <c>sgi:</c> field.</summary>
public sealed class SavedSgiAnswersTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string, string, string> Rows => new()
    {
        {
            "AF, active, on time",
            "situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=af&affrom=2026-11-23&afstatus=aktivt&afhours=40&sanction=no&omprovning=no",
            "af-datum=2026-11-23;af-inskriven=aktivt;af-timmar=40;beslut=sjukpenning-ended;har-sgi=yes;sgi-timmar=40;sista-dag=2026-11-20;sysselsattning=unemployed"
        },
        {
            "AF med förhinder, part-time hours, decision received later",
            "situation=sjukpenning-ended&lastday=2026-11-10&retro=yes&decided=2026-11-16&sgi=yes&sgihours=37.5&employment=employed&age65=no&next=af&affrom=2026-11-17&afstatus=forhinder&afhours=20&sanction=no&omprovning=yes",
            "af-datum=2026-11-17;af-inskriven=forhinder;af-timmar=20;beslut=sjukpenning-ended;beslutsdatum=2026-11-16;har-sgi=yes;sgi-timmar=37.5;sista-dag=2026-11-10;sysselsattning=employed"
        },
        {
            "No SGI: no hours and no AF step",
            "situation=aktivitetsersattning-denied&decided=2026-11-20&sgi=no&employment=none&next=nothing",
            "beslut=aktivitetsersattning-denied;beslutsdatum=2026-11-20;har-sgi=no;sysselsattning=none"
        },
        {
            "SGI hours not known",
            "situation=sjukpenning-denied&decided=2026-11-18&sgi=unknown&sgihours=unknown&employment=own-business&age65=no&next=nothing&omprovning=no",
            "beslut=sjukpenning-denied;beslutsdatum=2026-11-18;har-sgi=unknown;sysselsattning=own-business"
        },
        {
            "Studies first, then AF: the AF registration is carried",
            "situation=sjukersattning-denied&decided=2026-11-19&sgi=yes&sgihours=40&employment=unemployed&age65=no&next=studies&studyfrom=2026-11-24&studystod=yes&studyextent=100&studyend=yes&studyto=2027-01-15&afterstudy=yes&affrom=2027-01-16&afstatus=aktivt&afhours=40&sanction=no&omprovning=no",
            "af-datum=2027-01-16;af-inskriven=aktivt;af-timmar=40;beslut=sjukersattning-denied;beslutsdatum=2026-11-19;har-sgi=yes;sgi-timmar=40;sysselsattning=unemployed"
        },
        {
            "Back to the same employer: no AF step to carry",
            "situation=sjukpenning-ended&lastday=2026-11-20&retro=no&sgi=yes&sgihours=40&employment=employed&age65=no&next=work-same&workfrom=2026-11-23&workhours=40&omprovning=no",
            "beslut=sjukpenning-ended;har-sgi=yes;sgi-timmar=40;sista-dag=2026-11-20;sysselsattning=employed"
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ToQuestionnaire_GivesEachFactToItsQuestion(string name, string journey, string expected)
    {
        // Arrange
        var flowAnswers = QueryHelpers.ParseQuery("?" + journey).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        Assert.True(SgiCheckFlow.NextQuestion(flowAnswers) is null, $"{name}: the journey is not complete");

        // Act
        var carried = SavedSgiAnswers.ToQuestionnaire(SgiCheckFlow.ToAnswers(flowAnswers, Today), Load("sv"));

        // Assert
        Assert.Equal(expected, string.Join(';', carried.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
    }

    [Fact]
    public void ToQuestionnaire_GivesTheSameAnswersForTheEnglishQuestionnaire()
    {
        // Arrange
        var flowAnswers = QueryHelpers.ParseQuery("?" + Rows.Select(r => (string)r[1]).First()).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var sgi = SgiCheckFlow.ToAnswers(flowAnswers, Today);

        // Act & Assert
        Assert.Equal(SavedSgiAnswers.ToQuestionnaire(sgi, Load("sv")), SavedSgiAnswers.ToQuestionnaire(sgi, Load("en")));
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Texts_SayHowLongTheAnswersAreKept(string language)
    {
        // Arrange
        var ui = SgiTextsFile.Load(language).Ui;
        var days = SavedSgiAnswers.KeptFor.Days.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Act & Assert
        Assert.Contains(days + " ", ui["save.how-days"], StringComparison.Ordinal);
        Assert.Contains(days + " ", ui["save.saved-text"], StringComparison.Ordinal);
    }

    private static QuestionnaireDefinition Load(string language) =>
        QuestionnaireDefinition.Parse(language, File.ReadAllText(Path.Combine(TestPaths.Content, "questionnaire", $"formote.{language}.yml")));
}
