using Portal.SgiCheck;
using Portal.SgiCheck.Flows;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Texts;

namespace Portal.UnitTests.SgiCheck;

/// <summary>The kommunicering situation: FK considers stopping the sjukpenning; no decision yet (issue 21).</summary>
public sealed class KommuniceringTests
{
    private static Result Check(string json)
    {
        var parsed = AnswersParser.Parse(json);
        Assert.True(parsed.IsValid, string.Join(", ", parsed.ErrorCodes.Select(e => $"{e.Key}: {e.Value}")));
        return SgiChecker.Evaluate(parsed.Answers, parsed.Answers.AsOf!.Value);
    }

    [Fact]
    public void Kommunicering_IsProtectedWhileSjukpenningIsPaid_WithoutADeadline()
    {
        // 26 kap. 17 § SFB: sjukpenning protects the SGI; there is no decision and so no next ground to start yet.
        var result = Check("""{"asOf":"2026-12-07","situation":"kommunicering","replyBy":"2026-12-18","hasSgi":"yes","sgiHoursPerWeek":40,"employment":"unemployed","next":[]}""");

        Assert.Equal(Verdict.Protected, result.Verdict);
        Assert.Null(result.Deadline);
        Assert.Equal(TextCodes.SummaryKommunicering, result.SummaryCode);
        Assert.Contains("SICK-1", result.Rules);
        Assert.Equal(TextCodes.KommuniceringReply, result.Actions[0].Code);
        Assert.Equal(new DateOnly(2026, 12, 18), result.Actions[0].By);
        Assert.Contains(result.Actions, a => a.Code == TextCodes.KommuniceringDecisionDay && a.By is null && a.LinkKey == ActionLinks.Arbetsformedlingen);
        Assert.Contains(result.Actions, a => a.Code == TextCodes.KommuniceringComeBack && a.Url == "/sgi-koll");
    }

    [Fact]
    public void Kommunicering_ReplyDatePassed_SaysCallToday_NotAPastDate()
    {
        var result = Check("""{"asOf":"2026-12-21","situation":"kommunicering","replyBy":"2026-12-18","hasSgi":"yes","employment":"employed","next":[]}""");

        Assert.Equal(TextCodes.KommuniceringReplyPassed, result.Actions[0].Code);
        Assert.Equal(new DateOnly(2026, 12, 21), result.Actions[0].By);
        Assert.DoesNotContain(result.Actions, a => a.By is { } by && by < result.AsOf);
    }

    [Fact]
    public void Kommunicering_WithoutAReplyDate_IsValid_AndOldSituationsStillNeedTheirDates()
    {
        Assert.True(AnswersParser.Parse("""{"asOf":"2026-12-07","situation":"kommunicering","hasSgi":"unknown","employment":"unemployed","next":[]}""").IsValid);
        var denied = AnswersParser.Parse("""{"asOf":"2026-12-07","situation":"sjukpenning-denied","hasSgi":"yes","employment":"unemployed","next":[]}""");
        Assert.False(denied.IsValid);
        Assert.Equal(ErrorCodes.Required, denied.ErrorCodes["decisionReceived"]);
    }

    [Fact]
    public void Flow_Kommunicering_AsksTheReplyDate_AndNotTheNextStep()
    {
        var answers = new Dictionary<string, string>
        {
            [SgiCheckFlow.Ids.Situation] = "kommunicering",
            [SgiCheckFlow.Ids.ReplyBy] = "2026-12-18",
            [SgiCheckFlow.Ids.Sgi] = "yes",
            [SgiCheckFlow.Ids.SgiHours] = "40",
            [SgiCheckFlow.Ids.Employment] = "unemployed",
            [SgiCheckFlow.Ids.Age65] = "no",
        };

        var built = SgiCheckFlow.ToAnswers(answers, new DateOnly(2026, 12, 7));

        Assert.Equal(Situation.Kommunicering, built.Situation);
        Assert.Equal(new DateOnly(2026, 12, 18), built.ReplyBy);
        Assert.Empty(built.Next);
        Assert.Equal(Verdict.Protected, SgiChecker.Evaluate(built, new DateOnly(2026, 12, 7)).Verdict);
    }
}
