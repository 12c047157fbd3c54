namespace Portal.SgiCheck.Parsing;

/// <summary>
/// Validation error codes, shared by <see cref="AnswersParser"/> and the step-by-step flow. The messages shown to
/// people live in content/sgi-koll/texts.*.yml under <c>errors:</c>; <see cref="Swedish"/> is the same Swedish text,
/// for the JSON API (a unit test keeps the two equal).
/// </summary>
public static class ErrorCodes
{
    public const string Required = "required";
    public const string ChoiceRequired = "choice.required";
    public const string ChoiceInvalid = "choice.invalid";
    public const string DateRequired = "date.required";
    public const string DateFormat = "date.format";
    public const string DateInvalid = "date.invalid";
    public const string DateTooFarFuture = "date.too-far-future";
    public const string DateTooFarPast = "date.too-far-past";
    public const string DateFuture = "date.future";
    public const string DateBeforeBenefitEnd = "date.before-benefit-end";
    public const string DateNotAfterLastDay = "date.not-after-last-day";
    public const string DateNotAfterPreviousEnd = "date.not-after-previous-end";
    public const string DateOrder = "date.order";
    public const string DateEndBeforeStart = "date.end-before-start";
    public const string DateAfterExpectedBirth = "date.after-expected-birth";
    public const string NumberRequired = "number.required";
    public const string NumberFormat = "number.format";
    public const string NumberWhole = "number.whole";
    public const string HoursRange = "hours.range";
    public const string SgiHoursRange = "sgi-hours.range";
    public const string PercentRange = "percent.range";
    public const string DaysPerWeekRange = "days-per-week.range";
    public const string DaysRange = "days.range";
    public const string BoolInvalid = "bool.invalid";
    public const string ListInvalid = "list.invalid";
    public const string ListTooLong = "list.too-long";
    public const string ObjectInvalid = "object.invalid";
    public const string JsonInvalid = "json.invalid";

    /// <summary>Every code with its Swedish message.</summary>
    public static IReadOnlyDictionary<string, string> Swedish { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Required] = "Uppgiften saknas. Fyll i den.",
        [ChoiceRequired] = "Välj ett av svaren.",
        [ChoiceInvalid] = "Välj ett av svaren i listan.",
        [DateRequired] = "Skriv ett datum, till exempel 2026-03-16.",
        [DateFormat] = "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-16.",
        [DateInvalid] = "Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-16.",
        [DateTooFarFuture] = "Datumet ligger för långt fram i tiden. Kontrollera året.",
        [DateTooFarPast] = "Datumet ligger för långt bak i tiden. Kontrollera året.",
        [DateFuture] = "Datumet kan inte ligga i framtiden.",
        [DateBeforeBenefitEnd] = "Datumet måste vara efter din sista dag med sjukpenning. Började det tidigare? Skriv då dagen efter din sista dag med sjukpenning.",
        [DateNotAfterLastDay] = "Datumet måste vara efter din sista dag med sjukpenning.",
        [DateNotAfterPreviousEnd] = "Datumet måste vara efter slutdatumet du skrev på förra frågan.",
        [DateOrder] = "Datumen måste komma i tidsordning. Det här datumet är före datumet på raden innan.",
        [DateEndBeforeStart] = "Slutdatumet kan inte vara före startdatumet.",
        [DateAfterExpectedBirth] = "Ledigheten under graviditeten måste börja före det beräknade förlossningsdatumet.",
        [NumberRequired] = "Skriv ett tal, till exempel 40.",
        [NumberFormat] = "Skriv bara siffror, till exempel 40 eller 37,5.",
        [NumberWhole] = "Skriv ett helt tal, till exempel 5.",
        [HoursRange] = "Skriv ett antal timmar från 0 till 168.",
        [SgiHoursRange] = "Skriv ett antal timmar som är mer än 0 och högst 168.",
        [PercentRange] = "Skriv en procentsats från 0 till 100.",
        [DaysPerWeekRange] = "Skriv ett antal dagar från 0 till 7.",
        [DaysRange] = "Skriv ett antal dagar från 0 till 365.",
        [BoolInvalid] = "Svaret ska vara ja (true) eller nej (false).",
        [ListInvalid] = "Här ska det vara en lista.",
        [ListTooLong] = "Listan är för lång. Den får ha högst 50 rader.",
        [ObjectInvalid] = "Uppgifterna har fel form. Här ska det vara ett objekt med fält.",
        [JsonInvalid] = "Uppgifterna går inte att läsa. Kontrollera att de är giltig JSON.",
    };

    public static IReadOnlyList<string> All { get; } = [.. Swedish.Keys];

    public static string SwedishMessage(string code) => Swedish.TryGetValue(code, out var message) ? message : Swedish[Required];
}
