using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;

namespace Portal.UnitTests.FollowUp;

/// <summary>
/// Issue 18's follow-up figures for Arbetsförmedlingen, counted by the pure <see cref="FollowUpFigures.From"/>: meetings
/// with AF taking part (of the invited), the consent to share as it is now and the withdrawals (of the meetings with AF),
/// with the small-number protection of every other figure.
/// </summary>
public sealed class AfFollowUpFiguresTests
{
    private const string Month = "2026-11";

    /// <summary>A group of alike meetings: how many, AF taking part, consent yes now, withdrawn at least once.</summary>
    public sealed record Meetings(int Count, bool Af, bool Consent = false, bool Withdrawn = false);

    private static List<FollowUpFigures.Meeting> Expand(IEnumerable<Meetings> groups) => groups
        .SelectMany(g => Enumerable.Range(0, g.Count).Select(_ => new FollowUpFigures.Meeting(
            new DateOnly(2026, 11, 3), MeetingTypes.Omstallningsmote, "man", true, true, null, Af: g.Af, AfConsent: g.Consent, AfWithdrawn: g.Withdrawn)))
        .ToList();

    // Meetings; then the published af, af-consent and af-withdrawn for the month, all types and sexes (null: suppressed)
    public static TheoryData<string, Meetings[], int?, int?, int?> Cases => new()
    {
        { "no AF at all", [new(10, Af: false, Consent: true)], null, null, null },
        { "four with AF is too few", [new(6, Af: false), new(4, Af: true, Consent: true)], null, null, null },
        { "fifteen with AF, ten consent", [new(5, Af: false), new(10, Af: true, Consent: true), new(5, Af: true)], 15, 10, null },
        { "everyone with AF consents: 100 % is hidden", [new(15, Af: true, Consent: true)], 15, null, null },
        { "consent without AF is not counted", [new(10, Af: false, Consent: true), new(10, Af: true)], 10, null, null },
        { "withdrawn, and withdrawn then given again", [new(10, Af: true, Consent: true), new(3, Af: true, Withdrawn: true), new(2, Af: true, Consent: true, Withdrawn: true), new(5, Af: true)], 20, 10, 5 },
        { "counts are rounded to fives", [new(9, Af: true, Consent: true), new(8, Af: true)], 15, 10, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AfFigures_CountParticipationConsentAndWithdrawals_WithSmallNumberProtection(string name, Meetings[] groups, int? af, int? consent, int? withdrawn)
    {
        // Arrange
        var meetings = Expand(groups);

        // Act
        var figures = FollowUpFigures.From(meetings);

        // Assert
        Assert.True(
            (af, consent, withdrawn) == (figures.Count(Month, FollowUpFigures.All, FollowUpFigures.All, "af"), figures.Count(Month, FollowUpFigures.All, FollowUpFigures.All, "af-consent"), figures.Count(Month, FollowUpFigures.All, FollowUpFigures.All, "af-withdrawn")),
            name);
    }

    [Fact]
    public void AfShares_AreOfTheInvited_AndOfTheMeetingsWithAf()
    {
        // Arrange: 20 invited, 15 with AF, 10 of them consenting now, 5 withdrawn at least once
        var figures = FollowUpFigures.From(Expand([new(5, Af: false), new(10, Af: true, Consent: true), new(5, Af: true, Withdrawn: true)]));

        // Act
        var participation = figures.Share(Month, MeetingTypes.Omstallningsmote, FollowUpFigures.All, "af");
        var consent = figures.Share(Month, MeetingTypes.Omstallningsmote, FollowUpFigures.All, "af-consent");
        var withdrawals = figures.Share(Month, MeetingTypes.Omstallningsmote, FollowUpFigures.All, "af-withdrawn");

        // Assert
        Assert.Equal(15.0 / 20, participation);
        Assert.Equal(10.0 / 15, consent);
        Assert.Equal(5.0 / 15, withdrawals);
    }

    [Fact]
    public void AfFigures_AreAlsoHidden_WhenADifferenceWouldRevealFewerThanFive()
    {
        // Arrange: 18 invited, 15 with AF: the three without AF are a difference of 1–4
        var figures = FollowUpFigures.From(Expand([new(3, Af: false), new(10, Af: true, Consent: true), new(5, Af: true)]));

        // Act
        var af = figures.Count(Month, FollowUpFigures.All, FollowUpFigures.All, "af");
        var created = figures.Count(Month, FollowUpFigures.All, FollowUpFigures.All, "created");

        // Assert
        Assert.NotNull(created);
        Assert.Null(af);
    }
}
