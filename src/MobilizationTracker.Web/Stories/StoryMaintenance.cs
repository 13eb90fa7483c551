using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using Npgsql;

namespace MobilizationTracker.Web.Stories;

/// <summary>
/// Brings the stored stories up to date with the claims, inside the transaction that changed them.
/// Triggers (migration AddStories) list every inserted, edited or deleted claim, and every claim of
/// an article or source whose outlet, date or name changed, in StoryDirtyClaims. At commit this
/// reads that list, moves each listed claim to its new figure key and recomputes the stories of the
/// old and new keys only (<see cref="StoryFinder.Group"/>), then empties the list. Writers are
/// serialised by SQLite's write lock (transactions begin IMMEDIATE), so with several writers, in
/// one process or many, each recompute sees every committed change before it. On PostgreSQL (same
/// SQL, quoted names) a transaction-scoped advisory lock does that: the recompute of one commit
/// waits until the one before has committed, and then reads it (read committed).
/// </summary>
public static class StoryMaintenance
{
    /// <summary>
    /// How many story keys one members query asks for (an IN list): a commit that changed hundreds of
    /// keys (an import batch) reads only their members, never the whole table.
    /// </summary>
    public const int KeysPerQuery = 64;

    /// <summary>The PostgreSQL advisory lock that serialises story recomputes across processes ("mt" + "story").</summary>
    public const long PostgreSqlLockKey = 0x6d74_7374_6f72;

    private const string MembersSql = """
        SELECT sm."Key", c."Id", c."Kind", c."Figure", c."Low", c."High", c."ClaimDate", a."Published", s."Name", a."Outlet", c."Denied",
            sm."StoryId", sm."Position", sm."Denied"
        FROM "StoryMembers" sm
        JOIN "Claims" c ON c."Id" = sm."ClaimId"
        JOIN "Articles" a ON a."Id" = c."ArticleId"
        JOIN "Sources" s ON s."Id" = c."SourceId"
        """;

    /// <summary>
    /// Migration StoryOrder: each story member's place in reporting order and its denial, from the
    /// stories already stored (same SQL on SQLite and PostgreSQL).
    /// </summary>
    public const string BackfillOrderSql = """
        UPDATE "StoryMembers" SET "Position" = o."Position", "Denied" = o."Denied"
        FROM (
            SELECT m."ClaimId", row_number() OVER (PARTITION BY m."StoryId" ORDER BY c."ClaimDate", a."Published", c."Id") - 1 AS "Position", c."Denied"
            FROM "StoryMembers" m
            JOIN "Claims" c ON c."Id" = m."ClaimId"
            JOIN "Articles" a ON a."Id" = c."ArticleId"
            WHERE m."StoryId" IS NOT NULL
        ) o
        WHERE "StoryMembers"."ClaimId" = o."ClaimId"
        """;

    /// <summary>Migration StoryOrder on SQLite: a denial edit lists the claim as changed too (the members store it).</summary>
    public const string SqliteDeniedTrigger = """
        CREATE TRIGGER Claims_stories_denied AFTER UPDATE OF Denied ON Claims BEGIN
            INSERT OR IGNORE INTO StoryDirtyClaims(ClaimId) VALUES (new.Id);
        END;
        """;

    /// <summary>Migration StoryOrder on PostgreSQL: the same, with the function of the other claim triggers.</summary>
    public const string PostgreSqlDeniedTrigger = """
        CREATE TRIGGER claims_stories_denied AFTER UPDATE OF "Denied" ON "Claims"
            FOR EACH ROW EXECUTE FUNCTION claims_stories();
        """;

    /// <summary>Processes whatever claims are listed as changed (none: one cheap query).</summary>
    public static async Task ProcessAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var sql = new Sql(connection, transaction);
        if (await sql.ScalarAsync("SELECT EXISTS (SELECT 1 FROM \"StoryDirtyClaims\")", ct) == 0)
        {
            return;
        }

        if (connection is NpgsqlConnection)
        {
            await sql.ExecuteAsync($"SELECT pg_advisory_xact_lock({PostgreSqlLockKey})", ct);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = sql.Command("SELECT DISTINCT \"Key\" FROM \"StoryMembers\" WHERE \"ClaimId\" IN (SELECT \"ClaimId\" FROM \"StoryDirtyClaims\")"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                keys.Add(reader.GetString(0));
            }
        }

        var members = new List<(int ClaimId, string Key)>();
        await using (var command = sql.Command("SELECT \"Id\", \"Kind\", \"Figure\", \"Low\", \"High\" FROM \"Claims\" WHERE \"Id\" IN (SELECT \"ClaimId\" FROM \"StoryDirtyClaims\")"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var key = StoryFinder.KeyOf(Tokens.ParseKind(reader.GetString(1)), NullableInt(reader, 2), NullableInt(reader, 3), NullableInt(reader, 4));
                if (key is not null)
                {
                    members.Add((reader.GetInt32(0), key));
                    keys.Add(key);
                }
            }
        }

        await sql.ExecuteAsync("DELETE FROM \"StoryMembers\" WHERE \"ClaimId\" IN (SELECT \"ClaimId\" FROM \"StoryDirtyClaims\")", ct);
        await using (var insert = sql.Command("INSERT INTO \"StoryMembers\" (\"ClaimId\", \"Key\", \"StoryId\") VALUES (@claim, @key, NULL)"))
        {
            var claim = Sql.Parameter(insert, "claim", DbType.Int32);
            var key = Sql.Parameter(insert, "key", DbType.String);
            foreach (var member in members)
            {
                (claim.Value, key.Value) = (member.ClaimId, member.Key);
                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        await sql.ExecuteAsync("DELETE FROM \"StoryDirtyClaims\"", ct);
        await RecomputeAsync(sql, keys, ct);
    }

    /// <summary>Processes the listed claims in a transaction of its own: at start-up, for rows written outside the app (and the migration's backfill).</summary>
    public static async Task CatchUpAsync(TrackerDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ProcessAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Recomputes the stories of the keys and writes only what changed: a story found again (same key,
    /// same first claim) keeps its row and id, updated if its counts moved; a member row is updated
    /// only when its story, place or denial did. An import batch changes about a hundred keys, and
    /// rewriting every story and member of them was most of its commit (docs/performance.md).
    /// </summary>
    private static async Task RecomputeAsync(Sql sql, HashSet<string> keys, CancellationToken ct)
    {
        var found = new List<StoryFinder.Found>();
        var deniedIds = new HashSet<int>();
        var storedMembers = new Dictionary<int, Placement>();
        // The changed keys' members only, KeysPerQuery keys a query, in key order (ReadStoriesAsync groups by key).
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            await using var command = KeysCommand(sql, MembersSql + " WHERE sm.\"Key\" IN ({0}) ORDER BY sm.\"Key\"", chunk);
            await using var reader = await command.ExecuteReaderAsync(ct);
            found.AddRange(await ReadStoriesAsync(reader, keys, deniedIds, storedMembers, ct));
        }

        var storedStories = new Dictionary<(string Key, int FirstClaimId), (int Id, Counts Counts)>();
        var unmatched = new List<int>();
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            await using var command = KeysCommand(sql, """
                SELECT "Id", "Key", "FirstClaimId", "Kind", "FirstDate", "LastDate", "Low", "High", "ClaimCount", "OutletCount", "SourceCount"
                FROM "Stories" WHERE "Key" IN ({0})
                """, chunk);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var counts = new Counts(
                    Tokens.ParseKind(reader.GetString(3)), reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5),
                    reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10));
                if (!storedStories.TryAdd((reader.GetString(1), reader.GetInt32(2)), (reader.GetInt32(0), counts)))
                {
                    unmatched.Add(reader.GetInt32(0));
                }
            }
        }

        await using var insert = sql.Command("""
            INSERT INTO "Stories" ("Key", "Kind", "FirstClaimId", "FirstDate", "LastDate", "Low", "High", "ClaimCount", "OutletCount", "SourceCount")
            VALUES (@key, @kind, @first, @firstDate, @lastDate, @low, @high, @count, @outlets, @sources) RETURNING "Id"
            """);
        await using var update = sql.Command("""
            UPDATE "Stories" SET "Kind" = @kind, "FirstDate" = @firstDate, "LastDate" = @lastDate, "Low" = @low, "High" = @high,
                "ClaimCount" = @count, "OutletCount" = @outlets, "SourceCount" = @sources
            WHERE "Id" = @id
            """);
        var wanted = new Dictionary<int, Placement>();
        foreach (var s in found)
        {
            var counts = Counts.Of(s);
            int id;
            if (storedStories.Remove((s.Key, s.First.ClaimId), out var stored))
            {
                id = stored.Id;
                if (stored.Counts != counts)
                {
                    counts.Bind(update);
                    Sql.Parameter(update, "id", DbType.Int32).Value = id;
                    await update.ExecuteNonQueryAsync(ct);
                }
            }
            else
            {
                counts.Bind(insert);
                Sql.Parameter(insert, "key", DbType.String).Value = s.Key;
                Sql.Parameter(insert, "first", DbType.Int32).Value = s.First.ClaimId;
                id = Convert.ToInt32(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }

            for (var i = 0; i < s.Claims.Count; i++)
            {
                wanted[s.Claims[i].ClaimId] = new Placement(id, i, deniedIds.Contains(s.Claims[i].ClaimId));
            }
        }

        await using (var delete = sql.Command("DELETE FROM \"Stories\" WHERE \"Id\" = @id"))
        {
            var id = Sql.Parameter(delete, "id", DbType.Int32);
            foreach (var storyId in unmatched.Concat(storedStories.Values.Select(v => v.Id)))
            {
                id.Value = storyId;
                await delete.ExecuteNonQueryAsync(ct);
            }
        }

        await using var member = sql.Command("UPDATE \"StoryMembers\" SET \"StoryId\" = @story, \"Position\" = @position, \"Denied\" = @denied WHERE \"ClaimId\" = @claim");
        var story = Sql.Parameter(member, "story", DbType.Int32);
        var position = Sql.Parameter(member, "position", DbType.Int32);
        var denied = Sql.Parameter(member, "denied", DbType.Boolean);
        var claim = Sql.Parameter(member, "claim", DbType.Int32);
        foreach (var (claimId, current) in storedMembers)
        {
            var placement = wanted.GetValueOrDefault(claimId);
            if (placement != current)
            {
                (claim.Value, story.Value, position.Value, denied.Value) =
                    (claimId, (object?)placement.StoryId ?? DBNull.Value, (object?)placement.Position ?? DBNull.Value, (object?)placement.Denied ?? DBNull.Value);
                await member.ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <summary>A command whose text has an IN list ({0}) of the keys as parameters.</summary>
    private static DbCommand KeysCommand(Sql sql, string format, string[] keys)
    {
        var command = sql.Command(string.Format(CultureInfo.InvariantCulture, format, string.Join(", ", keys.Select((_, i) => "@k" + i.ToString(CultureInfo.InvariantCulture)))));
        for (var i = 0; i < keys.Length; i++)
        {
            Sql.Parameter(command, "k" + i.ToString(CultureInfo.InvariantCulture), DbType.String).Value = keys[i];
        }

        return command;
    }

    /// <summary>The kept stories of the members read, for the keys asked for (and which of their claims are denied, and where each member is stored now); rows of one key must come together.</summary>
    private static async Task<List<StoryFinder.Found>> ReadStoriesAsync(
        DbDataReader reader, HashSet<string> keys, HashSet<int> deniedIds, Dictionary<int, Placement> stored, CancellationToken ct)
    {
        var stories = new List<StoryFinder.Found>();
        var group = new List<StoryFinder.Input>();
        string? groupKey = null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s) => names.TryGetValue(s, out var n) ? n : names[s] = s;

        void Flush()
        {
            stories.AddRange(StoryFinder.Group(group).Where(s => s.IsStory));
            group.Clear();
        }

        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetString(0);
            if (!keys.Contains(key))
            {
                continue;
            }

            if (!string.Equals(key, groupKey, StringComparison.Ordinal))
            {
                Flush();
                groupKey = key;
            }

            var claimId = reader.GetInt32(1);
            if (reader.GetBoolean(10))
            {
                deniedIds.Add(claimId);
            }

            stored[claimId] = new Placement(NullableInt(reader, 11), NullableInt(reader, 12), reader.IsDBNull(13) ? null : reader.GetBoolean(13));
            group.Add(new StoryFinder.Input(
                claimId,
                Tokens.ParseKind(reader.GetString(2)),
                NullableInt(reader, 3),
                NullableInt(reader, 4),
                NullableInt(reader, 5),
                reader.GetFieldValue<DateOnly>(6),
                reader.GetFieldValue<DateOnly>(7),
                Intern(reader.GetString(8)),
                Intern(reader.GetString(9))));
        }

        Flush();
        return stories;
    }

    private static int? NullableInt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>A member's story, place in it and denial as stored (all null outside a kept story).</summary>
    private readonly record struct Placement(int? StoryId, int? Position, bool? Denied);

    /// <summary>What a story row holds besides its key and first claim.</summary>
    private readonly record struct Counts(ClaimKind Kind, DateOnly FirstDate, DateOnly LastDate, int Low, int High, int ClaimCount, int OutletCount, int SourceCount)
    {
        public static Counts Of(StoryFinder.Found s) =>
            new(s.First.Kind, s.First.ClaimDate, s.Claims[^1].ClaimDate, s.Low, s.High, s.Claims.Count, s.OutletCount, s.SourceCount);

        /// <summary>Sets the command's parameters to these values (the command's other parameters are added after).</summary>
        public void Bind(DbCommand command)
        {
            command.Parameters.Clear();
            Sql.Parameter(command, "kind", DbType.String).Value = Kind.ToToken();
            Sql.Parameter(command, "firstDate", DbType.Date).Value = FirstDate;
            Sql.Parameter(command, "lastDate", DbType.Date).Value = LastDate;
            Sql.Parameter(command, "low", DbType.Int32).Value = Low;
            Sql.Parameter(command, "high", DbType.Int32).Value = High;
            Sql.Parameter(command, "count", DbType.Int32).Value = ClaimCount;
            Sql.Parameter(command, "outlets", DbType.Int32).Value = OutletCount;
            Sql.Parameter(command, "sources", DbType.Int32).Value = SourceCount;
        }
    }

    /// <summary>Commands on the transaction's connection (SQLite or PostgreSQL: quoted names, @ parameters).</summary>
    private sealed class Sql(DbConnection connection, DbTransaction transaction)
    {
        public static DbParameter Parameter(DbCommand command, string name, DbType type)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
            return parameter;
        }

        public DbCommand Command(string text)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = text;
            return command;
        }

        public async Task<long> ScalarAsync(string text, CancellationToken ct)
        {
            await using var command = Command(text);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        public async Task ExecuteAsync(string text, CancellationToken ct)
        {
            await using var command = Command(text);
            await command.ExecuteNonQueryAsync(ct);
        }

    }
}

/// <summary>Runs <see cref="StoryMaintenance"/> just before every commit EF Core makes, once the story tables exist.</summary>
internal sealed class StoryInterceptor : DbTransactionInterceptor
{
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        TransactionCommittingAsync(transaction, eventData, result).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (transaction.Connection is { } connection && await ReadyAsync(connection, transaction, cancellationToken))
        {
            await StoryMaintenance.ProcessAsync(connection, transaction, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Before the StoryOrder migration there is nothing to maintain (migrations commit through here
    /// too): the maintenance writes the members' Position and Denied, which it adds. Claims listed
    /// by AddStories' backfill wait until then. Asked on every commit, not cached: a database file
    /// can be deleted and created again.
    /// </summary>
    private static async Task<bool> ReadyAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = connection is NpgsqlConnection
            ? "SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('\"StoryMembers\"') AND attname = 'Denied' AND NOT attisdropped"
            : "SELECT count(*) FROM pragma_table_info('StoryMembers') WHERE name = 'Denied'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1;
    }
}
