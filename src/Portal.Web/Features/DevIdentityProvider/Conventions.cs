using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Portal.Web.Features.DevIdentityProvider;

/// <summary>The stand-in provider's sign-in page is where one chooses who to be: open to anyone (it exists only when enabled).</summary>
public static class DevIdentityProviderConventions
{
    public static void Apply(PageConventionCollection conventions) =>
        conventions.AllowAnonymousToPage("/DevIdentityProvider/Authorize");
}
