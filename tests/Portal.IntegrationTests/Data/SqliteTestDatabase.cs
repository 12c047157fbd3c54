using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.TestSupport;
using Portal.Web.Data;

namespace Portal.IntegrationTests.Data;

/// <summary>A throw-away SQLite database file for tests that work below the HTTP layer.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _folder = TestPaths.NewTempDirectory("db");

    public SqliteTestDatabase(string name = "portal.db")
    {
        ConnectionString = $"Data Source={Path.Combine(_folder, name)}";
    }

    public string ConnectionString { get; }

    public PortalDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(ConnectionString).Options);

    public async Task<PortalDbContext> CreateMigratedContextAsync()
    {
        var db = CreateContext();
        await db.Database.MigrateAsync();
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
