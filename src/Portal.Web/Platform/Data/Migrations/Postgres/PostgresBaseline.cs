using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Data.Migrations;

namespace Portal.Web.Platform.Data.Migrations.Postgres;

/// <summary>
/// The PostgreSQL schema as one script (<c>PostgresBaseline.sql</c>, the model's create script for Npgsql). Until the
/// first production installation on PostgreSQL, the script is regenerated whenever the model changes
/// (<c>PostgresBaselineTests</c> fails and writes the new script); after that it is frozen and changes come as new
/// migrations in this folder.
/// </summary>
[DbContext(typeof(PostgresPortalDbContext))]
[Migration("20261202120000_PostgresBaseline")]
public sealed partial class PostgresBaseline : Migration
{
    public const string ResourceName = "Portal.Web.Platform.Data.Migrations.Postgres.PostgresBaseline.sql";

    public static string ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ReadScript());

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Drop every table the script created, newest first; CASCADE takes their indexes and foreign keys along.
        foreach (var table in CreatedTable().Matches(ReadScript()).Select(match => match.Groups[1].Value).Reverse())
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{table}\" CASCADE;");
        }
    }

    [GeneratedRegex("""CREATE TABLE "([^"]+)" \(""")]
    private static partial Regex CreatedTable();
}
