using Portal.TestSupport;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Content;

namespace Portal.UnitTests.Content;

/// <summary>
/// Issue 15: every core guidance page exists in Swedish, English and lättläst, under the agreed address and section,
/// so a person can read the whole guidance in the language they read best.
/// </summary>
public sealed class CoreLanguageVersionsTests
{
    /// <summary>The core pages: key, Swedish and lättläst slug, English slug, section.</summary>
    public static readonly IReadOnlyList<(string Key, string SwedishSlug, string EnglishSlug, string Section)> CorePages =
    [
        ("start", "start", "start", "start"),
        ("sit-kommunicering", "fk-overvager-att-stoppa-sjukpenningen", "fk-is-considering-stopping-sickness-benefit", "situation"),
        ("sit-upphort", "sjukpenningen-har-upphort", "sickness-benefit-has-stopped", "situation"),
        ("sit-forsta-ansokan", "avslag-pa-forsta-ansokan", "first-application-denied", "situation"),
        ("sit-aktivitetsersattning", "avslag-pa-aktivitetsersattning", "activity-compensation-denied", "situation"),
        ("sit-sjukersattning", "avslag-pa-sjukersattning", "sickness-compensation-denied", "situation"),
        ("sit-kontaktmote", "erbjuden-kontaktmote", "offered-a-contact-meeting", "situation"),
        ("sit-fortfarande-sjuk", "jag-ar-fortfarande-sjuk", "i-am-still-ill", "situation"),
        ("sit-kvar-anstallning", "jag-har-kvar-min-anstallning", "i-still-have-my-job", "situation"),
        ("sgi", "skydda-din-sgi", "protect-your-sgi", "sgi"),
        ("af", "skriv-in-dig-hos-arbetsformedlingen", "register-with-arbetsformedlingen", "sgi"),
        ("af-stod", "vad-arbetsformedlingen-kan-erbjuda", "what-arbetsformedlingen-can-offer", "pengar-och-rattigheter"),
        ("tidslinje", "steg-for-steg", "step-by-step", "moten"),
        ("moten", "omstallningsmotet-och-kontaktmotet", "transition-meetings", "moten"),
        ("tacka-nej", "om-du-tackar-nej-till-motet", "if-you-decline-the-meeting", "moten"),
        ("pengar", "pengar-under-omstallningen", "money-during-the-transition", "pengar-och-rattigheter"),
        ("omprovning", "om-du-inte-haller-med", "if-you-disagree-with-the-decision", "pengar-och-rattigheter"),
        ("arbete", "tillbaka-till-arbetet", "back-to-work", "pengar-och-rattigheter"),
        ("ersattning-avslag", "avslag-aktivitetsersattning-sjukersattning", "activity-or-sickness-compensation-denied", "pengar-och-rattigheter"),
        ("ordlista", "ordlista", "glossary", "om-tjansten"),
        ("kontakt", "kontakt", "contact", "om-tjansten"),
        ("personuppgifter", "personuppgifter", "personal-data", "om-tjansten"),
        ("tillganglighet", "tillganglighet", "accessibility", "om-tjansten"),
    ];

    private static readonly IReadOnlyList<ContentFile> Files = Directory
        .EnumerateFiles(Path.Combine(TestPaths.Content, "guidance"), "*.md", SearchOption.AllDirectories)
        .Select(path => GuidanceFile.Parse(Path.GetRelativePath(TestPaths.Content, path), File.ReadAllText(path)))
        .ToList();

    [Fact]
    public void CorePages_AreTwentyThreeDistinctKeys()
    {
        // Assert: the list itself is what the issue agreed on
        Assert.Equal(23, CorePages.Count);
        Assert.Equal(23, CorePages.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryCorePage_ExistsInSwedishEnglishAndLattlast_AtItsAddressAndSection()
    {
        // Act
        var problems = new List<string>();
        foreach (var (key, swedishSlug, englishSlug, section) in CorePages)
        {
            foreach (var (language, slug) in new[] { ("sv", swedishSlug), ("en", englishSlug), ("lattlast", swedishSlug) })
            {
                var file = Files.SingleOrDefault(f => f.Key == key && f.Language.Code == language);
                if (file is null)
                {
                    problems.Add($"{key}: {language} saknas (content/guidance/{language}/{slug}.md)");
                }
                else if (file.Metadata.Slug != slug || file.Metadata.Section != section)
                {
                    problems.Add($"{key}: {language} har slug '{file.Metadata.Slug}' och section '{file.Metadata.Section}', väntat '{slug}' och '{section}'");
                }
            }
        }

        // Assert
        Assert.True(problems.Count == 0, $"{problems.Count} språkversioner av kärnsidorna saknas eller ligger fel:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
