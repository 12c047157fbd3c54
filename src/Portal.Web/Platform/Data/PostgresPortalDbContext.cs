using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Platform.Data;

/// <summary>
/// The production provider: the same model as <see cref="PortalDbContext"/>, with the PostgreSQL migration set in
/// <c>Data/Migrations/Postgres</c> (EF selects migrations by the exact context type).
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    /// <summary>
    /// No retrying execution strategy: the editor and the questionnaire use their own transactions, which it does not
    /// allow. A request that meets a lost connection fails with the friendly error page, and the pool reconnects.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) => options.UseNpgsql(connectionString);
}
