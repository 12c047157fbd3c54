using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, written by hand: <c>Api/OpenApi/document.json</c> holds the
/// frame, and each API adds a fragment beside it (<c>sgi-check.json</c>; a case-system API adds its own) with
/// <c>tags</c>, <c>paths</c> and <c>components.schemas</c>. The fragments are merged in name order; a path or
/// schema defined twice is an error, so two APIs cannot silently overwrite each other.
/// </summary>
public static class OpenApiDocument
{
    public const string Path = "/openapi/v1.json";

    private const string ResourcePrefix = "Portal.Web.Features.SgiCheck.OpenApi.";
    private const string FrameName = ResourcePrefix + "document.json";

    private static readonly Lazy<string> Json = new(() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    /// <summary>The merged document.</summary>
    public static JsonObject Build()
    {
        var assembly = typeof(OpenApiDocument).Assembly;
        var document = Read(assembly, FrameName);
        var fragments = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal) && n != FrameName)
            .Order(StringComparer.Ordinal);
        foreach (var name in fragments)
        {
            Merge(document, Read(assembly, name), name);
        }

        return document;
    }

    public static IEndpointConventionBuilder MapOpenApiDocument(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, () => Results.Text(Json.Value, "application/json; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();

    private static JsonObject Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The OpenAPI part {name} is not embedded.");
        return JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException($"The OpenAPI part {name} is empty.");
    }

    private static void Merge(JsonObject document, JsonObject fragment, string name)
    {
        var paths = document["paths"]!.AsObject();
        foreach (var (path, item) in fragment["paths"]?.AsObject() ?? [])
        {
            if (paths.ContainsKey(path))
            {
                throw new InvalidOperationException($"The OpenAPI path {path} in {name} is already defined.");
            }

            paths[path] = item?.DeepClone();
        }

        var schemas = document["components"]!["schemas"]!.AsObject();
        foreach (var (schema, definition) in fragment["components"]?["schemas"]?.AsObject() ?? [])
        {
            if (schemas.ContainsKey(schema))
            {
                throw new InvalidOperationException($"The OpenAPI schema {schema} in {name} is already defined.");
            }

            schemas[schema] = definition?.DeepClone();
        }

        var tags = document["tags"]!.AsArray();
        foreach (var tag in fragment["tags"]?.AsArray() ?? [])
        {
            tags.Add(tag?.DeepClone());
        }
    }
}
