using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Data;

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
        using var migrated = TestDatabase.Create();
        using var fromModel = TestDatabase.Create();
        await using var migratedDb = await migrated.CreateMigratedContextAsync();
        await using var modelDb = fromModel.CreateContext();
        await modelDb.Database.EnsureCreatedAsync();

        // Act
        var expected = await DescribeSchemaAsync(modelDb, migrated.Provider);
        var actual = await DescribeSchemaAsync(migratedDb, migrated.Provider);

        // Assert
        Assert.Equal(expected, actual);
        Assert.Contains(actual, line => line.StartsWith("index IX_ContentVersions_Published unique=", StringComparison.Ordinal) && line.Contains("IsPublished", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        // Arrange
        using var database = TestDatabase.Create();
        await using var db = await database.CreateMigratedContextAsync();

        // Act
        await db.Database.MigrateAsync();

        // Assert
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<List<string>> DescribeSchemaAsync(DbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        return provider == DatabaseProvider.Postgres ? await DescribePostgresAsync(connection) : await DescribeSqliteAsync(connection);
    }

    private static async Task<List<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, is_nullable, COALESCE(character_maximum_length::text, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[4]}) nullable={c[3]}");
        }

        foreach (var k in await QueryAsync(connection, """
            SELECT tc.table_name, tc.constraint_type, tc.constraint_name, string_agg(kcu.column_name, ',' ORDER BY kcu.ordinal_position),
                   COALESCE(rc.delete_rule, '')
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            LEFT JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
            WHERE tc.table_schema = 'public' AND tc.table_name <> '__EFMigrationsHistory'
            GROUP BY tc.table_name, tc.constraint_type, tc.constraint_name, rc.delete_rule
            """))
        {
            lines.Add($"{k[1]} {k[0]}.{k[2]}({k[3]}) {k[4]}");
        }

        foreach (var i in await QueryAsync(connection, "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'"))
        {
            var unique = i[1].StartsWith("CREATE UNIQUE", StringComparison.Ordinal) ? 1 : 0;
            var name = i[1].Split(' ')[unique == 1 ? 3 : 2].Trim('"');
            lines.Add($"index {name} unique={unique} {i[1]}");
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
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
