using System.Globalization;
using Portal.SgiCheck;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;

namespace Portal.UnitTests.SgiCheck;

/// <summary>Builds answers JSON (the API format) for tests, and evaluates it.</summary>
internal static class AnswersJson
{
    public static string Ended(string lastDay, string asOf, string next, string extra = "", string employment = "unemployed", string sgiHours = "40") =>
        Invariant($$"""{"asOf":"{{asOf}}","situation":"sjukpenning-ended","lastSjukpenningDay":"{{lastDay}}","hasSgi":"yes","sgiHoursPerWeek":{{sgiHours}},"employment":"{{employment}}","next":[{{next}}]{{extra}}}""");

    public static string Denied(string situation, string decision, string asOf, string next, string extra = "", string hasSgi = "yes", string employment = "unemployed") =>
        Invariant($$"""{"asOf":"{{asOf}}","situation":"{{situation}}","decisionReceived":"{{decision}}","hasSgi":"{{hasSgi}}","sgiHoursPerWeek":40,"employment":"{{employment}}","next":[{{next}}]{{extra}}}""");

    public static string Af(string from, string status = "aktivt", string hours = "40") =>
        Invariant($$"""{"kind":"af-registration","from":"{{from}}","status":"{{status}}","hoursPerWeek":{{hours}}}""");

    public static string Work(string from, string employer, string hours, string? to = null) =>
        Invariant($$"""{"kind":"work","from":"{{from}}","employer":"{{employer}}","hoursPerWeek":{{hours}}{{To(to)}}}""");

    public static string Studies(string from, bool studiestod, string extent, bool postSecondary, string? to = null) =>
        Invariant($$"""{"kind":"studies","from":"{{from}}","studiestod":{{Bool(studiestod)}},"extentPercent":{{extent}},"postSecondary":{{Bool(postSecondary)}}{{To(to)}}}""");

    public static string Program(string from, string payment = "aktivitetsstod", string? to = null) =>
        Invariant($$"""{"kind":"program","from":"{{from}}","payment":"{{payment}}"{{To(to)}}}""");

    public static string Parental(string from, string child, string days) =>
        Invariant($$"""{"kind":"parental-leave","from":"{{from}}","childBirthDate":"{{child}}","parentalBenefitDaysPerWeek":{{days}}}""");

    public static string Pregnancy(string from, string expected) =>
        Invariant($$"""{"kind":"pregnancy-leave","from":"{{from}}","expectedBirthDate":"{{expected}}"}""");

    public static string Military(string from, string? to = null) => Invariant($$"""{"kind":"military-service","from":"{{from}}"{{To(to)}}}""");

    public static string Semester(string from, string to) => Invariant($$"""{"kind":"semester","from":"{{from}}","to":"{{to}}"}""");

    public static string Abroad(string from, bool moving, bool foreign, string? to = null) =>
        Invariant($$"""{"kind":"abroad","from":"{{from}}","moving":{{Bool(moving)}},"registeredWithForeignEmploymentService":{{Bool(foreign)}}{{To(to)}}}""");

    public static string Severance(string from, string to) => Invariant($$"""{"kind":"severance-pay","from":"{{from}}","to":"{{to}}"}""");

    public static string Sanction(string reason, bool inProgram, string from, int days) =>
        Invariant($$""","sanctions":[{"reason":"{{reason}}","inProgram":{{Bool(inProgram)}},"from":"{{from}}","days":{{days}}}]""");

    public static Answers Parse(string json)
    {
        var parsed = AnswersParser.Parse(json);
        Assert.True(parsed.IsValid, json + " → " + string.Join(", ", parsed.ErrorCodes.Select(e => $"{e.Key}: {e.Value}")));
        return parsed.Answers;
    }

    public static Result Check(string json)
    {
        var answers = Parse(json);
        return SgiChecker.Evaluate(answers, answers.AsOf ?? new DateOnly(2026, 11, 22));
    }

    public static string VerdictName(Result result) => KebabNames.Of(result.Verdict);

    public static IReadOnlyList<string> ActionCodes(Result result) => [.. result.Actions.Select(a => a.Code)];

    private static string To(string? to) => to is null ? "" : $",\"to\":\"{to}\"";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
