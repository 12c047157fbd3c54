using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.SgiCheck;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Rules;

namespace Portal.UnitTests.SgiCheck.Parsing;

/// <summary>
/// Thousands of random and mutated documents: the parser must never throw, and every document it accepts must
/// evaluate without throwing and give a consistent result.
/// </summary>
public sealed class ParserFuzzTests
{
    private const string Noise = "{}[]\",:0123456789-tfn \\";

    private static readonly string[] Situations = ["sjukpenning-ended", "sjukpenning-denied", "aktivitetsersattning-denied", "sjukersattning-denied"];
    private static readonly string[] Kinds = ["af-registration", "work", "studies", "program", "parental-leave", "pregnancy-leave", "military-service", "semester", "abroad", "severance-pay"];

    private static readonly Func<JsonNode?>[] OddValues =
    [
        () => null, () => true, () => false, () => 0, () => -1, () => 1e308, () => JsonNode.Parse("1e400"), () => JsonNode.Parse("-1e400"),
        () => "", () => "x", () => "2026-02-30", () => "2026-03-16", () => "9999-12-31", () => "0001-01-01", () => "1900-01-01",
        () => "2199-12-31", () => new JsonArray(), () => new JsonObject(), () => new string('å', 5000),
        () => new JsonArray([.. Enumerable.Range(0, 60).Select(i => (JsonNode?)i)]), () => Deep(30), () => 37.5, () => 168.0000001,
        () => "sjukpenning-ended", () => "af-registration", () => "aktivt", () => "\u0000", () => "null",
    ];

    [Fact]
    public void Parse_ThousandsOfMutatedDocuments_NeverThrows_AndValidOnesEvaluate()
    {
        // Arrange
        var seeds = Seeds();
        var random = new Random(20261122);
        var valid = 0;
        var verdicts = new HashSet<Verdict>();

        // Act and assert
        for (var i = 0; i < 4000; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var document = (i % 4) switch
            {
                0 => MutateText(seed, random),
                1 => MutateNode(seed, random, odd: true),
                _ => MutateNode(seed, random, odd: false),
            };

            var parsed = AnswersParser.Parse(document, new DateOnly(2026, 11, 22));
            if (!parsed.IsValid)
            {
                Assert.NotEmpty(parsed.Errors);
                Assert.All(parsed.ErrorCodes.Values, code => Assert.Contains(code, ErrorCodes.All));
                continue;
            }

            valid++;
            var result = SgiChecker.Evaluate(parsed.Answers, new DateOnly(2026, 11, 22));
            verdicts.Add(result.Verdict);
            Assert.NotEmpty(result.Rules);
            Assert.All(result.Rules, id => Assert.Contains(RuleCatalog.All, r => r.Id == id));
            Assert.True(result.Deadline is not null || result.Windows is null, document);
            Assert.NotEmpty(JsonSerializer.Serialize(result, SgiCheckJson.Options));
        }

        Assert.True(valid > 800, $"only {valid} valid documents");
        Assert.True(verdicts.Count >= 6, string.Join(", ", verdicts));
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var length = random.Next(0, 200);
            var text = new StringBuilder(length);
            for (var j = 0; j < length; j++)
            {
                text.Append((char)random.Next(0, 0x250));
            }

            var result = AnswersParser.Parse(text.ToString());
            Assert.False(result.IsValid);
        }
    }

    private static List<string> Seeds()
    {
        var seeds = SgiCorpus.All.Select(c => c.Json).ToList();
        using var scenarios = JsonDocument.Parse(File.ReadAllText(SgiTestFiles.ScenariosFile));
        seeds.AddRange(scenarios.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("answers").GetRawText()));
        return seeds;
    }

    private static string MutateText(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Length = at;
                    break;
                case 1:
                    text[at] = Noise[random.Next(Noise.Length)];
                    break;
                case 2:
                    text.Insert(at, random.Next(2) == 0 ? "," : "\"x\":");
                    break;
                default:
                    text.Remove(at, Math.Min(random.Next(1, 10), text.Length - at));
                    break;
            }
        }

        return text.ToString();
    }

    private static string MutateNode(string seed, Random random, bool odd)
    {
        var root = JsonNode.Parse(seed)!;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var slots = new List<(JsonNode Parent, string? Name, int Index)>();
            Collect(root, slots);
            if (slots.Count == 0)
            {
                break;
            }

            var (parent, name, index) = slots[random.Next(slots.Count)];
            var replacement = odd ? OddValues[random.Next(OddValues.Length)]() : Plausible(name, Get(parent, name, index), random);
            if (odd && random.Next(5) == 0 && name is not null)
            {
                parent.AsObject().Remove(name);
            }
            else
            {
                Set(parent, name, index, replacement);
            }
        }

        return root.ToJsonString();
    }

    /// <summary>A value of the right type and format, so that many mutated documents stay valid.</summary>
    private static JsonNode? Plausible(string? name, JsonNode? current, Random random)
    {
        if (current is JsonValue value && value.TryGetValue<string>(out var text))
        {
            if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date))
            {
                return date.AddDays(random.Next(-60, 61)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            return name switch
            {
                "situation" => Situations[random.Next(Situations.Length)],
                "hasSgi" => new[] { "yes", "no", "unknown" }[random.Next(3)],
                "employment" => new[] { "employed", "unemployed", "own-business", "none" }[random.Next(4)],
                "status" => random.Next(2) == 0 ? "aktivt" : "forhinder",
                "employer" => random.Next(2) == 0 ? "same" : "new",
                "payment" => new[] { "aktivitetsstod", "utvecklingsersattning", "etableringsersattning", "none" }[random.Next(4)],
                "reason" => KebabNames.All<SanctionReason>()[random.Next(7)],
                "kind" => Kinds[random.Next(Kinds.Length)],
                _ => text,
            };
        }

        if (current is JsonValue number && number.TryGetValue<double>(out var d))
        {
            return name switch
            {
                "parentalBenefitDaysPerWeek" => random.Next(0, 8),
                "extentPercent" => random.Next(0, 101),
                "days" => random.Next(0, 30),
                _ => Math.Max(1, Math.Round(d + random.Next(-20, 21))),
            };
        }

        if (current is JsonValue flag && flag.TryGetValue<bool>(out var b))
        {
            return !b;
        }

        return current?.DeepClone();
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, string? Name, int Index)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    slots.Add((obj, key, -1));
                    if (child is not null)
                    {
                        Collect(child, slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, null, i));
                    if (array[i] is { } child)
                    {
                        Collect(child, slots);
                    }
                }

                break;
        }
    }

    private static JsonNode? Get(JsonNode parent, string? name, int index) => name is null ? parent.AsArray()[index] : parent[name];

    private static void Set(JsonNode parent, string? name, int index, JsonNode? value)
    {
        if (name is null)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent[name] = value;
        }
    }

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }
}
