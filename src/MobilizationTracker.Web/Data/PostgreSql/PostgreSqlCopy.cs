using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging.Abstractions;
using MobilizationTracker.Web.Stories;
using Npgsql;

namespace MobilizationTracker.Web.Data.PostgreSql;

/// <summary>
/// Copies a SQLite tracker into an empty PostgreSQL database (the <c>copy</c> verb): every table of the
/// model (articles, claims, sources, aliases, regions, denials, history, accounts and roles) with its
/// ids, in foreign-key order, in one PostgreSQL transaction, then checks that each table has as many
/// rows on both sides. What the database derives is not copied but rebuilt by the target's triggers
/// and generated columns (search vectors, the claims read model) and by <see cref="StoryMaintenance"/>
/// (stories). Data-protection keys are not copied: signed-in editors sign in again.
/// </summary>
internal static class PostgreSqlCopy
{
    /// <summary>Rows per INSERT batch.</summary>
    public const int BatchSize = 500;

    /// <summary>Tables the target computes itself (TimelineSearch is SQLite's search index: PostgreSQL keeps its own vectors).</summary>
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal) { "Stories", "StoryMembers", "StoryDirtyClaims", "TimelineSearch" };

    public sealed record TableCount(string Table, long Source, long Target);

    /// <summary>The copied tables and their counts; throws when the target already holds data.</summary>
    public static async Task<IReadOnlyList<TableCount>> CopyAsync(TrackerDbContext source, string targetConnectionString, TextWriter progress, CancellationToken ct)
    {
        await using (var target = new PostgreSqlTrackerDbContext(
            new DbContextOptionsBuilder<PostgreSqlTrackerDbContext>().UseNpgsql(targetConnectionString).Options))
        {
            await PostgreSqlDatabase.MigrateAsync(target, NullLogger.Instance, TrackerDatabase.MigrationWait, ct);
        }

        var tables = TablesInOrder(source.Model);
        var sqlite = (SqliteConnection)source.Database.GetDbConnection();
        await source.Database.OpenConnectionAsync(ct);
        await using var postgres = new NpgsqlConnection(targetConnectionString);
        await postgres.OpenAsync(ct);
        await using var transaction = await postgres.BeginTransactionAsync(ct);
        foreach (var table in tables)
        {
            if (await CountAsync(postgres, transaction, table.Name, ct) > 0)
            {
                throw new InvalidOperationException($"The target database is not empty: {table.Name} has rows. Copy into a new, empty database.");
            }
        }

        var counts = new List<TableCount>();
        foreach (var table in tables)
        {
            var copied = await CopyTableAsync(sqlite, postgres, transaction, table, ct);
            await progress.WriteLineAsync($"{table.Name}: {copied} rows");
        }

        foreach (var table in tables.Where(t => t.Identity is not null))
        {
            await ExecuteAsync(postgres, transaction,
                $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', '{table.Identity}'), coalesce(max(\"{table.Identity}\"), 0) + 1, false) FROM \"{table.Name}\"", ct);
        }

        await StoryMaintenance.ProcessAsync(postgres, transaction, ct);
        foreach (var table in tables)
        {
            counts.Add(new TableCount(table.Name, await CountAsync(sqlite, null, table.Name, ct), await CountAsync(postgres, transaction, table.Name, ct)));
        }

        if (counts.Any(c => c.Source != c.Target))
        {
            await transaction.RollbackAsync(ct);
            return counts;
        }

        await transaction.CommitAsync(ct);
        return counts;
    }

    private sealed record Column(string Name, Type ProviderType);

    private sealed record Table(string Name, IReadOnlyList<Column> Columns, string? Identity);

    /// <summary>The model's tables, each after the tables its foreign keys point to.</summary>
    private static List<Table> TablesInOrder(IModel model)
    {
        var byTable = model.GetEntityTypes()
            .Where(e => e.GetTableName() is { } name && !Derived.Contains(name) && e.GetViewName() is null)
            .GroupBy(e => e.GetTableName()!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ordered = new List<Table>();
        var done = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string name)
        {
            if (!done.Add(name))
            {
                return;
            }

            var entity = byTable[name];
            foreach (var principal in entity.GetForeignKeys().Select(fk => fk.PrincipalEntityType.GetTableName()).OfType<string>())
            {
                if (byTable.ContainsKey(principal) && principal != name)
                {
                    Visit(principal);
                }
            }

            var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
            var columns = entity.GetProperties()
                .Where(p => p.GetBeforeSaveBehavior() != PropertySaveBehavior.Ignore || p.ValueGenerated != ValueGenerated.OnAddOrUpdate)
                .Select(p => new Column(p.GetColumnName(store)!, p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType))
                .ToList();
            var key = entity.FindPrimaryKey();
            var identity = key is { Properties: [{ ValueGenerated: ValueGenerated.OnAdd, ClrType: var type } single] } && type == typeof(int)
                ? single.GetColumnName(store)
                : null;
            ordered.Add(new Table(name, columns, identity));
        }

        foreach (var name in byTable.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name);
        }

        return ordered;
    }

    private static async Task<long> CopyTableAsync(SqliteConnection sqlite, NpgsqlConnection postgres, NpgsqlTransaction transaction, Table table, CancellationToken ct)
    {
        var names = string.Join(", ", table.Columns.Select(c => "\"" + c.Name + "\""));
        await using var read = sqlite.CreateCommand();
        read.CommandText = $"SELECT {names} FROM \"{table.Name}\"";
        await using var reader = await read.ExecuteReaderAsync(ct);
        var insert = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$" + (i + 1)))})";
        var batch = new NpgsqlBatch(postgres, transaction);
        long rows = 0;
        while (await reader.ReadAsync(ct))
        {
            var command = new NpgsqlBatchCommand(insert);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = Read(reader, i, table.Columns[i].ProviderType) });
            }

            batch.BatchCommands.Add(command);
            rows++;
            if (batch.BatchCommands.Count == BatchSize)
            {
                await batch.ExecuteNonQueryAsync(ct);
                await batch.DisposeAsync();
                batch = new NpgsqlBatch(postgres, transaction);
            }
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }

        await batch.DisposeAsync();
        return rows;
    }

    /// <summary>A SQLite value as the type PostgreSQL's column takes (SQLite stores dates as text, booleans as integers).</summary>
    private static object Read(SqliteDataReader reader, int ordinal, Type type)
    {
        if (reader.IsDBNull(ordinal))
        {
            return DBNull.Value;
        }

        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(int) => reader.GetInt32(ordinal),
            _ when t == typeof(long) => reader.GetInt64(ordinal),
            _ when t == typeof(bool) => reader.GetBoolean(ordinal),
            _ when t == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
            _ when t == typeof(DateTime) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc),
            _ when t == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime(),
            _ when t == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
            _ => reader.GetString(ordinal),
        };
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }
}
