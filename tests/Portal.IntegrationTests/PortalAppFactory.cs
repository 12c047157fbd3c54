using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using Portal.IntegrationTests.Data;
using Portal.TestSupport;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests;

/// <summary>
/// The real app over a real, fresh database (SQLite, or PostgreSQL in the PostgreSQL run of the suite), with the repository's content/ imported on start.
/// Runs as Production so the friendly error pages are the ones users get.
/// </summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    /// <summary>An app over a fresh database that has the schema of every migration already (see <see cref="TestDatabase.CreateMigrated"/>).</summary>
    public PortalAppFactory()
        : this(null)
    {
    }

    /// <summary>An app over another app's database, to act as a second instance of the same installation.</summary>
    internal PortalAppFactory(PortalAppFactory? sharedWith)
        : this(sharedWith?.Database ?? TestDatabase.CreateMigrated(), ownsDatabase: sharedWith is null)
    {
    }

    private PortalAppFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>An app over an empty database (no tables yet), for a test that fills it before the app starts and migrates it.</summary>
    internal static PortalAppFactory OverEmptyDatabase() => new(TestDatabase.Create(), ownsDatabase: true);

    /// <summary>The database of this test run's provider (SQLite, or PostgreSQL when PORTAL_TEST_DATABASE=postgres).</summary>
    public TestDatabase Database { get; }

    /// <summary>The app's clock; tests move it to check cut-offs, locks and retention.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public LogCapture Logs { get; } = new();

    /// <summary>Production unless a test needs what only Development has (the demo data).</summary>
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>The address invitation links and calendar files name (PublicAddress:BaseUrl, required in Production).</summary>
    public const string PublicBaseUrl = "https://omstallning.test";

    /// <summary>The file with the key that wraps the Data Protection key ring (outside the database); null starts without one.</summary>
    public string? KeyFile { get; init; } = TestKeyRing.KeyFile;

    /// <summary>EF Core interceptors a test adds before the app starts (for example to hold two requests at the same point).</summary>
    public List<IInterceptor> Interceptors { get; } = [];

    /// <summary>Settings a test sets before the app starts; they win over the factory's own.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>Services a test adds or replaces before the app starts (for example an OpenIddict server event handler).</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>When set, OpenTelemetry is on (Observability:Enabled) and every finished span lands here.</summary>
    public List<System.Diagnostics.Activity>? Spans { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in Database.AppSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Content:SourceDirectory", TestPaths.Content);
        builder.UseSetting(TestKeyRing.Setting, KeyFile);
        builder.UseSetting("PublicAddress:BaseUrl", PublicBaseUrl);
        // The suites share one app per collection and post far more than a person would; HardeningTests sets low limits.
        foreach (var limit in new[] { "IdentifyPerMinute", "SignInPerMinute", "SgiApiPerMinute", "CaseApiPerMinute", "FeedbackPerMinute" })
        {
            builder.UseSetting($"RateLimits:{limit}", "1000000");
        }

        // The journeys type the personnummer, which Production allows only when an installation says so on purpose.
        builder.UseSetting("CitizenIdentification:AllowTypedPersonnummer", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Spans is not null)
        {
            builder.UseSetting("Observability:Enabled", "true");
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        // Test only: lets a request sign in as a staff role with a header or cookie (see TestStaffAuth).
        builder.ConfigureTestServices(services =>
        {
            services.AddTestStaffAuth();
            services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(Interceptors));
            services.ConfigureDbContext<PostgresPortalDbContext>(options => options.AddInterceptors(Interceptors));
            foreach (var configure in TestServices)
            {
                configure(services);
            }
        });
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalAppGroup : ICollectionFixture<PortalAppFactory>
{
    public const string Name = "Portal app";
}
