using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.TestSupport;

namespace Portal.EndToEndTests;

/// <summary>The real app on Kestrel at 127.0.0.1 (a free port), with SQLite in a temporary folder.</summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = TestPaths.NewTempDirectory("e2e-data");

    private readonly string _environment;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public PortalHost()
        : this(0, "BrowserTest", new Dictionary<string, string?>())
    {
    }

    /// <summary>A host on a chosen port (0: any), in an environment, with further settings (they win).</summary>
    public PortalHost(int port, string environment, IReadOnlyDictionary<string, string?> settings)
    {
        _environment = environment;
        _settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    /// <summary>The SMTP server the reminders go to (so the invitation offers them).</summary>
    public SmtpSink Mail { get; } = new();

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development (so the friendly error pages and production pipeline are the ones tested), and not
        // Production, which refuses the demo accounts the journeys sign in with.
        builder.UseEnvironment(_environment);
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Content:SourceDirectory", TestPaths.Content);
        builder.UseSetting(TestKeyRing.Setting, TestKeyRing.KeyFile);
        builder.UseSetting("Demo:Enabled", "true");
        foreach (var (key, value) in Mail.Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var limit in new[] { "IdentifyPerMinute", "SignInPerMinute", "SgiApiPerMinute", "CaseApiPerMinute" })
        {
            builder.UseSetting($"RateLimits:{limit}", "1000000");
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Test only: lets a request sign in as a staff role with a header or cookie (see TestStaffAuth).
        builder.ConfigureTestServices(services => services.AddTestStaffAuth());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Mail.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp folder cleaner.
            }
        }
    }
}

/// <summary>
/// One app host and one Chromium for the browser tests of a collection. Chromium is Debian's /usr/bin/chromium (installed by .ci/run);
/// Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFixture()
        : this(new PortalHost())
    {
    }

    internal BrowserFixture(PortalHost host) => Host = host;

    public PortalHost Host { get; }

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public string Url(string path) => Host.BaseUrl.TrimEnd('/') + path;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing. Install Debian's chromium (apt-get install chromium); .ci/run does this.");
        }

        Host.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A page in a context of its own; relative addresses go to <paramref name="host"/> (the shared host when null).</summary>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true, PortalHost? host = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "sv-SE",
            BaseURL = (host ?? Host).BaseUrl,
        });
        // A step that cannot happen fails within seconds instead of holding the whole run.
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    private IPage? _guestPage;

    /// <summary>
    /// One page, kept open, for tests that only visit public pages without signing in or sending anything (the axe scans
    /// of the guidance pages): the cookies are cleared on each call, and the pages keep nothing in the browser's storage.
    /// A context and a page per such test cost more than the scan itself. Not for journeys: they take
    /// <see cref="NewPageAsync"/>.
    /// </summary>
    public async Task<IPage> GuestPageAsync()
    {
        if (_guestPage is null || _guestPage.IsClosed)
        {
            _guestPage = await NewPageAsync();
        }

        await _guestPage.Context.ClearCookiesAsync();
        return _guestPage;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary>
/// The staff and editor journeys: one app host and one Chromium (a <see cref="BrowserFixture"/> of their own). The
/// tests of a collection run one after another; the two collections (and SignInJourneyTests) run side by side, each
/// against its own app and database, which roughly halves the browser run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>The citizen-facing journeys and pages: another app host and Chromium, run beside <see cref="BrowserGroup"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PublicBrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser, public pages";
}
