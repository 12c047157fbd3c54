using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Privacy;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// The anonymous facts recorded with a submission event, so follow-up figures can be counted without reading
/// anyone's answers (and survive their deletion): no answers, no names, no personnummer.
/// </summary>
public sealed class QuestionnaireStatistics(PersonalDataProtector protector, SgiFromQuestionnaire sgi)
{
    public sealed record Facts(
        string MeetingType,
        string LegalSex,
        bool SubmittedBeforeMeeting,
        string? SgiVerdict,
        bool WantsHelpRegisteringAtAf,
        bool NeedsInterpreter,
        bool ConsentsToShareWithAf);

    public Facts For(Meeting meeting, QuestionnaireDefinition definition, QuestionnaireAnswers answers, DateTime nowUtc)
    {
        bool Flag(string flag) => definition.WithFlag(flag).Any(q => answers.One(q.Id) == "ja");
        var personnummer = Personnummer.Parse(protector.Unprotect(meeting.PersonnummerProtected), DateOnly.FromDateTime(nowUtc), out _);
        return new Facts(
            meeting.Type,
            personnummer?.LegalSex ?? "okänt",
            nowUtc < meeting.StartsAtUtc,
            sgi.Evaluate(definition, answers, nowUtc)?.Verdict,
            Flag("wants-af-help"),
            Flag("interpreter"),
            Flag("consent-af"));
    }
}
