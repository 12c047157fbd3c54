using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.IntegrationTests.Pages.DevIdentityProvider;

/// <summary>
/// A Development app whose OpenID Connect sign-in (the scheme named) has the stand-in identity provider, the
/// same app, as its provider: the handler reads the discovery document, the keys and the tokens through the test
/// server, and the provider's issuer is the public address the browser uses.
/// </summary>
public static class StandInProvider
{
    public static PortalAppFactory App(string scheme, IReadOnlyDictionary<string, string?> settings)
    {
        var app = new PortalAppFactory { EnvironmentName = "Development" };
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        // The handler checks token lifetimes against the machine's clock; the app's clock starts there too.
        app.Clock.Set(DateTimeOffset.UtcNow);
        app.TestServices.Add(services => services.Configure<OpenIdConnectOptions>(scheme, options => options.BackchannelHttpHandler = app.Server.CreateHandler()));
        return app;
    }

    /// <summary>A browser at the public address (the provider sends people back there).</summary>
    public static FormClient Browser(PortalAppFactory app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PortalAppFactory.PublicBaseUrl), AllowAutoRedirect = false }));
}
