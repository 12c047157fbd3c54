using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// A few thousand random and malformed bodies: every answer is a 200 with a result or a 400 problem, never a 500,
/// and the API never logs that the engine failed on answers the parser let through.
/// </summary>
[Collection(PortalAppGroup.Name)]
public sealed class SgiCheckApiFuzzTests(PortalAppFactory factory, ITestOutputHelper output)
{
    private const int Bodies = 3000;

    private static readonly string[] Situations = ["sjukpenning-ended", "sjukpenning-denied", "aktivitetsersattning-denied", "sjukersattning-denied", "other"];
    private static readonly string[] Kinds =
        ["af-registration", "work", "studies", "program", "parental-leave", "pregnancy-leave", "military-service", "semester", "abroad", "severance-pay", "holiday"];
    private static readonly string[] Reasons = ["late-aktivitetsrapport", "missed-meeting", "declined-insats-once", "left-job", "declined-job", "too-few-applications", "other", "x"];

    [Fact]
    public async Task Post_RandomAndMalformedBodies_GetOnly200Or400()
    {
        // Arrange
        var random = new Random(20261202);
        using var client = factory.CreateClient();
        var counts = new Dictionary<HttpStatusCode, int>();
        var unexpected = new List<string>();
        var logsBefore = factory.Logs.Lines.Count;

        // Act
        for (var i = 0; i < Bodies; i++)
        {
            var body = Body(random, i);
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/api/sgi-check", content);
            counts[response.StatusCode] = counts.GetValueOrDefault(response.StatusCode) + 1;
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest) && unexpected.Count < 10)
            {
                unexpected.Add($"{(int)response.StatusCode} for {body}");
            }
        }

        // Assert
        output.WriteLine(string.Join(", ", counts.Select(c => $"{(int)c.Key}: {c.Value}")));
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
        Assert.True(counts.GetValueOrDefault(HttpStatusCode.OK) > Bodies / 10, "Expected a good share of the random answers to be valid.");
        Assert.True(counts.GetValueOrDefault(HttpStatusCode.BadRequest) > Bodies / 10, "Expected a good share of the random answers to be refused.");
        var engineFailures = factory.Logs.Lines.Skip(logsBefore).Where(l => l.Contains("could not evaluate", StringComparison.Ordinal)).ToList();
        Assert.True(engineFailures.Count == 0, string.Join(Environment.NewLine, engineFailures.Take(3)));
    }

    private static string Body(Random random, int i) => (i % 10) switch
    {
        0 => Garbage(random),
        1 => Mutilate(random, Answers(random).ToJsonString()),
        2 => WrongTypes(random),
        3 or 4 or 5 => Answers(random).ToJsonString(),
        _ => Answers(new CleanRandom(random)).ToJsonString(),
    };

    /// <summary>Draws that never take the deliberately wrong branches: the last value of a list, or a broken date.</summary>
    private sealed class CleanRandom(Random inner) : Random
    {
        public override int Next(int maxValue) => inner.Next(maxValue);

        public override int Next(int minValue, int maxValue) => inner.Next(minValue, maxValue);
    }

    /// <summary>Answers in the right shape, with values drawn mostly from the allowed ones and sometimes not.</summary>
    private static JsonObject Answers(Random random)
    {
        var lastDay = new DateOnly(2026, 1, 1).AddDays(random.Next(-400, 500));
        var answers = new JsonObject
        {
            ["situation"] = Pick(random, Situations),
            ["hasSgi"] = Pick(random, ["yes", "no", "unknown", "maybe"]),
            ["employment"] = Pick(random, ["employed", "unemployed", "own-business", "none", "retired"]),
        };
        if (random.Next(4) > 0)
        {
            answers["asOf"] = Date(random, lastDay.AddDays(random.Next(-20, 120)));
        }

        if (random.Next(5) > 0)
        {
            answers["lastSjukpenningDay"] = Date(random, lastDay);
        }

        if (random.Next(2) == 0)
        {
            answers["decisionReceived"] = Date(random, lastDay.AddDays(random.Next(-5, 30)));
        }

        if (random.Next(3) > 0)
        {
            answers["sgiHoursPerWeek"] = random.Next(10) == 0 && random is not CleanRandom ? random.Next(-10, 400) : random.Next(1, 41);
        }

        if (random.Next(4) == 0)
        {
            answers["birthDate"] = Date(random, new DateOnly(1955, 1, 1).AddDays(random.Next(0, 20000)));
        }

        var next = new JsonArray();
        var from = lastDay.AddDays(1);
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            from = from.AddDays(random is CleanRandom ? random.Next(1, 60) : random.Next(-3, 60));
            next.Add(Step(random, from));
        }

        answers["next"] = next;
        if (random.Next(4) == 0)
        {
            answers["sanctions"] = new JsonArray(new JsonObject
            {
                ["reason"] = Pick(random, Reasons),
                ["inProgram"] = random.Next(2) == 0,
                ["from"] = Date(random, lastDay.AddDays(random.Next(0, 60))),
                ["days"] = random is CleanRandom ? random.Next(0, 60) : random.Next(-2, 400),
            });
        }

        if (random.Next(3) == 0)
        {
            answers["omprovningRequested"] = random.Next(2) == 0;
        }

        return answers;
    }

    private static JsonObject Step(Random random, DateOnly from)
    {
        var kind = Pick(random, Kinds);
        var step = new JsonObject { ["kind"] = kind, ["from"] = Date(random, from) };
        var to = Date(random, from.AddDays(random.Next(-5, 200)));
        switch (kind)
        {
            case "af-registration":
                step["status"] = Pick(random, ["aktivt", "forhinder", "sometimes"]);
                step["hoursPerWeek"] = random is CleanRandom ? random.Next(0, 41) : random.Next(-5, 200);
                break;
            case "work":
                step["employer"] = Pick(random, ["same", "new", "other"]);
                step["hoursPerWeek"] = random.Next(0, 50);
                if (random.Next(2) == 0)
                {
                    step["to"] = to;
                }

                break;
            case "studies":
                step["studiestod"] = random.Next(2) == 0;
                step["extentPercent"] = random is CleanRandom ? random.Next(0, 101) : random.Next(-10, 130);
                step["postSecondary"] = random.Next(2) == 0;
                break;
            case "program":
                step["payment"] = Pick(random, ["aktivitetsstod", "utvecklingsersattning", "etableringsersattning", "none", "lots"]);
                break;
            case "parental-leave":
                step["childBirthDate"] = Date(random, from.AddDays(random.Next(-800, 100)));
                step["parentalBenefitDaysPerWeek"] = random is CleanRandom ? random.Next(0, 8) : random.Next(-1, 9);
                break;
            case "pregnancy-leave":
                step["expectedBirthDate"] = Date(random, from.AddDays(random.Next(-30, 300)));
                break;
            case "semester" or "severance-pay":
                step["to"] = to;
                break;
            case "abroad":
                step["moving"] = random.Next(2) == 0;
                step["registeredWithForeignEmploymentService"] = random.Next(2) == 0;
                break;
        }

        return step;
    }

    private static string Date(Random random, DateOnly date) => (random is CleanRandom ? 5 : random.Next(25)) switch
    {
        0 => "2026-02-30",
        1 => "2026-13-01",
        2 => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        3 => "9999-12-31",
        4 => "0001-01-01",
        _ => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Pick(Random random, string[] values) =>
        values[random.Next(random is CleanRandom && values.Length > 1 ? values.Length - 1 : values.Length)];

    private static string Garbage(Random random)
    {
        string[] fixedCases =
        [
            "", " ", "{", "}", "[]", "[{}]", "null", "true", "42", "\"text\"", "{\"next\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
            "{\"situation\":\"sjukpenning-ended\",\"situation\":\"sjukpenning-denied\"}", "{'situation':'x'}", "{\"a\":1,}", "\u0000", "{\"next\":null}",
            "{\"asOf\":null,\"situation\":null,\"hasSgi\":null,\"employment\":null,\"next\":null}", "{\"sgiHoursPerWeek\":1e308}", "{\"sgiHoursPerWeek\":-0}",
        ];
        if (random.Next(2) == 0)
        {
            return fixedCases[random.Next(fixedCases.Length)];
        }

        var length = random.Next(1, 200);
        var text = new StringBuilder(length);
        const string alphabet = "{}[]\":,0123456789abcdefghijklmnopqrstuvwxyzåäö -+.eE\\/ntfrul";
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string Mutilate(Random random, string json)
    {
        var chars = json.ToCharArray();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            chars[random.Next(chars.Length)] = "{}[]\":,x0 "[random.Next(10)];
        }

        return random.Next(3) == 0 ? new string(chars)[..random.Next(chars.Length)] : new string(chars);
    }

    private static string WrongTypes(Random random)
    {
        JsonNode?[] values = [JsonValue.Create(1), JsonValue.Create("x"), JsonValue.Create(true), new JsonArray(), new JsonObject(), null, JsonValue.Create(-1.5)];
        var answers = Answers(random);
        var keys = answers.Select(p => p.Key).ToList();
        var key = keys[random.Next(keys.Count)];
        answers[key] = values[random.Next(values.Length)]?.DeepClone();
        if (answers["next"] is JsonArray { Count: > 0 } next && next[0] is JsonObject step && random.Next(2) == 0)
        {
            var stepKeys = step.Select(p => p.Key).ToList();
            step[stepKeys[random.Next(stepKeys.Count)]] = values[random.Next(values.Length)]?.DeepClone();
        }

        return answers.ToJsonString();
    }
}
