using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// The case API's OpenAPI security: a bearer (JWT) scheme, and on each operation the scope its authorization policy
/// demands (meetings.read or meetings.write), read from the endpoint itself so the document cannot disagree with it.
/// </summary>
public static class CaseApiOpenApiSecurity
{
    public const string SchemeName = "bearer";

    public static void Add(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "OAuth 2.0 access token (JWT) from the agency's identity service, with the scope the operation names.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
            var scopes = policies.Select(ScopeOf).OfType<string>().Distinct().ToList();
            if (scopes.Count > 0)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes });
            }

            return Task.CompletedTask;
        });
    }

    private static string? ScopeOf(string? policy) => policy switch
    {
        ApiPolicies.MeetingsRead => ApiPolicies.ReadScope,
        ApiPolicies.MeetingsWrite => ApiPolicies.WriteScope,
        _ => null,
    };
}
