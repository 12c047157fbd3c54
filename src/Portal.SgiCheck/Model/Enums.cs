using System.Text.Json.Serialization;

namespace Portal.SgiCheck.Model;

/// <summary>What Försäkringskassan decided (<c>situation</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Situation>))]
public enum Situation
{
    /// <summary>Sjukpenning had been paid and stops (indragning, or the last day of a paid period).</summary>
    [JsonStringEnumMemberName("sjukpenning-ended")]
    SjukpenningEnded,

    /// <summary>Avslag on a first application: no sjukpenning was paid in this sick period.</summary>
    [JsonStringEnumMemberName("sjukpenning-denied")]
    SjukpenningDenied,

    [JsonStringEnumMemberName("aktivitetsersattning-denied")]
    AktivitetsersattningDenied,

    [JsonStringEnumMemberName("sjukersattning-denied")]
    SjukersattningDenied,

    /// <summary>
    /// Kommunicering: FK has written that it is considering stopping the sjukpenning and asks for the person's view by
    /// a date; no decision yet, and sjukpenning is still paid.
    /// </summary>
    [JsonStringEnumMemberName("kommunicering")]
    Kommunicering,
}

/// <summary>Whether the person has an SGI above 0 today (<c>hasSgi</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SgiStatus>))]
public enum SgiStatus
{
    [JsonStringEnumMemberName("yes")]
    Yes,

    [JsonStringEnumMemberName("no")]
    No,

    [JsonStringEnumMemberName("unknown")]
    Unknown,
}

/// <summary>The person's situation when the sickness benefit ends (<c>employment</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Employment>))]
public enum Employment
{
    [JsonStringEnumMemberName("employed")]
    Employed,

    [JsonStringEnumMemberName("unemployed")]
    Unemployed,

    [JsonStringEnumMemberName("own-business")]
    OwnBusiness,

    [JsonStringEnumMemberName("none")]
    None,
}

/// <summary>The <c>kind</c> of an element in <c>next</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NextKind>))]
public enum NextKind
{
    [JsonStringEnumMemberName("af-registration")]
    AfRegistration,

    [JsonStringEnumMemberName("work")]
    Work,

    [JsonStringEnumMemberName("studies")]
    Studies,

    [JsonStringEnumMemberName("program")]
    Program,

    [JsonStringEnumMemberName("parental-leave")]
    ParentalLeave,

    [JsonStringEnumMemberName("pregnancy-leave")]
    PregnancyLeave,

    [JsonStringEnumMemberName("military-service")]
    MilitaryService,

    [JsonStringEnumMemberName("semester")]
    Semester,

    [JsonStringEnumMemberName("abroad")]
    Abroad,

    [JsonStringEnumMemberName("severance-pay")]
    SeverancePay,
}

/// <summary>How Arbetsförmedlingen has recorded the person (<c>status</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AfStatus>))]
public enum AfStatus
{
    /// <summary>Aktivt arbetssökande.</summary>
    [JsonStringEnumMemberName("aktivt")]
    Aktivt,

    /// <summary>Arbetssökande med förhinder (sökandekategori 14).</summary>
    [JsonStringEnumMemberName("forhinder")]
    Forhinder,
}

/// <summary>Back to the same employer or a new one (<c>employer</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Employer>))]
public enum Employer
{
    [JsonStringEnumMemberName("same")]
    Same,

    [JsonStringEnumMemberName("new")]
    New,
}

/// <summary>The payment in an arbetsmarknadspolitiskt program (<c>payment</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgramPayment>))]
public enum ProgramPayment
{
    [JsonStringEnumMemberName("aktivitetsstod")]
    Aktivitetsstod,

    [JsonStringEnumMemberName("utvecklingsersattning")]
    Utvecklingsersattning,

    [JsonStringEnumMemberName("etableringsersattning")]
    Etableringsersattning,

    [JsonStringEnumMemberName("none")]
    None,
}

/// <summary>Why AF or the a-kassa gave an avstängning or a warning (<c>reason</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SanctionReason>))]
public enum SanctionReason
{
    [JsonStringEnumMemberName("late-aktivitetsrapport")]
    LateAktivitetsrapport,

    [JsonStringEnumMemberName("missed-meeting")]
    MissedMeeting,

    [JsonStringEnumMemberName("declined-insats-once")]
    DeclinedInsatsOnce,

    [JsonStringEnumMemberName("left-job")]
    LeftJob,

    [JsonStringEnumMemberName("declined-job")]
    DeclinedJob,

    [JsonStringEnumMemberName("too-few-applications")]
    TooFewApplications,

    [JsonStringEnumMemberName("other")]
    Other,
}

/// <summary>The checker's verdict. Declared from the most to the least reassuring protection verdict.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("protected")]
    Protected,

    /// <summary>Protected under Försäkringskassan's practice, not by statute: get it confirmed.</summary>
    [JsonStringEnumMemberName("likely-protected")]
    LikelyProtected,

    [JsonStringEnumMemberName("partly-protected")]
    PartlyProtected,

    /// <summary>The outcome depends on an assessment: contact Försäkringskassan.</summary>
    [JsonStringEnumMemberName("at-risk")]
    AtRisk,

    [JsonStringEnumMemberName("not-protected")]
    NotProtected,

    /// <summary>There is no SGI to protect.</summary>
    [JsonStringEnumMemberName("no-sgi")]
    NoSgi,

    /// <summary>The SGI will be set anew from current work.</summary>
    [JsonStringEnumMemberName("new-sgi")]
    NewSgi,
}
