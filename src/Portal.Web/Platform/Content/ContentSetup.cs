using Microsoft.Extensions.Options;
using Portal.Web.Platform.Auditing;

namespace Portal.Web.Platform.Content;

/// <summary>
/// The content store: versions of every registered content type in the database, the one cache of what is published
/// with the watcher that sees other instances' changes, the Markdown renderer and the import of the content/ baseline.
/// Features register their content types with <see cref="AddContentType{T}"/>; the platform knows none of them.
/// </summary>
public static class ContentSetup
{
    public static IServiceCollection AddContentStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentFiles>();
        services.AddSingleton<ContentTypeRegistry>();
        services.AddSingleton<PublishedContent>();
        services.AddSingleton<ContentChangeWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<ContentChangeWatcher>());
        return services;
    }

    /// <summary>Registers a kind of content: its files, its checks before publishing and what its pages read.</summary>
    public static IServiceCollection AddContentType<T>(this IServiceCollection services)
        where T : ContentType
    {
        services.AddSingleton<T>();
        services.AddSingleton<ContentType>(provider => provider.GetRequiredService<T>());
        return services;
    }

    /// <summary>Imports content/ into an empty or older database (Content:ImportOnStartup, idempotent).</summary>
    public static async Task InitializeContentAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
        if (!options.ImportOnStartup)
        {
            return;
        }

        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ContentSetup));
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var importer = provider.GetRequiredService<ContentImporter>();
        var report = await importer.ImportAllAsync(
            options.ResolveSourceDirectory(), new ProcessContext(ContentImporter.ImportActor, now, "Import av content/ vid start"), cancellationToken);
        logger.LogInformation("Content import: {Report}", report.ToString());
        if (report.ChangedAnything)
        {
            provider.GetRequiredService<PublishedContent>().Invalidate();
        }
    }
}
