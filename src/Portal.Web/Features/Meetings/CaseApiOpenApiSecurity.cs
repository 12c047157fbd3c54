using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Portal.Web.Platform.Security;

namespace Portal.Web.Features.Meetings;

/// <summary>
/// The case API's OpenAPI security: OAuth 2.0 with the client-credentials flow at the portal's own token endpoint, and on
/// each operation the scope its authorization policy demands (meetings.read, meetings.write or meetings.af.read), read from the endpoint
/// itself so the document cannot disagree with it. Where the agency's identity service is a second issuer
/// (CaseApi:AgencyIssuer), a second scheme names its discovery document, as an alternative on each operation.
/// </summary>
public static class CaseApiOpenApiSecurity
{
    public const string SchemeName = "oauth2";

    public const string AgencySchemeName = "myndighetens-identitetstjanst";

    public static void Add(OpenApiOptions options, AgencyIssuerOptions agency)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "OAuth 2.0 client credentials: the case system's client id and secret (registered by an Administratör at /admin/arendesystem) at /connect/token give an access token, sent as Bearer.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri(OpenIdServer.TokenPath, UriKind.Relative),
                        Scopes = new Dictionary<string, string>
                        {
                            [ApiPolicies.ReadScope] = "Läsa möten och förberedda svar.",
                            [ApiPolicies.WriteScope] = "Skapa och radera möten med inbjudan.",
                            [ApiPolicies.AfReadScope] = "Arbetsförmedlingen: läsa mötena där handläggaren deltar, och svaren som personen har sagt ja till att dela.",
                        },
                    },
                },
            };
            if (agency.IsConfigured)
            {
                var authority = (string.IsNullOrWhiteSpace(agency.Authority) ? agency.Issuer! : agency.Authority).Trim().TrimEnd('/');
                document.Components.SecuritySchemes[AgencySchemeName] = AgencyScheme(authority, agency);
            }

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
                if (agency.IsConfigured)
                {
                    // Either requirement is enough: the portal's own token or the agency's, with the same scope.
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AgencySchemeName, context.Document)] = scopes });
                }
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The agency issuer as an OpenID Connect security scheme: its discovery document, audience and claims.</summary>
    private static OpenApiSecurityScheme AgencyScheme(string authority, AgencyIssuerOptions agency) => new()
    {
        Type = SecuritySchemeType.OpenIdConnect,
        OpenIdConnectUrl = new Uri(authority + "/.well-known/openid-configuration", UriKind.Absolute),
        Description = $"Åtkomsttoken från myndighetens identitetstjänst (utfärdare {agency.Issuer!.Trim()}), skickad som Bearer: mottagare (aud) {agency.Audience!.Trim()}, "
            + $"scope i anspråket {agency.ScopeClaim}, och det anropande systemet i anspråket {agency.ClientClaim}, som portalen knyter till det handläggarkonto systemet agerar för.",
    };

    private static string? ScopeOf(string? policy) => policy switch
    {
        ApiPolicies.MeetingsRead => ApiPolicies.ReadScope,
        ApiPolicies.MeetingsWrite => ApiPolicies.WriteScope,
        ApiPolicies.AfMeetingsRead => ApiPolicies.AfReadScope,
        _ => null,
    };
}
