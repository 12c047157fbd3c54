using System.Net;
using System.Text.Json.Nodes;
using Portal.SgiCheck.Model;

namespace Portal.IntegrationTests.Api;

/// <summary>The hand-written OpenAPI document: served, well-formed, every reference resolves, and it matches the engine's values.</summary>
[Collection(PortalAppGroup.Name)]
public sealed class OpenApiDocumentTests(PortalAppFactory factory)
{
    [Fact]
    public async Task Get_OpenApiDocument_DescribesTheSgiCheck()
    {
        // Arrange
        using var client = factory.CreateBrowserLikeClient();

        // Act
        using var response = await client.GetAsync("/openapi/v1.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var post = document["paths"]!["/api/sgi-check"]!["post"]!;
        Assert.NotNull(post["requestBody"]!["content"]!["application/json"]);
        Assert.Equal(["200", "400", "415"], post["responses"]!.AsObject().Select(r => r.Key).ToArray());
        Assert.NotNull(post["responses"]!["400"]!["content"]!["application/problem+json"]);
    }

    [Fact]
    public void Document_EveryReferenceResolves()
    {
        // Arrange
        var document = Portal.Web.Features.SgiCheck.OpenApiDocument.Build();

        // Act
        var references = Descendants(document).OfType<JsonObject>()
            .Where(o => o.ContainsKey("$ref")).Select(o => o["$ref"]!.GetValue<string>()).Distinct().ToList();

        // Assert
        Assert.NotEmpty(references);
        foreach (var reference in references)
        {
            Assert.StartsWith("#/components/schemas/", reference, StringComparison.Ordinal);
            Assert.NotNull(document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]);
        }
    }

    public static TheoryData<string, string[]> Enums() => new()
    {
        { "SgiAnswers.situation", [.. KebabNames.All<Situation>()] },
        { "SgiAnswers.hasSgi", [.. KebabNames.All<SgiStatus>()] },
        { "SgiAnswers.employment", [.. KebabNames.All<Employment>()] },
        { "SgiNextStep.kind", [.. KebabNames.All<NextKind>()] },
        { "SgiNextStep.status", [.. KebabNames.All<AfStatus>()] },
        { "SgiNextStep.employer", [.. KebabNames.All<Employer>()] },
        { "SgiNextStep.payment", [.. KebabNames.All<ProgramPayment>()] },
        { "SgiSanction.reason", [.. KebabNames.All<SanctionReason>()] },
        { "SgiResult.verdict", [.. KebabNames.All<Verdict>()] },
    };

    [Theory]
    [MemberData(nameof(Enums))]
    public void Document_Enum_HasExactlyTheEngineValues(string property, string[] values)
    {
        // Arrange
        var document = Portal.Web.Features.SgiCheck.OpenApiDocument.Build();
        var (schema, name) = (property.Split('.')[0], property.Split('.')[1]);

        // Act
        var listed = document["components"]!["schemas"]![schema]!["properties"]![name]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        // Assert
        Assert.Equal(values.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
