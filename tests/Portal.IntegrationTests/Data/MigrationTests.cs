using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Portal.IntegrationTests.Data;

/// <summary>
/// Our migrations are written by hand (the EF design package is not in our NuGet source), so this test is what keeps
/// them honest: a database built by the migrations must have exactly the schema EF derives from the model.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_ProducesTheSameSchemaAsTheModel()
    {
        // Arrange
        using var migrated = new SqliteTestDatabase("migrated.db");
        using var fromModel = new SqliteTestDatabase("model.db");
        await using var migratedDb = await migrated.CreateMigratedContextAsync();
        await using var modelDb = fromModel.CreateContext();
        await modelDb.Database.EnsureCreatedAsync();

        // Act
        var expected = await DescribeSchemaAsync(modelDb);
        var actual = await DescribeSchemaAsync(migratedDb);

        // Assert
        Assert.Equal(expected, actual);
        Assert.Contains(actual, line => line.StartsWith("index IX_ContentVersions_Published unique=1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        // Arrange
        using var database = new SqliteTestDatabase();
        await using var db = await database.CreateMigratedContextAsync();

        // Act
        await db.Database.MigrateAsync();

        // Assert
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<List<string>> DescribeSchemaAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables.Select(t => t[0]))
        {
            foreach (var column in await QueryAsync(connection, $"PRAGMA table_info('{table}')"))
            {
                // cid, name, type, notnull, dflt_value, pk
                lines.Add($"column {table}.{column[1]} {column[2]} notnull={column[3]} pk={column[5]}");
            }

            foreach (var fk in await QueryAsync(connection, $"PRAGMA foreign_key_list('{table}')"))
            {
                lines.Add($"fk {table}.{fk[3]} -> {fk[2]}.{fk[4]} on delete {fk[6]}");
            }

            foreach (var index in await QueryAsync(connection, $"PRAGMA index_list('{table}')"))
            {
                var name = index[1];
                if (name.StartsWith("sqlite_autoindex", StringComparison.Ordinal))
                {
                    continue;
                }

                var columns = (await QueryAsync(connection, $"PRAGMA index_info('{name}')")).Select(c => c[2]);
                var sql = (await QueryAsync(connection, $"SELECT sql FROM sqlite_master WHERE type='index' AND name='{name}'")).Single()[0];
                var where = sql.Contains(" WHERE ", StringComparison.Ordinal) ? sql[sql.IndexOf(" WHERE ", StringComparison.Ordinal)..] : "";
                lines.Add($"index {name} unique={index[2]} on {table}({string.Join(',', columns)}){where}");
            }
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }
}
