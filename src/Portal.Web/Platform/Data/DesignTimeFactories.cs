using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Web.Platform.Data;

/// <summary>
/// How <c>dotnet ef</c> makes the SQLite context when it adds a migration or optimizes the model (tools/add-migration.sh).
/// The tools only read the model, so the connection string names a file that is never opened.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>The same for the PostgreSQL context; nothing connects to the server named here.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresPortalDbContext>();
        PostgresPortalDbContext.Configure(options, "Host=localhost;Database=portal_design_time");
        return new PostgresPortalDbContext(options.Options);
    }
}
