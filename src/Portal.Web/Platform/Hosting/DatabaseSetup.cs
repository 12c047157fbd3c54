using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Hosting;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite is the embedded default: the database file lives in a data folder (Storage:DataDirectory, default
    /// "data" under the content root) that is created on first run. ConnectionStrings:Portal overrides it.
    /// Database:Provider "Postgres" selects PostgreSQL, with its own migration set (<see cref="PostgresPortalDbContext"/>);
    /// ConnectionStrings:Portal is then required. Either way the app asks for <see cref="PortalDbContext"/>. Each provider
    /// runs with its EF Core compiled model (Platform/Data/CompiledModels, made by tools/compiled-model.sh), so the model
    /// is not built from OnModelCreating at start.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviders.Parse(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Portal");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres, but ConnectionStrings:Portal is not set.");
            }

            services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(options =>
            {
                PostgresPortalDbContext.Configure(options, connectionString);
                options.UseModel(Data.CompiledModels.Postgres.PostgresPortalDbContextModel.Instance);
                SkipModelCheckAtStart(options);
            });
            return services;
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataDirectory = configuration["Storage:DataDirectory"];
            dataDirectory = string.IsNullOrWhiteSpace(dataDirectory)
                ? Path.Combine(environment.ContentRootPath, "data")
                : Path.GetFullPath(dataDirectory, environment.ContentRootPath);
            var databaseFile = Path.Combine(dataDirectory, "portal.db");
            CreateOwnerOnly(dataDirectory, databaseFile);
            connectionString = $"Data Source={databaseFile}";
        }

        services.AddDbContext<PortalDbContext>(options => SkipModelCheckAtStart(options.UseSqlite(connectionString).UseModel(Data.CompiledModels.Sqlite.PortalDbContextModel.Instance)));
        return services;
    }

    /// <summary>
    /// Migrating at start does not compare the model with the migrations' snapshot: that check builds the whole
    /// design-time model (about a fifth of a restart) to log a warning for a mistake that cannot reach a release,
    /// since MigrationTests fails the build on it for both providers and tools/compiled-model.sh --check on a stale
    /// compiled model.
    /// </summary>
    private static DbContextOptionsBuilder SkipModelCheckAtStart(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>
    /// The data folder (0700) and the SQLite file (0600) are readable by the app's user only; SQLite gives its journal
    /// and WAL files the mode of the database file. Folders and files made earlier with wider modes are narrowed.
    /// </summary>
    internal static void CreateOwnerOnly(string dataDirectory, string databaseFile)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dataDirectory);
            return;
        }

        const UnixFileMode folderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        const UnixFileMode fileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Directory.CreateDirectory(dataDirectory, folderMode);
        File.SetUnixFileMode(dataDirectory, folderMode);
        if (!File.Exists(databaseFile))
        {
            try
            {
                using var created = new FileStream(databaseFile, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = fileMode });
            }
            catch (IOException) when (File.Exists(databaseFile))
            {
                // Another process created it first.
            }
        }

        File.SetUnixFileMode(databaseFile, fileMode);
    }

    /// <summary>Applies migrations, sets SQLite's journal mode, and loads the key ring before the first request.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<PortalDbContext>();
        await db.MigratePortalAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging: readers no longer block the writer nor it them. With the rollback journal, 40 people
            // saving at once while identifications count their tries in the database got "database is locked" (SQLite
            // error 5, raised where the driver does not retry), and their answers were refused as a conflict (load
            // smoke). The mode is kept in the file; the -wal and -shm files get the database file's owner-only mode.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Load the Data Protection key ring (from the database) before the first request. Loaded lazily instead, it is
        // first needed by requests that already hold a database connection inside a transaction (identification,
        // saving answers); under load those can take every pooled connection and then wait for the key ring, which
        // waits for a connection: the load suite's restart under 200 people found exactly that. Later refreshes of the
        // ring do not block: the framework keeps serving the cached ring while one thread reloads it.
        Privacy.KeyRingProtection.EnsureProtectedDefaultKey(provider);
        provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Portal.Startup").Protect([1]);
        provider.GetRequiredService<Privacy.PersonalDataProtector>().LoadHashKey();
        await Privacy.ProtectedTokenUserStore.ProtectStoredTokensAsync(db, provider.GetRequiredService<IDataProtectionProvider>(), cancellationToken);
    }
}
