using System.Text.Json.Serialization;

namespace Portal.SgiCheck.Model;

/// <summary>
/// The person's answers, exactly as in sgi-check-api.md. Build it with <see cref="Parsing.AnswersParser"/> (from
/// JSON) or <see cref="Flows.SgiCheckFlow.ToAnswers"/> (from the step-by-step journey).
/// </summary>
public sealed record Answers
{
    /// <summary>The day the check is made; the server's date in Europe/Stockholm when left out.</summary>
    [JsonPropertyName("asOf")]
    [JsonPropertyOrder(0)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? AsOf { get; init; }

    [JsonPropertyName("situation")]
    [JsonPropertyOrder(1)]
    public required Situation Situation { get; init; }

    /// <summary>The last day with sjukpenning (required for sjukpenning-ended).</summary>
    [JsonPropertyName("lastSjukpenningDay")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? LastSjukpenningDay { get; init; }

    /// <summary>The day the person received or read the decision (required for the three denials).</summary>
    [JsonPropertyName("decisionReceived")]
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? DecisionReceived { get; init; }

    [JsonPropertyName("hasSgi")]
    [JsonPropertyOrder(4)]
    public required SgiStatus HasSgi { get; init; }

    /// <summary>The working time the SGI is based on (40 = full time).</summary>
    [JsonPropertyName("sgiHoursPerWeek")]
    [JsonPropertyOrder(5)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SgiHoursPerWeek { get; init; }

    [JsonPropertyName("birthDate")]
    [JsonPropertyOrder(6)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? BirthDate { get; init; }

    [JsonPropertyName("employment")]
    [JsonPropertyOrder(7)]
    public required Employment Employment { get; init; }

    /// <summary>What the person does, or plans to do, from the day after the benefit ends, in date order.</summary>
    [JsonPropertyName("next")]
    [JsonPropertyOrder(8)]
    public required IReadOnlyList<NextStep> Next { get; init; }

    [JsonPropertyName("sanctions")]
    [JsonPropertyOrder(9)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Sanction>? Sanctions { get; init; }

    [JsonPropertyName("omprovningRequested")]
    [JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OmprovningRequested { get; init; }

    /// <summary>For <c>kommunicering</c>: the date in FK's letter by which to answer (optional).</summary>
    [JsonPropertyName("replyBy")]
    [JsonPropertyOrder(11)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? ReplyBy { get; init; }
}

/// <summary>An avstängning or warning from AF or the a-kassa.</summary>
public sealed record Sanction
{
    [JsonPropertyName("reason")]
    [JsonPropertyOrder(0)]
    public required SanctionReason Reason { get; init; }

    [JsonPropertyName("inProgram")]
    [JsonPropertyOrder(1)]
    public required bool InProgram { get; init; }

    [JsonPropertyName("from")]
    [JsonPropertyOrder(2)]
    public required DateOnly From { get; init; }

    /// <summary>Days of avstängning; 0 for a warning.</summary>
    [JsonPropertyName("days")]
    [JsonPropertyOrder(3)]
    public int Days { get; init; }
}

/// <summary>One element of <c>next</c>. The JSON <c>kind</c> selects the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(AfRegistrationStep), "af-registration")]
[JsonDerivedType(typeof(WorkStep), "work")]
[JsonDerivedType(typeof(StudiesStep), "studies")]
[JsonDerivedType(typeof(ProgramStep), "program")]
[JsonDerivedType(typeof(ParentalLeaveStep), "parental-leave")]
[JsonDerivedType(typeof(PregnancyLeaveStep), "pregnancy-leave")]
[JsonDerivedType(typeof(MilitaryServiceStep), "military-service")]
[JsonDerivedType(typeof(SemesterStep), "semester")]
[JsonDerivedType(typeof(AbroadStep), "abroad")]
[JsonDerivedType(typeof(SeverancePayStep), "severance-pay")]
public abstract record NextStep
{
    [JsonPropertyName("from")]
    [JsonPropertyOrder(0)]
    public required DateOnly From { get; init; }

    [JsonIgnore]
    public NextKind Kind => this switch
    {
        AfRegistrationStep => NextKind.AfRegistration,
        WorkStep => NextKind.Work,
        StudiesStep => NextKind.Studies,
        ProgramStep => NextKind.Program,
        ParentalLeaveStep => NextKind.ParentalLeave,
        PregnancyLeaveStep => NextKind.PregnancyLeave,
        MilitaryServiceStep => NextKind.MilitaryService,
        SemesterStep => NextKind.Semester,
        AbroadStep => NextKind.Abroad,
        _ => NextKind.SeverancePay,
    };

    /// <summary>The last day (<c>to</c>) for the kinds that have one, otherwise null.</summary>
    [JsonIgnore]
    public DateOnly? Until => this switch
    {
        WorkStep work => work.To,
        StudiesStep studies => studies.To,
        ProgramStep programme => programme.To,
        MilitaryServiceStep service => service.To,
        SemesterStep semester => semester.To,
        AbroadStep abroad => abroad.To,
        SeverancePayStep severance => severance.To,
        _ => null,
    };
}

public sealed record AfRegistrationStep : NextStep
{

    [JsonPropertyName("status")]
    [JsonPropertyOrder(1)]
    public required AfStatus Status { get; init; }

    /// <summary>Hours the person is ready to work and seeks.</summary>
    [JsonPropertyName("hoursPerWeek")]
    [JsonPropertyOrder(2)]
    public required double HoursPerWeek { get; init; }

    /// <summary>
    /// False when the person has not registered yet and <c>from</c> is the day they plan to (a plan, not a fact).
    /// Left out: registered when <c>from</c> is on or before asOf, planned when it is after.
    /// </summary>
    [JsonPropertyName("registered")]
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Registered { get; init; }

    /// <summary>Whether the registration is only planned on <paramref name="asOf"/>.</summary>
    public bool IsPlannedOn(DateOnly asOf) => Registered == false || From > asOf;
}

public sealed record WorkStep : NextStep
{

    [JsonPropertyName("employer")]
    [JsonPropertyOrder(1)]
    public required Employer Employer { get; init; }

    [JsonPropertyName("hoursPerWeek")]
    [JsonPropertyOrder(2)]
    public required double HoursPerWeek { get; init; }

    /// <summary>The last day of a fixed-term job.</summary>
    [JsonPropertyName("to")]
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? To { get; init; }
}

public sealed record StudiesStep : NextStep
{

    [JsonPropertyName("studiestod")]
    [JsonPropertyOrder(1)]
    public required bool Studiestod { get; init; }

    [JsonPropertyName("extentPercent")]
    [JsonPropertyOrder(2)]
    public required double ExtentPercent { get; init; }

    [JsonPropertyName("postSecondary")]
    [JsonPropertyOrder(3)]
    public required bool PostSecondary { get; init; }

    [JsonPropertyName("to")]
    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? To { get; init; }
}

public sealed record ProgramStep : NextStep
{

    [JsonPropertyName("payment")]
    [JsonPropertyOrder(1)]
    public required ProgramPayment Payment { get; init; }

    [JsonPropertyName("to")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? To { get; init; }
}

public sealed record ParentalLeaveStep : NextStep
{

    [JsonPropertyName("childBirthDate")]
    [JsonPropertyOrder(1)]
    public required DateOnly ChildBirthDate { get; init; }

    /// <summary>Days of föräldrapenning per week, 0–7.</summary>
    [JsonPropertyName("parentalBenefitDaysPerWeek")]
    [JsonPropertyOrder(2)]
    public required double ParentalBenefitDaysPerWeek { get; init; }
}

public sealed record PregnancyLeaveStep : NextStep
{

    [JsonPropertyName("expectedBirthDate")]
    [JsonPropertyOrder(1)]
    public required DateOnly ExpectedBirthDate { get; init; }
}

public sealed record MilitaryServiceStep : NextStep
{

    [JsonPropertyName("to")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? To { get; init; }
}

public sealed record SemesterStep : NextStep
{

    [JsonPropertyName("to")]
    [JsonPropertyOrder(1)]
    public required DateOnly To { get; init; }
}

public sealed record AbroadStep : NextStep
{

    [JsonPropertyName("moving")]
    [JsonPropertyOrder(1)]
    public required bool Moving { get; init; }

    [JsonPropertyName("to")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? To { get; init; }

    [JsonPropertyName("registeredWithForeignEmploymentService")]
    [JsonPropertyOrder(3)]
    public bool RegisteredWithForeignEmploymentService { get; init; }
}

public sealed record SeverancePayStep : NextStep
{

    /// <summary>The last day covered by avgångsvederlag.</summary>
    [JsonPropertyName("to")]
    [JsonPropertyOrder(1)]
    public required DateOnly To { get; init; }
}
