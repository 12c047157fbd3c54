using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Data;

/// <summary>
/// The production provider: the same model as <see cref="PortalDbContext"/>, with the PostgreSQL migration set in
/// <c>Data/Migrations/Postgres</c> (EF selects migrations by the exact context type).
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3));
}
