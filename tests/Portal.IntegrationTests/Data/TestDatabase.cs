using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.TestSupport;
using Portal.Web.Platform.Data;

namespace Portal.IntegrationTests.Data;

/// <summary>
/// A throw-away database of the provider the test run is for: SQLite (a file in a temporary folder) by default, or a
/// fresh PostgreSQL database when PORTAL_TEST_DATABASE=postgres, on the server named by PORTAL_TEST_POSTGRES (an
/// admin connection string; tests/run.sh starts that server and runs the integration suite once per provider).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    /// <summary>The provider of this test run.</summary>
    public static DatabaseProvider RunProvider { get; } = DatabaseProviders.Parse(Environment.GetEnvironmentVariable("PORTAL_TEST_DATABASE"));

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>For SQLite, the folder holding the database file; the app's Storage:DataDirectory.</summary>
    public string? DataDirectory => _folder;

    public static TestDatabase Create() => RunProvider == DatabaseProvider.Postgres ? CreatePostgres() : CreateSqlite();

    /// <summary>
    /// A throw-away database that already has the schema of every migration, for an app to start on: a copy of one
    /// database migrated once per test run (PostgreSQL: CREATE DATABASE ... TEMPLATE; SQLite: a copy of the file), so
    /// the app's start finds nothing to apply. Migrating took one to four seconds of each of the suite's app starts,
    /// the copy a fraction of one. Tests of the migrations themselves, and of starting on an empty or an older
    /// database, use <see cref="Create"/>.
    /// </summary>
    public static TestDatabase CreateMigrated()
    {
        var template = MigratedTemplate.Value;
        if (template.Provider == DatabaseProvider.Postgres)
        {
            lock (MigratedTemplate)
            {
                return CreatePostgres(template._postgresName);
            }
        }

        var copy = CreateSqlite();
        File.Copy(Path.Combine(template._folder!, "portal.db"), Path.Combine(copy._folder!, "portal.db"));
        return copy;
    }

    private static readonly Lazy<TestDatabase> MigratedTemplate = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An empty database brought to the latest migration as the app does it; dropped when the test run ends.</summary>
    private static TestDatabase CreateTemplate()
    {
        var template = Create();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        using (var db = template.CreateContext())
        {
            db.MigratePortalAsync().GetAwaiter().GetResult();
        }

        // No connection may stay open on a database that is copied.
        if (template.Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(template.ConnectionString));
        }
        else
        {
            SqliteConnection.ClearPool(new SqliteConnection(template.ConnectionString));
        }

        return template;
    }

    public static TestDatabase CreateSqlite()
    {
        var folder = TestPaths.NewTempDirectory("db");
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "portal.db")}", folder, null);
    }

    public static TestDatabase CreatePostgres() => CreatePostgres(template: null);

    private static TestDatabase CreatePostgres(string? template)
    {
        var admin = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PORTAL_TEST_DATABASE=postgres needs PORTAL_TEST_POSTGRES, an admin connection string.");
        var name = $"portal_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, name);
    }

    /// <summary>The settings that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings => Provider == DatabaseProvider.Postgres
        ? new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Portal"] = ConnectionString }
        : new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Storage:DataDirectory"] = _folder };

    public PortalDbContext CreateContext()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresPortalDbContext>();
            PostgresPortalDbContext.Configure(options, ConnectionString);
            return new PostgresPortalDbContext(options.Options);
        }

        return new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(ConnectionString).Options);
    }

    public async Task<PortalDbContext> CreateMigratedContextAsync()
    {
        var db = CreateContext();
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>A raw connection, to look at what is really stored. SQL must quote identifiers ("Meetings").</summary>
    public DbConnection CreateConnection() => Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES"));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is cleaned with the temp folder.
            }
        }
    }
}
