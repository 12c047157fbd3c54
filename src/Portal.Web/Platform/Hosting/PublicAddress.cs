using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Portal.Web.Platform.Hosting;

/// <summary>The address citizens reach the portal at (section PublicAddress).</summary>
public sealed class PublicAddressOptions
{
    public const string Section = "PublicAddress";

    /// <summary>For example https://omstallning.myndigheten.se: scheme and host (and a port), without a path. Required in Production.</summary>
    public string? BaseUrl { get; set; }
}

/// <summary>
/// Builds the absolute addresses that leave the portal (invitation links, calendar files) from PublicAddress:BaseUrl,
/// never from the request's Host header, which the sender of the request chooses. Without the setting (only outside
/// Production) the address the server itself listens on is used.
/// </summary>
public sealed class PublicAddress(IOptions<PublicAddressOptions> options, IServer server)
{
    private readonly string? _configured = Normalise(options.Value.BaseUrl);

    /// <summary>The absolute address of a path on the portal ("/mote/...").</summary>
    public string Absolute(string path) => (_configured ?? Listening()) + path;

    private static string? Normalise(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimEnd('/');

    /// <summary>The first address Kestrel listens on, with a wildcard host read as localhost.</summary>
    private string Listening()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return "http://localhost";
        }

        var wildcard = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
        return wildcard.TrimEnd('/');
    }
}

public static class PublicAddressSetup
{
    /// <summary>Checks the setting at start-up: a clear error naming it instead of links that go nowhere.</summary>
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(PublicAddressOptions.Section);
        var value = section.Get<PublicAddressOptions>()?.BaseUrl;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"{PublicAddressOptions.Section}:BaseUrl is required in Production: the address citizens reach the portal at (for example https://omstallning.myndigheten.se). Invitation links and calendar files are built from it.");
            }
        }
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || (environment.IsProduction() && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException(
                $"{PublicAddressOptions.Section}:BaseUrl must be an absolute https address without a path, for example https://omstallning.myndigheten.se; it is '{value}'.");
        }

        services.Configure<PublicAddressOptions>(section);
        services.AddSingleton<PublicAddress>();
        return services;
    }
}
