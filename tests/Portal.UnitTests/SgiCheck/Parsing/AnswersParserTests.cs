using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;

namespace Portal.UnitTests.SgiCheck.Parsing;

public sealed class AnswersParserTests
{
    private const string Valid = """
        {
          "asOf": "2026-04-20",
          "situation": "sjukpenning-ended",
          "lastSjukpenningDay": "2026-03-13",
          "hasSgi": "yes",
          "sgiHoursPerWeek": 40,
          "birthDate": "1980-05-01",
          "employment": "unemployed",
          "next": [
            { "kind": "af-registration", "from": "2026-03-16", "status": "aktivt", "hoursPerWeek": 40 },
            { "kind": "studies", "from": "2026-04-01", "studiestod": false, "extentPercent": 50, "postSecondary": true, "to": "2026-06-05" }
          ],
          "sanctions": [
            { "reason": "late-aktivitetsrapport", "inProgram": false, "from": "2026-04-15", "days": 0 },
            { "reason": "missed-meeting", "inProgram": true, "from": "2026-04-16", "days": 1 }
          ],
          "omprovningRequested": false
        }
        """;

    /// <summary>(mutation description, input JSON, expected path, expected code).</summary>
    public static TheoryData<string, string, string, string> Malformed()
    {
        var data = new TheoryData<string, string, string, string>
        {
            { "empty body", "", "$", ErrorCodes.JsonInvalid },
            { "whitespace", "   ", "$", ErrorCodes.JsonInvalid },
            { "not JSON", "situation=sjukpenning-ended", "$", ErrorCodes.JsonInvalid },
            { "truncated", Valid[..60], "$", ErrorCodes.JsonInvalid },
            { "trailing comma", """{"situation":"sjukpenning-ended",}""", "$", ErrorCodes.JsonInvalid },
            { "array at the root", "[]", "$", ErrorCodes.ObjectInvalid },
            { "null at the root", "null", "$", ErrorCodes.ObjectInvalid },
            { "string at the root", "\"answers\"", "$", ErrorCodes.ObjectInvalid },
            { "deeply nested", new string('[', 200) + new string(']', 200), "$", ErrorCodes.JsonInvalid },
            { "too large", "{\"x\":\"" + new string('a', AnswersParser.MaxJsonLength) + "\"}", "$", ErrorCodes.JsonInvalid },
        };

        Add(data, "unknown situation", n => n["situation"] = "sjukpenning-stopped", "situation", ErrorCodes.ChoiceInvalid);
        Add(data, "situation in wrong case", n => n["situation"] = "Sjukpenning-Ended", "situation", ErrorCodes.ChoiceInvalid);
        Add(data, "situation as a number", n => n["situation"] = 1, "situation", ErrorCodes.ChoiceInvalid);
        Add(data, "situation missing", n => n.Remove("situation"), "situation", ErrorCodes.Required);
        Add(data, "hasSgi null", n => n["hasSgi"] = null, "hasSgi", ErrorCodes.Required);
        Add(data, "employment unknown", n => n["employment"] = "retired", "employment", ErrorCodes.ChoiceInvalid);
        Add(data, "impossible date", n => n["lastSjukpenningDay"] = "2026-02-30", "lastSjukpenningDay", ErrorCodes.DateInvalid);
        Add(data, "month 13", n => n["lastSjukpenningDay"] = "2026-13-01", "lastSjukpenningDay", ErrorCodes.DateInvalid);
        Add(data, "date without zero padding", n => n["lastSjukpenningDay"] = "2026-3-13", "lastSjukpenningDay", ErrorCodes.DateFormat);
        Add(data, "Swedish date format", n => n["lastSjukpenningDay"] = "13/3 2026", "lastSjukpenningDay", ErrorCodes.DateFormat);
        Add(data, "date with time", n => n["lastSjukpenningDay"] = "2026-03-13T00:00:00", "lastSjukpenningDay", ErrorCodes.DateFormat);
        Add(data, "date as a number", n => n["lastSjukpenningDay"] = 20260313, "lastSjukpenningDay", ErrorCodes.DateFormat);
        Add(data, "last day missing for sjukpenning-ended", n => n.Remove("lastSjukpenningDay"), "lastSjukpenningDay", ErrorCodes.Required);
        Add(data, "decision missing for a denial", n => { n["situation"] = "sjukpenning-denied"; }, "decisionReceived", ErrorCodes.Required);
        Add(data, "decision in the future", n => n["decisionReceived"] = "2026-04-21", "decisionReceived", ErrorCodes.DateFuture);
        Add(data, "birth date in the future", n => n["birthDate"] = "2026-05-01", "birthDate", ErrorCodes.DateFuture);
        Add(data, "birth year 1899", n => n["birthDate"] = "1899-12-31", "birthDate", ErrorCodes.DateTooFarPast);
        Add(data, "asOf year 2200", n => n["asOf"] = "2200-01-01", "asOf", ErrorCodes.DateTooFarFuture);
        Add(data, "negative SGI hours", n => n["sgiHoursPerWeek"] = -1, "sgiHoursPerWeek", ErrorCodes.SgiHoursRange);
        Add(data, "zero SGI hours", n => n["sgiHoursPerWeek"] = 0, "sgiHoursPerWeek", ErrorCodes.SgiHoursRange);
        Add(data, "169 SGI hours", n => n["sgiHoursPerWeek"] = 169, "sgiHoursPerWeek", ErrorCodes.SgiHoursRange);
        Add(data, "SGI hours as a string", n => n["sgiHoursPerWeek"] = "40", "sgiHoursPerWeek", ErrorCodes.NumberFormat);
        Add(data, "huge SGI hours", n => n["sgiHoursPerWeek"] = JsonNode.Parse("1e400"), "sgiHoursPerWeek", ErrorCodes.SgiHoursRange);
        Add(data, "next missing", n => n.Remove("next"), "next", ErrorCodes.Required);
        Add(data, "next not a list", n => n["next"] = "af", "next", ErrorCodes.ListInvalid);
        Add(data, "next too long", n => n["next"] = new JsonArray([.. Enumerable.Range(0, 51).Select(_ => JsonNode.Parse("""{"kind":"af-registration","from":"2026-03-16","status":"aktivt","hoursPerWeek":40}"""))]), "next", ErrorCodes.ListTooLong);
        Add(data, "next element not an object", n => n["next"]![0] = 5, "next[0]", ErrorCodes.ObjectInvalid);
        Add(data, "unknown kind", n => n["next"]![0]!["kind"] = "vacation", "next[0].kind", ErrorCodes.ChoiceInvalid);
        Add(data, "kind missing", n => n["next"]![0]!.AsObject().Remove("kind"), "next[0].kind", ErrorCodes.Required);
        Add(data, "from missing", n => n["next"]![0]!.AsObject().Remove("from"), "next[0].from", ErrorCodes.Required);
        Add(data, "from impossible", n => n["next"]![1]!["from"] = "2026-04-31", "next[1].from", ErrorCodes.DateInvalid);
        Add(data, "status unknown", n => n["next"]![0]!["status"] = "active", "next[0].status", ErrorCodes.ChoiceInvalid);
        Add(data, "hours over 168", n => n["next"]![0]!["hoursPerWeek"] = 200, "next[0].hoursPerWeek", ErrorCodes.HoursRange);
        Add(data, "negative hours", n => n["next"]![0]!["hoursPerWeek"] = -5, "next[0].hoursPerWeek", ErrorCodes.HoursRange);
        Add(data, "hours missing", n => n["next"]![0]!.AsObject().Remove("hoursPerWeek"), "next[0].hoursPerWeek", ErrorCodes.Required);
        Add(data, "steps out of order", n => n["next"]![1]!["from"] = "2026-03-15", "next[1].from", ErrorCodes.DateOrder);
        Add(data, "studies before the last day", n => { n["next"]!.AsArray().RemoveAt(0); n["next"]![0]!["from"] = "2026-03-13"; }, "next[0].from", ErrorCodes.DateBeforeBenefitEnd);
        Add(data, "end before start", n => n["next"]![1]!["to"] = "2026-03-31", "next[1].to", ErrorCodes.DateEndBeforeStart);
        Add(data, "extent over 100", n => n["next"]![1]!["extentPercent"] = 101, "next[1].extentPercent", ErrorCodes.PercentRange);
        Add(data, "studiestod as a string", n => n["next"]![1]!["studiestod"] = "no", "next[1].studiestod", ErrorCodes.BoolInvalid);
        Add(data, "parental days over 7", n => n["next"]![1] = JsonNode.Parse("""{"kind":"parental-leave","from":"2026-04-01","childBirthDate":"2026-01-01","parentalBenefitDaysPerWeek":8}"""), "next[1].parentalBenefitDaysPerWeek", ErrorCodes.DaysPerWeekRange);
        Add(data, "parental days negative", n => n["next"]![1] = JsonNode.Parse("""{"kind":"parental-leave","from":"2026-04-01","childBirthDate":"2026-01-01","parentalBenefitDaysPerWeek":-0.5}"""), "next[1].parentalBenefitDaysPerWeek", ErrorCodes.DaysPerWeekRange);
        Add(data, "semester without end", n => n["next"]![1] = JsonNode.Parse("""{"kind":"semester","from":"2026-04-01"}"""), "next[1].to", ErrorCodes.Required);
        Add(data, "pregnancy after the birth", n => n["next"]![1] = JsonNode.Parse("""{"kind":"pregnancy-leave","from":"2026-04-01","expectedBirthDate":"2026-03-30"}"""), "next[1].from", ErrorCodes.DateAfterExpectedBirth);
        Add(data, "abroad without moving", n => n["next"]![1] = JsonNode.Parse("""{"kind":"abroad","from":"2026-04-01"}"""), "next[1].moving", ErrorCodes.Required);
        Add(data, "severance without end", n => n["next"]![1] = JsonNode.Parse("""{"kind":"severance-pay","from":"2026-04-01"}"""), "next[1].to", ErrorCodes.Required);
        Add(data, "payment unknown", n => n["next"]![1] = JsonNode.Parse("""{"kind":"program","from":"2026-04-01","payment":"lon"}"""), "next[1].payment", ErrorCodes.ChoiceInvalid);
        Add(data, "sanction reason unknown", n => n["sanctions"]![1]!["reason"] = "late", "sanctions[1].reason", ErrorCodes.ChoiceInvalid);
        Add(data, "sanction inProgram as text", n => n["sanctions"]![0]!["inProgram"] = "yes", "sanctions[0].inProgram", ErrorCodes.BoolInvalid);
        Add(data, "sanction days fractional", n => n["sanctions"]![0]!["days"] = 2.5, "sanctions[0].days", ErrorCodes.NumberWhole);
        Add(data, "sanction days over 365", n => n["sanctions"]![0]!["days"] = 400, "sanctions[0].days", ErrorCodes.DaysRange);
        Add(data, "sanction days huge", n => n["sanctions"]![0]!["days"] = JsonNode.Parse("1e30"), "sanctions[0].days", ErrorCodes.DaysRange);
        Add(data, "sanctions not a list", n => n["sanctions"] = new JsonObject(), "sanctions", ErrorCodes.ListInvalid);
        Add(data, "sanction not an object", n => n["sanctions"]![0] = "late", "sanctions[0]", ErrorCodes.ObjectInvalid);
        Add(data, "omprovning as text", n => n["omprovningRequested"] = "true", "omprovningRequested", ErrorCodes.BoolInvalid);
        return data;
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedInput_GivesTheErrorAtThePath(string what, string json, string path, string code)
    {
        // Act
        var result = AnswersParser.Parse(json);

        // Assert
        Assert.False(result.IsValid, what);
        Assert.Null(result.Answers);
        Assert.True(result.ErrorCodes.TryGetValue(path, out var actual), $"{what}: no error at '{path}' in [{string.Join(", ", result.ErrorCodes.Keys)}]");
        Assert.Equal(code, actual);
        Assert.Equal(ErrorCodes.Swedish[code], result.Errors[path]);
    }

    [Fact]
    public void Parse_EmptyObject_ReportsEveryRequiredField()
    {
        var result = AnswersParser.Parse("{}");

        Assert.Equal(
            ["employment", "hasSgi", "next", "situation"],
            result.ErrorCodes.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.ErrorCodes.Values, code => Assert.Equal(ErrorCodes.Required, code));
    }

    [Fact]
    public void Parse_SeveralErrors_ReportsThemAll()
    {
        var json = """{"situation":"x","hasSgi":"maybe","employment":"none","next":[{"kind":"work","from":"2026-02-30","employer":"other","hoursPerWeek":"40"}]}""";

        var result = AnswersParser.Parse(json);

        Assert.Equal(ErrorCodes.ChoiceInvalid, result.ErrorCodes["situation"]);
        Assert.Equal(ErrorCodes.ChoiceInvalid, result.ErrorCodes["hasSgi"]);
        Assert.Equal(ErrorCodes.DateInvalid, result.ErrorCodes["next[0].from"]);
        Assert.Equal(ErrorCodes.ChoiceInvalid, result.ErrorCodes["next[0].employer"]);
        Assert.Equal(ErrorCodes.NumberFormat, result.ErrorCodes["next[0].hoursPerWeek"]);
    }

    [Fact]
    public void Parse_ValidInput_ReadsEveryField()
    {
        // Act
        var result = AnswersParser.Parse(Valid);

        // Assert
        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        var a = result.Answers;
        Assert.Equal(new DateOnly(2026, 4, 20), a.AsOf);
        Assert.Equal(Situation.SjukpenningEnded, a.Situation);
        Assert.Equal(new DateOnly(2026, 3, 13), a.LastSjukpenningDay);
        Assert.Null(a.DecisionReceived);
        Assert.Equal(SgiStatus.Yes, a.HasSgi);
        Assert.Equal(40, a.SgiHoursPerWeek);
        Assert.Equal(new DateOnly(1980, 5, 1), a.BirthDate);
        Assert.Equal(Employment.Unemployed, a.Employment);
        var af = Assert.IsType<AfRegistrationStep>(a.Next[0]);
        Assert.Equal((new DateOnly(2026, 3, 16), AfStatus.Aktivt, 40.0), (af.From, af.Status, af.HoursPerWeek));
        var studies = Assert.IsType<StudiesStep>(a.Next[1]);
        Assert.Equal((false, 50.0, true, (DateOnly?)new DateOnly(2026, 6, 5)), (studies.Studiestod, studies.ExtentPercent, studies.PostSecondary, studies.To));
        Assert.Equal(2, a.Sanctions!.Count);
        Assert.Equal(SanctionReason.MissedMeeting, a.Sanctions[1].Reason);
        Assert.True(a.Sanctions[1].InProgram);
        Assert.Equal(1, a.Sanctions[1].Days);
        Assert.False(a.OmprovningRequested);
    }

    [Fact]
    public void Parse_AcceptsFieldsInAnyOrder_IgnoresUnknownFields_AndTreatsNullAsLeftOut()
    {
        var json = """
            {"next":[{"hoursPerWeek":40,"status":"aktivt","from":"2026-03-16","kind":"af-registration","note":"x"}],
             "employment":"unemployed","hasSgi":"yes","lastSjukpenningDay":"2026-03-13","situation":"sjukpenning-ended",
             "birthDate":null,"extra":{"a":[1,2,3]}}
            """;

        var result = AnswersParser.Parse(json);

        Assert.True(result.IsValid);
        Assert.Null(result.Answers.BirthDate);
        Assert.Null(result.Answers.Sanctions);
    }

    [Fact]
    public void Parse_WithToday_RefusesADecisionInTheFutureWhenThereIsNoAsOf()
    {
        var json = """{"situation":"sjukpenning-denied","decisionReceived":"2026-03-20","hasSgi":"yes","employment":"unemployed","next":[]}""";

        Assert.True(AnswersParser.Parse(json).IsValid);
        Assert.Equal(ErrorCodes.DateFuture, AnswersParser.Parse(json, new DateOnly(2026, 3, 19)).ErrorCodes["decisionReceived"]);
        Assert.True(AnswersParser.Parse(json, new DateOnly(2026, 3, 20)).IsValid);
    }

    [Fact]
    public void Parse_JsonElement_GivesTheSameResult()
    {
        using var document = JsonDocument.Parse(Valid);

        var result = AnswersParser.Parse(document.RootElement);

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Answers.Next.Count);
        Assert.False(AnswersParser.Parse(default(JsonElement)).IsValid);
    }

    [Fact]
    public void Parse_RegistrationBeforeTheLastDay_IsAllowed_StudiesBeforeItAreNot()
    {
        // Registering with AF while still on sjukpenning is possible (for example at the omställningsmöte).
        var early = JsonNode.Parse(Valid)!;
        early["next"]![0]!["from"] = "2026-03-01";
        Assert.True(AnswersParser.Parse(early.ToJsonString()).IsValid);

        var studies = JsonNode.Parse(Valid)!;
        studies["next"]![0]!["from"] = "2026-03-01";
        studies["next"]![1]!["from"] = "2026-03-10";
        Assert.Equal(ErrorCodes.DateBeforeBenefitEnd, AnswersParser.Parse(studies.ToJsonString()).ErrorCodes["next[1].from"]);
    }

    private static void Add(TheoryData<string, string, string, string> data, string what, Action<JsonObject> mutate, string path, string code)
    {
        var node = JsonNode.Parse(Valid)!.AsObject();
        mutate(node);
        data.Add(what, node.ToJsonString(), path, code);
    }
}
