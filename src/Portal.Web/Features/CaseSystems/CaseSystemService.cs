using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Web.Features.CaseSystems;

/// <summary>
/// Registers, rotates and revokes case systems (an OpenIddict application plus a <see cref="CaseSystem"/> row, in one
/// transaction with the audit event), and issues their access tokens at the token endpoint.
/// </summary>
public sealed class CaseSystemService(PortalDbContext db, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, UserManager<StaffUser> users)
{
    public const string SubjectType = "CaseSystem";

    /// <summary>A scope a case system can be given: its Swedish description, and the role the account the system acts for must have.</summary>
    public sealed record ScopeChoice(string Scope, string Description, string Role);

    /// <summary>
    /// The scopes a case system can be given. FK's scopes need a system acting for a Handläggare, AF's scope one acting
    /// for a Handläggare på Arbetsförmedlingen; the API checks the role again on every call.
    /// </summary>
    public static readonly IReadOnlyList<ScopeChoice> Scopes =
    [
        new(ApiPolicies.ReadScope, "Läsa möten och förberedda svar", StaffRoles.Handlaggare),
        new(ApiPolicies.WriteScope, "Skapa och radera möten med inbjudan", StaffRoles.Handlaggare),
        new(ApiPolicies.AfReadScope, "Arbetsförmedlingen: läsa mötena där handläggaren deltar, och svaren som personen har sagt ja till att dela", StaffRoles.AfHandlaggare),
    ];

    /// <summary>An account a system can act for, with the role that decides which scopes it can be given.</summary>
    public sealed record ActsForChoice(string Id, string Label, string Role);

    public sealed record Registered(CaseSystem System, string Secret);

    /// <summary>The accounts a system can act for: FK's handläggare, then AF's, each by name.</summary>
    public async Task<IReadOnlyList<ActsForChoice>> AccountsAsync()
    {
        var choices = new List<ActsForChoice>();
        foreach (var role in Scopes.Select(s => s.Role).Distinct())
        {
            choices.AddRange((await users.GetUsersInRoleAsync(role)).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
                .Select(u => new ActsForChoice(u.Id, $"{u.DisplayName} ({u.UserName})", role)));
        }

        return choices;
    }

    /// <summary>Who a role's account is, as the administrators' page says it.</summary>
    public static string RoleName(string role) => role == StaffRoles.AfHandlaggare ? "handläggare på Arbetsförmedlingen" : "handläggare på Försäkringskassan";

    /// <summary>
    /// The Swedish error when <paramref name="scopes"/> holds a scope that an account with <paramref name="role"/>
    /// cannot be given (meetings.af.read only for AF, meetings.read and meetings.write only for FK), else null.
    /// </summary>
    public static string? ScopeMismatch(IEnumerable<string> scopes, string role)
    {
        var wrong = Scopes.Where(s => scopes.Contains(s.Scope) && s.Role != role).GroupBy(s => s.Role).FirstOrDefault();
        if (wrong is null)
        {
            return null;
        }

        var names = string.Join(" och ", wrong.Select(s => s.Scope));
        return $"{(wrong.Count() == 1 ? "Behörigheten" : "Behörigheterna")} {names} kan bara ges till ett system som agerar för en {RoleName(wrong.Key)}, "
            + $"och du har valt en {RoleName(role)}. Ta bort {(wrong.Count() == 1 ? "den" : "dem")} eller välj en annan person under Agerar för.";
    }

    public async Task<Registered> RegisterAsync(string name, IReadOnlyCollection<string> scopes, string actsForUserId, ProcessContext context, string? clientId = null, string? secret = null, CancellationToken cancellationToken = default)
    {
        secret ??= NewSecret();
        var system = new CaseSystem
        {
            Id = Guid.NewGuid(),
            Name = name,
            ClientId = clientId ?? "arendesystem-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            ActsForUserId = actsForUserId,
            Scopes = string.Join(' ', Scopes.Select(s => s.Scope).Where(scopes.Contains)),
            CreatedUtc = context.NowUtc,
            SecretIssuedUtc = context.NowUtc,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CaseSystems.Add(system);
        db.AuditEvents.Add(context.Event(AuditEventType.CaseSystemRegistered, SubjectType, system.Id.ToString(), new { system.ClientId, system.Scopes, system.ActsForUserId }));
        await db.SaveChangesAsync(cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = system.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        foreach (var scope in system.ScopeList)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Registered(system, secret);
    }

    /// <summary>A new secret; the old one stops at once, and so do the tokens issued with it.</summary>
    public async Task<string?> RotateAsync(Guid id, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var system = await db.CaseSystems.SingleOrDefaultAsync(s => s.Id == id && s.RevokedUtc == null, cancellationToken);
        if (system is null || await applications.FindByClientIdAsync(system.ClientId, cancellationToken) is not { } application)
        {
            return null;
        }

        var secret = NewSecret();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        system.SecretIssuedUtc = context.NowUtc;
        db.AuditEvents.Add(context.Event(AuditEventType.CaseSystemSecretRotated, SubjectType, system.Id.ToString(), new { system.ClientId }));
        await db.SaveChangesAsync(cancellationToken);
        await applications.UpdateAsync(application, secret, cancellationToken);
        await tokens.RevokeByApplicationIdAsync((await applications.GetIdAsync(application, cancellationToken))!, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return secret;
    }

    /// <summary>Revokes the system for good: its OpenIddict application (and with it every token) is deleted; the row stays for the record.</summary>
    public async Task<bool> RevokeAsync(Guid id, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var system = await db.CaseSystems.SingleOrDefaultAsync(s => s.Id == id && s.RevokedUtc == null, cancellationToken);
        if (system is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        system.RevokedUtc = context.NowUtc;
        db.AuditEvents.Add(context.Event(AuditEventType.CaseSystemRevoked, SubjectType, system.Id.ToString(), new { system.ClientId }));
        await db.SaveChangesAsync(cancellationToken);
        if (await applications.FindByClientIdAsync(system.ClientId, cancellationToken) is { } application)
        {
            await tokens.RevokeByApplicationIdAsync((await applications.GetIdAsync(application, cancellationToken))!, cancellationToken);
            await applications.DeleteAsync(application, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The token endpoint for the client-credentials grant: OpenIddict has already checked the client's secret and that
    /// it may ask for the scopes. Issues an access token for /api/v1 naming the case system, and audits it.
    /// </summary>
    public async Task<IResult> IssueTokenAsync(HttpContext http, OpenIddictRequest request, TimeProvider time, CancellationToken cancellationToken)
    {
        var system = await db.CaseSystems.SingleOrDefaultAsync(s => s.ClientId == request.ClientId && s.RevokedUtc == null, cancellationToken);
        if (system is null)
        {
            return OpenIdServer.Refuse(OpenIddictConstants.Errors.InvalidClient, "Ärendesystemet är inte registrerat eller har spärrats.");
        }

        var requested = request.GetScopes();
        var scopes = requested.IsDefaultOrEmpty ? system.ScopeList : [.. requested.Intersect(system.ScopeList, StringComparer.Ordinal)];
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, system.ClientId);
        identity.SetClaim(Claims.Name, system.Name);
        identity.SetScopes(scopes);
        identity.SetAudiences(OpenIdServer.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);

        var context = new ProcessContext($"case-system:{system.ClientId}", time.GetUtcNow().UtcDateTime, "Åtkomsttoken", http.Connection.RemoteIpAddress?.ToString());
        db.AuditEvents.Add(context.Event(AuditEventType.CaseSystemTokenIssued, SubjectType, system.Id.ToString(), new { Scopes = string.Join(' ', scopes) }));
        await db.SaveChangesAsync(cancellationToken);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The active case system a validated access token names (its subject), or null when it was revoked since.</summary>
    public Task<CaseSystem?> FindActiveAsync(ClaimsPrincipal token, CancellationToken cancellationToken = default)
    {
        var clientId = token.FindFirstValue(Claims.Subject);
        return clientId is null
            ? Task.FromResult<CaseSystem?>(null)
            : db.CaseSystems.AsNoTracking().SingleOrDefaultAsync(s => s.ClientId == clientId && s.RevokedUtc == null, cancellationToken);
    }

    private static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
