using Microsoft.EntityFrameworkCore;
using Portal.TestSupport;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Data.Migrations.Postgres;

namespace Portal.IntegrationTests.Data;

/// <summary>
/// The PostgreSQL migration set is one baseline script, the model's create script for Npgsql, until PostgreSQL first
/// runs in production. This test needs no server: it fails when the model changed and the script did not, and writes
/// the script that should be committed.
/// </summary>
public sealed class PostgresBaselineTests
{
    [Fact]
    public void Baseline_IsTheCreateScriptOfTheCurrentModel()
    {
        // Arrange
        var options = new DbContextOptionsBuilder<PostgresPortalDbContext>();
        PostgresPortalDbContext.Configure(options, "Host=localhost;Database=unused");
        using var db = new PostgresPortalDbContext(options.Options);

        // Act
        var expected = Normalize(db.Database.GenerateCreateScript());
        var committed = Normalize(PostgresBaseline.ReadScript());

        // Assert
        if (expected != committed)
        {
            var path = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "PostgresBaseline.sql");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            Assert.Fail($"The model changed but the PostgreSQL baseline did not. Review {path} and copy it to src/Portal.Web/Platform/Data/Migrations/Postgres/PostgresBaseline.sql.");
        }
    }

    private static string Normalize(string script) => script.ReplaceLineEndings("\n").Trim() + "\n";
}
