using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Web.Features.DevIdentityProvider;

/// <summary>
/// The stand-in provider's authorization endpoint: OpenIddict has checked the request (client, redirect address, PKCE)
/// before this page runs. The page asks who to be; "Avbryt" answers the client with access_denied, as a cancelled
/// e-legitimation does.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AuthorizeModel : PageModel
{
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public string? ClientName { get; private set; }

    public IActionResult OnGet() => Show();

    public IActionResult OnPost(string? identity, string? cancel)
    {
        var request = HttpContext.GetOpenIddictServerRequest();
        if (request is null)
        {
            return NotFound();
        }

        if (cancel is not null)
        {
            return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = OpenIddictConstants.Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Inloggningen avbröts.",
            }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var principal = PrincipalFor(identity, request);
        return principal is null ? Show() : SignIn(principal, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private IActionResult Show()
    {
        var request = HttpContext.GetOpenIddictServerRequest();
        if (request is null)
        {
            return NotFound();
        }

        ViewData[Portal.Theme.PageLayout.ViewDataKey] = LayoutFactory.Create(Languages.Swedish, "Testinloggning", languageLinks: [], noIndex: true, url: Url);
        ClientName = request.ClientId;
        Parameters = request.GetParameters()
            .Where(p => p.Key is not ("identity" or "cancel" or "__RequestVerificationToken"))
            .Select(p => new KeyValuePair<string, string>(p.Key, (string?)p.Value ?? ""))
            .ToList();
        return Page();
    }

    private static ClaimsPrincipal? PrincipalFor(string? choice, OpenIddictRequest request)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        if (TestIdentities.Citizens.FirstOrDefault(c => "person:" + c.Key == choice) is { } citizen)
        {
            identity.SetClaim(Claims.Subject, "testperson-" + citizen.Key);
            identity.SetClaim(Claims.Name, citizen.Name);
            identity.SetClaim(TestIdentities.PersonnummerClaim, citizen.Personnummer);
        }
        else if (TestIdentities.StaffMembers.FirstOrDefault(s => "staff:" + s.Key == choice) is { } staff)
        {
            identity.SetClaim(Claims.Subject, "personal-" + staff.UserName);
            identity.SetClaim(Claims.Name, staff.Name);
            identity.SetClaim(Claims.PreferredUsername, staff.UserName);
            identity.SetClaims(TestIdentities.GroupsClaim, [.. staff.Groups]);
        }
        else
        {
            return null;
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
