using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace MobilizationTracker.Web.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public void The_model_snapshot_matches_the_model()
    {
        using var db = _database.CreateContext();

        var pending = db.Database.HasPendingModelChanges();

        pending.Should().BeFalse(because: "the hand-written snapshot must match the model; differences: " + Differences(db));
    }

    [Fact]
    public async Task Migrating_an_empty_database_file_applies_the_initial_migration()
    {
        await using var db = _database.CreateContext();

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).Should().Contain("20261122000000_Initial");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        File.Exists(_database.FilePath).Should().BeTrue();
        (await _database.ScalarAsync("PRAGMA integrity_check")).Should().Be("ok");
    }

    [Fact]
    public async Task A_migrated_database_uses_the_wal_journal_foreign_keys_a_busy_timeout_and_a_16_mb_page_cache()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        var journal = await ScalarAsync(connection, "PRAGMA journal_mode");
        var foreignKeys = await ScalarAsync(connection, "PRAGMA foreign_keys");
        var busyTimeout = await ScalarAsync(connection, "PRAGMA busy_timeout");
        var cacheSize = await ScalarAsync(connection, "PRAGMA cache_size");

        journal.Should().Be("wal");
        foreignKeys.Should().Be("1");
        busyTimeout.Should().Be("5000");
        cacheSize.Should().Be("-16384", because: "a negative cache_size is in KiB; SQLite's own default is 2 MB");
    }

    [Fact]
    public async Task The_timeline_filters_have_indexes()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();

        var indexes = await _database.ScalarAsync(
            "SELECT group_concat(name, ',') FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Claims'");

        indexes.Split(',').Should().Contain(
            ["IX_Claims_ClaimDate_Id_MaxValue_MinValue", "IX_Claims_Outlet_ClaimDate_Id", "IX_Claims_SourceId_ClaimDate_Id", "IX_Claims_Kind_ClaimDate_Id", "IX_Claims_Denied_ClaimDate_Id", "IX_Claims_Figure"]);
    }

    [Fact]
    public async Task The_migrated_schema_has_every_table_and_index_exactly_as_the_model_would_create_it()
    {
        using var other = new TempDatabase();
        await using (var db = _database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = other.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        }

        var migrated = await SchemaAsync(_database);
        var modelled = await SchemaAsync(other);

        // Later raw-SQL migrations (full-text search) add objects the model does not know: compare the model's.
        modelled.Should().HaveCountGreaterThan(20);
        migrated.Where(m => modelled.ContainsKey(m.Key)).Should().BeEquivalentTo(modelled);
    }

    public void Dispose() => _database.Dispose();

    private static async Task<Dictionary<string, string>> SchemaAsync(TempDatabase database)
    {
        var rows = await database.ScalarAsync(
            "SELECT group_concat(name || char(1) || sql, char(2)) FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '__EFMigrations%' AND name NOT LIKE 'sqlite_%'");
        return rows.Split('\u0002').Select(r => r.Split('\u0001')).ToDictionary(
            // Whitespace aside, also around commas and brackets: SQLite's ADD COLUMN appends ", col"
            // after whatever followed the last column (a line break before ")" gives "NULL , col").
            r => r[0], r => System.Text.RegularExpressions.Regex.Replace(
                string.Join(' ', r[1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), @" ?([(),]) ?", "$1"));
    }

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static string Differences(DbContext db)
    {
        var snapshot = new MobilizationTracker.Web.Data.Migrations.TrackerDbContextModelSnapshot().Model;
        var initializer = db.GetService<IModelRuntimeInitializer>();
        IModel model = snapshot is IMutableModel mutable ? mutable.FinalizeModel() : snapshot;
        var finalSnapshot = initializer.Initialize(model, designTime: true);
        var designModel = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(finalSnapshot.GetRelationalModel(), designModel.GetRelationalModel());
        return string.Join("; ", operations.Select(Describe));
    }

    private static string Describe(MigrationOperation op) => op switch
    {
        AlterColumnOperation a => $"alter {a.Table}.{a.Name}: {a.OldColumn.ClrType?.Name}/{a.OldColumn.MaxLength}/{a.OldColumn.Collation}/{a.OldColumn.IsNullable} -> {a.ClrType.Name}/{a.MaxLength}/{a.Collation}/{a.IsNullable}",
        AddColumnOperation a => $"add {a.Table}.{a.Name}",
        DropColumnOperation d => $"drop {d.Table}.{d.Name}",
        CreateIndexOperation c => $"create index {c.Name}",
        DropIndexOperation d => $"drop index {d.Name}",
        _ => op.GetType().Name + " " + op,
    };
}
