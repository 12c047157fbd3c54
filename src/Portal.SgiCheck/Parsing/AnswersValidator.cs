using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Parsing;

/// <summary>
/// The rules of the answers format that a JSON type check cannot see: what each situation requires, ranges,
/// dates in order, and dates that cannot lie in the future. Errors are keyed by JSON path.
/// The step-by-step flow (<see cref="Flows.SgiCheckFlow"/>) asks the same facts one question at a time through the
/// fact checks below (<see cref="SgiHours"/>, <see cref="DecisionAfterLastDay"/> and the others), so the two cannot
/// refuse the same answer with different rules.
/// </summary>
public static class AnswersValidator
{
    public const int MaxListLength = 50;
    public const double MaxHoursPerWeek = 168;
    public const int MaxSanctionDays = 365;

    /// <param name="answers">The answers to check.</param>
    /// <param name="today">When given (or when the answers carry asOf), dates that cannot lie in the future are checked against it.</param>
    /// <returns>JSON path → error code; empty when valid.</returns>
    public static IReadOnlyDictionary<string, string> Validate(Answers answers, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var reference = answers.AsOf ?? today;

        CheckYear(errors, "asOf", answers.AsOf);
        CheckYear(errors, "lastSjukpenningDay", answers.LastSjukpenningDay);
        CheckYear(errors, "decisionReceived", answers.DecisionReceived);
        CheckYear(errors, "birthDate", answers.BirthDate);
        CheckYear(errors, "replyBy", answers.ReplyBy);

        if (answers.Situation == Situation.Kommunicering)
        {
            // No decision yet: neither a last day nor a decision date is asked for; replyBy is optional.
        }
        else if (answers.Situation == Situation.SjukpenningEnded)
        {
            if (answers.LastSjukpenningDay is null)
            {
                errors.TryAdd("lastSjukpenningDay", ErrorCodes.Required);
            }
        }
        else if (answers.DecisionReceived is null)
        {
            errors.TryAdd("decisionReceived", ErrorCodes.Required);
        }

        if (answers.DecisionReceived is { } decided)
        {
            var lastDay = answers.Situation == Situation.SjukpenningEnded ? answers.LastSjukpenningDay : null;
            Put(errors, "decisionReceived", DecisionAfterLastDay(decided, lastDay) ?? NotInFuture(decided, reference));
        }

        if (answers.BirthDate is { } birthDate)
        {
            Put(errors, "birthDate", NotInFuture(birthDate, reference));
        }

        if (answers.SgiHoursPerWeek is { } sgiHours)
        {
            Put(errors, "sgiHoursPerWeek", SgiHours(sgiHours));
        }

        ValidateNext(errors, answers);
        ValidateSanctions(errors, answers.Sanctions, reference);
        return errors;
    }

    private static void ValidateNext(Dictionary<string, string> errors, Answers answers)
    {
        var steps = answers.Next;
        if (steps is null)
        {
            errors.TryAdd("next", ErrorCodes.Required);
            return;
        }

        if (steps.Count > MaxListLength)
        {
            errors.TryAdd("next", ErrorCodes.ListTooLong);
            return;
        }

        var lastDay = answers.Situation == Situation.SjukpenningEnded ? answers.LastSjukpenningDay : null;
        for (var i = 0; i < steps.Count; i++)
        {
            var path = $"next[{i}]";
            var step = steps[i];
            if (step is null)
            {
                errors.TryAdd(path, ErrorCodes.ObjectInvalid);
                continue;
            }

            CheckYear(errors, path + ".from", step.From);
            CheckYear(errors, path + ".to", step.Until);
            if (i > 0 && steps[i - 1] is { } previous && step.From < previous.From)
            {
                errors.TryAdd(path + ".from", ErrorCodes.DateOrder);
            }

            if (step.Until is { } to)
            {
                Put(errors, path + ".to", EndNotBeforeStart(step.From, to));
            }

            if (lastDay is { } last && step.From <= last
                && step is SemesterStep or StudiesStep or ProgramStep or MilitaryServiceStep or AbroadStep)
            {
                errors.TryAdd(path + ".from", ErrorCodes.DateBeforeBenefitEnd);
            }

            switch (step)
            {
                case AfRegistrationStep af:
                    Put(errors, path + ".hoursPerWeek", Hours(af.HoursPerWeek));
                    break;
                case WorkStep work:
                    Put(errors, path + ".hoursPerWeek", Hours(work.HoursPerWeek));
                    break;
                case StudiesStep studies:
                    Put(errors, path + ".extentPercent", Percent(studies.ExtentPercent));
                    break;
                case ParentalLeaveStep leave:
                    CheckYear(errors, path + ".childBirthDate", leave.ChildBirthDate);
                    Put(errors, path + ".parentalBenefitDaysPerWeek", DaysPerWeek(leave.ParentalBenefitDaysPerWeek));
                    break;
                case PregnancyLeaveStep pregnancy:
                    CheckYear(errors, path + ".expectedBirthDate", pregnancy.ExpectedBirthDate);
                    if (pregnancy.From > pregnancy.ExpectedBirthDate)
                    {
                        errors.TryAdd(path + ".from", ErrorCodes.DateAfterExpectedBirth);
                    }

                    break;
            }
        }
    }

    private static void ValidateSanctions(Dictionary<string, string> errors, IReadOnlyList<Sanction>? sanctions, DateOnly? reference)
    {
        if (sanctions is null)
        {
            return;
        }

        if (sanctions.Count > MaxListLength)
        {
            errors.TryAdd("sanctions", ErrorCodes.ListTooLong);
            return;
        }

        for (var i = 0; i < sanctions.Count; i++)
        {
            var path = $"sanctions[{i}]";
            if (sanctions[i] is not { } sanction)
            {
                errors.TryAdd(path, ErrorCodes.ObjectInvalid);
                continue;
            }

            CheckYear(errors, path + ".from", sanction.From);
            Put(errors, path + ".from", NotInFuture(sanction.From, reference));
            Put(errors, path + ".days", SanctionDays(sanction.Days));
        }
    }

    // ---- the facts, one check each; the flow asks them question by question -------------------------------------------

    /// <summary>The SGI's hours per week: more than 0 and at most 168.</summary>
    internal static string? SgiHours(double hours) => hours is > 0 and <= MaxHoursPerWeek ? null : ErrorCodes.SgiHoursRange;

    /// <summary>Hours per week of an AF registration or a job: 0 to 168.</summary>
    internal static string? Hours(double hours) => InRange(hours, 0, MaxHoursPerWeek) ? null : ErrorCodes.HoursRange;

    /// <summary>The extent of studies: 0 to 100 percent.</summary>
    internal static string? Percent(double percent) => InRange(percent, 0, 100) ? null : ErrorCodes.PercentRange;

    /// <summary>Days of föräldrapenning per week: 0 to 7.</summary>
    internal static string? DaysPerWeek(double days) => InRange(days, 0, 7) ? null : ErrorCodes.DaysPerWeekRange;

    /// <summary>Days of a sanction: 0 to 365.</summary>
    internal static string? SanctionDays(double days) => InRange(days, 0, MaxSanctionDays) ? null : ErrorCodes.DaysRange;

    /// <summary>A date that has happened (a decision received, a birth date, a sanction) cannot lie after <paramref name="today"/>.</summary>
    internal static string? NotInFuture(DateOnly date, DateOnly? today) => today is { } now && date > now ? ErrorCodes.DateFuture : null;

    /// <summary>A decision received after sjukpenning ended is received after the last day with sjukpenning.</summary>
    internal static string? DecisionAfterLastDay(DateOnly decided, DateOnly? lastDay) =>
        lastDay is { } last && decided <= last ? ErrorCodes.DateNotAfterLastDay : null;

    /// <summary>A period ends on or after the day it starts.</summary>
    internal static string? EndNotBeforeStart(DateOnly from, DateOnly to) => to < from ? ErrorCodes.DateEndBeforeStart : null;

    private static void Put(Dictionary<string, string> errors, string path, string? code)
    {
        if (code is not null)
        {
            errors.TryAdd(path, code);
        }
    }

    private static bool InRange(double value, double min, double max) => value >= min && value <= max;

    private static void CheckYear(Dictionary<string, string> errors, string path, DateOnly? date)
    {
        if (date is { } value && IsoDate.CheckRange(value) is { } code)
        {
            errors.TryAdd(path, code);
        }
    }
}
