using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Meetings;

namespace Portal.IntegrationTests.Pages.Staff.FollowUp;

/// <summary>Issue 14, item 11: no follow-up figure gives away an answer of a person in a small group, or a new submission.</summary>
public sealed class FollowUpDisclosureTests
{
    private static List<FollowUpFigures.Meeting> Submitted(int count, bool interpreter, string sex = "kvinna") =>
        Enumerable.Range(0, count).Select(_ => new FollowUpFigures.Meeting(new DateOnly(2026, 11, 3), MeetingTypes.Omstallningsmote, sex, true, true,
            new FollowUpFigures.Facts(true, false, false, interpreter, false))).ToList();

    [Fact]
    public void AFactEveryoneInASmallGroupHas_IsSuppressed()
    {
        // Arrange: seven women submitted, all need an interpreter; twelve men, six of them
        var meetings = Submitted(7, interpreter: true).Concat(Submitted(6, interpreter: true, "man")).Concat(Submitted(6, interpreter: false, "man")).ToList();

        // Act
        var figures = FollowUpFigures.From(meetings);

        // Assert: 100 % of the women would tell each woman's answer; the men's 50 % may be shown
        Assert.Null(figures.Count("2026-11", "alla", "kvinna", "interpreter"));
        Assert.Null(figures.Share("2026-11", "alla", "kvinna", "interpreter"));
        Assert.NotNull(figures.Count("2026-11", "alla", "man", "interpreter"));
        Assert.NotNull(figures.Count("2026-11", "alla", "kvinna", "submitted"));
    }

    [Fact]
    public void OneNewSubmission_CannotBeIsolated_BetweenTwoReadings()
    {
        // Arrange: a reading with eleven submissions, then one more
        var first = FollowUpFigures.From(Submitted(11, interpreter: false));
        var second = FollowUpFigures.From(Submitted(12, interpreter: false));

        // Act
        var before = first.Count("2026-11", "alla", "alla", "submitted");
        var after = second.Count("2026-11", "alla", "alla", "submitted");

        // Assert
        Assert.Equal(10, before);
        Assert.Equal(before, after);
        Assert.Equal(15, FollowUpFigures.RoundToPublish(13));
    }
}
