using Portal.SgiCheck.Model;

namespace Portal.SgiCheck.Parsing;

/// <summary>
/// The rules of the answers format that a JSON type check cannot see: what each situation requires, ranges,
/// dates in order, and dates that cannot lie in the future. Errors are keyed by JSON path.
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

        if (reference is { } now)
        {
            if (answers.DecisionReceived > now)
            {
                errors.TryAdd("decisionReceived", ErrorCodes.DateFuture);
            }

            if (answers.BirthDate > now)
            {
                errors.TryAdd("birthDate", ErrorCodes.DateFuture);
            }
        }

        if (answers.SgiHoursPerWeek is { } sgiHours && !(sgiHours > 0 && sgiHours <= MaxHoursPerWeek))
        {
            errors.TryAdd("sgiHoursPerWeek", ErrorCodes.SgiHoursRange);
        }

        ValidateNext(errors, answers);
        ValidateSanctions(errors, answers.Sanctions);
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

            if (step.Until is { } to && to < step.From)
            {
                errors.TryAdd(path + ".to", ErrorCodes.DateEndBeforeStart);
            }

            if (lastDay is { } last && step.From <= last
                && step is SemesterStep or StudiesStep or ProgramStep or MilitaryServiceStep or AbroadStep)
            {
                errors.TryAdd(path + ".from", ErrorCodes.DateBeforeBenefitEnd);
            }

            switch (step)
            {
                case AfRegistrationStep af when !InRange(af.HoursPerWeek, 0, MaxHoursPerWeek):
                    errors.TryAdd(path + ".hoursPerWeek", ErrorCodes.HoursRange);
                    break;
                case WorkStep work when !InRange(work.HoursPerWeek, 0, MaxHoursPerWeek):
                    errors.TryAdd(path + ".hoursPerWeek", ErrorCodes.HoursRange);
                    break;
                case StudiesStep studies when !InRange(studies.ExtentPercent, 0, 100):
                    errors.TryAdd(path + ".extentPercent", ErrorCodes.PercentRange);
                    break;
                case ParentalLeaveStep leave:
                    CheckYear(errors, path + ".childBirthDate", leave.ChildBirthDate);
                    if (!InRange(leave.ParentalBenefitDaysPerWeek, 0, 7))
                    {
                        errors.TryAdd(path + ".parentalBenefitDaysPerWeek", ErrorCodes.DaysPerWeekRange);
                    }

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

    private static void ValidateSanctions(Dictionary<string, string> errors, IReadOnlyList<Sanction>? sanctions)
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
            if (sanction.Days is < 0 or > MaxSanctionDays)
            {
                errors.TryAdd(path + ".days", ErrorCodes.DaysRange);
            }
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
