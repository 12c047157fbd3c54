using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.TestSupport;

namespace Portal.IntegrationTests;

/// <summary>
/// The real app over a real SQLite file in a fresh temporary folder, with the repository's content/ imported on start.
/// Runs as Production so the friendly error pages are the ones users get.
/// </summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly bool _ownsDataDirectory;

    public PortalAppFactory()
        : this(null)
    {
    }

    /// <summary>An app over an existing data folder, to act as a second instance of the same installation.</summary>
    internal PortalAppFactory(string? sharedDataDirectory)
    {
        _ownsDataDirectory = sharedDataDirectory is null;
        _dataDirectory = sharedDataDirectory ?? TestPaths.NewTempDirectory("data");
    }

    public string DataDirectory => _dataDirectory;

    /// <summary>The app's clock; tests move it to check cut-offs, locks and retention.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Content:SourceDirectory", TestPaths.Content);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        // Test only: lets a request sign in as a staff role with a header or cookie (see TestStaffAuth).
        builder.ConfigureTestServices(services => services.AddTestStaffAuth());
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
        if (disposing && _ownsDataDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is cleaned with the temp folder.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalAppGroup : ICollectionFixture<PortalAppFactory>
{
    public const string Name = "Portal app";
}
