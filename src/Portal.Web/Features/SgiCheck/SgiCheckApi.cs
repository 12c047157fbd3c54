using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Portal.SgiCheck;
using Portal.SgiCheck.Model;
using Portal.SgiCheck.Parsing;
using Portal.SgiCheck.Texts;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// <c>POST /api/sgi-check</c> (sgi-check-api.md): answers in, result out, nothing stored. Any body gets either a
/// 200 with a result or a 400 problem document (RFC 7807) whose <c>errors</c> name the bad fields by JSON path;
/// a body that is not JSON by its content type gets a 415 problem document.
/// </summary>
public static class SgiCheckApi
{
    public const string Path = "/api/sgi-check";
    public const string ProblemContentType = "application/problem+json";
    public const string InvalidAnswersType = "/openapi/v1.json#/components/schemas/InvalidAnswersProblem";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    /// <summary>The engine's JSON settings, writing Swedish letters as they are (the body is JSON, never HTML).</summary>
    private static readonly JsonSerializerOptions WriteOptions = new(SgiCheckJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointConventionBuilder MapSgiCheckApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithName("SgiCheck")
            .WithDisplayName("SGI-skyddskoll")
            .WithGroupName(SgiCheckOpenApi.DocumentName)
            .WithTags(SgiCheckOpenApi.Tag)
            .WithSummary("Evaluate answers with the SGI-skyddskoll")
            .WithDescription("Takes the answers (sgi-check-api.md) and returns the result. The rule set in force on asOf is used; asOf defaults to today's date in Europe/Stockholm. Texts are in Swedish. Nothing is stored.")
            .Produces<Result>(StatusCodes.Status200OK, "application/json")
            .Produces<InvalidAnswersProblem>(StatusCodes.Status400BadRequest, ProblemContentType)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(SgiCheckOpenApi.DescribeOperationAsync);

    private static async Task HandleAsync(HttpContext context, SgiTextCatalog texts, TimeProvider time, ILoggerFactory loggers)
    {
        context.Response.Headers.CacheControl = "no-store";
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            await WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "Fel innehållstyp",
                "Skicka svaren som JSON med Content-Type: application/json.", errors: null);
            return;
        }

        var body = await ReadBoundedAsync(request.Body, AnswersParser.MaxJsonLength, context.RequestAborted);
        var today = SgiCheckDates.Today(time);
        ParseResult parsed;
        if (body is null)
        {
            parsed = AnswersParser.Parse(json: null, today);
        }
        else
        {
            try
            {
                using var document = JsonDocument.Parse(body, DocumentOptions);
                parsed = AnswersParser.Parse(document.RootElement, today);
            }
            catch (JsonException)
            {
                parsed = AnswersParser.Parse(json: null, today);
            }
        }

        if (!parsed.IsValid)
        {
            await WriteInvalidAsync(context, parsed.ErrorCodes);
            return;
        }

        Result result;
        try
        {
            result = SgiChecker.Evaluate(parsed.Answers, today);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // The parser accepted answers the engine could not evaluate: a gap between the two, logged so it gets fixed.
            loggers.CreateLogger(typeof(SgiCheckApi)).LogError(ex, "The SGI check could not evaluate answers that passed validation.");
            await WriteInvalidAsync(context, new Dictionary<string, string> { ["$"] = ErrorCodes.ObjectInvalid });
            return;
        }

        var bundle = await texts.GetAsync(Languages.Swedish, context.RequestAborted);
        var rendered = ResultTexts.Render(result, bundle.Texts, "sv");
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, rendered, WriteOptions, context.RequestAborted);
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType.Value ?? "";
        if (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes (the rest is not read).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            using var collected = new MemoryStream();
            while (true)
            {
                var read = await body.ReadAsync(buffer.AsMemory(0, buffer.Length), cancellationToken);
                if (read == 0)
                {
                    return collected.ToArray();
                }

                if (collected.Length + read > limit)
                {
                    return null;
                }

                collected.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Task WriteInvalidAsync(HttpContext context, IReadOnlyDictionary<string, string> errorCodes)
    {
        var errors = errorCodes.ToDictionary(e => e.Key, e => new[] { ErrorCodes.SwedishMessage(e.Value) }, StringComparer.Ordinal);
        return WriteProblemAsync(context, StatusCodes.Status400BadRequest, "Svaren kunde inte bedömas",
            "Några uppgifter saknas eller har fel form. Fälten står under errors.", errors, errorCodes);
    }

    private static Task WriteProblemAsync(
        HttpContext context, int status, string title, string detail, Dictionary<string, string[]>? errors, IReadOnlyDictionary<string, string>? codes = null)
    {
        var problem = errors is null ? new ProblemDetails() : new InvalidAnswersProblem(errors, codes ?? new Dictionary<string, string>());
        problem.Type = status == StatusCodes.Status400BadRequest ? InvalidAnswersType : "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16";
        problem.Title = title;
        problem.Status = status;
        problem.Detail = detail;
        problem.Instance = Path;
        return ApiProblems.WriteAsync(context, problem);
    }
}

/// <summary>
/// The 400 problem document for answers that could not be evaluated: <c>errors</c> (JSON path → Swedish messages) and
/// <c>errorCodes</c> (JSON path → code). Written by the one problem writer, and the schema of the 400 response.
/// </summary>
public sealed class InvalidAnswersProblem : HttpValidationProblemDetails
{
    public InvalidAnswersProblem(IDictionary<string, string[]> errors, IReadOnlyDictionary<string, string> errorCodes)
        : base(errors) => ErrorCodes = errorCodes;

    [System.Text.Json.Serialization.JsonPropertyName("errorCodes")]
    public IReadOnlyDictionary<string, string> ErrorCodes { get; }
}

/// <summary>Dates the checker needs: "today" is the date in Europe/Stockholm (sgi-check-api.md: asOf), from the portal's one clock.</summary>
public static class SgiCheckDates
{
    public static DateOnly Today(TimeProvider time) => Platform.Time.StockholmTime.Today(time);
}
