using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// Read-model values that are costly to read on every request and change rarely: the filter form's
/// source and outlet lists, the word forms of a search, a filter's region counts, and a filter's
/// chart with its match count (rendered once). Cached per database; an entry is dropped when this
/// process saves an article, claim or source or commits a transaction (<see cref="ChangesInterceptor"/>),
/// when <see cref="CurrentVersionAsync"/> notices a write by another process (the import verb, another
/// app instance), and in any case after <see cref="MaxAge"/>.
/// </summary>
public static class ReadModelCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>At most this many small entries per process (search words are user input); beyond it the cache starts again.</summary>
    public const int MaxEntries = 2000;

    /// <summary>At most this many large entries (a rendered chart is tens of KB): about 10 MB in all.</summary>
    public const int MaxLargeEntries = 100;

    /// <summary>Each database's version in this process (tests run several databases in one process).</summary>
    private static readonly ConcurrentDictionary<string, StrongBox<long>> Versions = new(StringComparer.Ordinal);
    private static readonly Store Small = new(MaxEntries);
    private static readonly Store Large = new(MaxLargeEntries);

    /// <summary>The cached value of <paramref name="key"/> for this database, read with <paramref name="read"/> when missing or stale.</summary>
    public static Task<T> GetAsync<T>(TrackerDbContext db, string key, Func<Task<T>> read)
        where T : class => Small.GetAsync(db, key, read);

    /// <summary>As <see cref="GetAsync"/>, for values of tens of KB, of which fewer are kept.</summary>
    public static Task<T> GetLargeAsync<T>(TrackerDbContext db, string key, Func<Task<T>> read)
        where T : class => Large.GetAsync(db, key, read);

    private sealed class Store(int maxEntries)
    {
        private readonly ConcurrentDictionary<(string Database, string Key), Entry> _entries = new();

        public async Task<T> GetAsync<T>(TrackerDbContext db, string key, Func<Task<T>> read)
            where T : class
        {
            var id = (db.DatabaseKey, key);
            var version = VersionOf(db.DatabaseKey);
            var now = Environment.TickCount64;
            if (_entries.TryGetValue(id, out var entry) && entry.Version == version && entry.Expires > now)
            {
                return (T)entry.Value;
            }

            var value = await read();
            if (_entries.Count >= maxEntries)
            {
                _entries.Clear();
            }

            _entries[id] = new Entry(version, now + (long)MaxAge.TotalMilliseconds, value);
            return value;
        }
    }

    private sealed record Entry(long Version, long Expires, object Value);

    private static StrongBox<long> VersionBox(string database) => Versions.GetOrAdd(database, _ => new StrongBox<long>());

    private static long VersionOf(string database) => Interlocked.Read(ref VersionBox(database).Value);

    /// <summary>Drops every entry of this database (something they were read from changed).</summary>
    private static void Invalidate(string database) => Interlocked.Increment(ref VersionBox(database).Value);

    private static void Invalidate(DbContext? context)
    {
        if (context is TrackerDbContext db)
        {
            Invalidate(db.DatabaseKey);
        }
    }

    /// <summary>
    /// This database's read-model version in this process, after checking the database for commits by other
    /// connections (another process or app instance; this process's own saves and commits count
    /// already). Whatever was read under an older version may be stale; whatever is read from the
    /// database after this call is at least as new as the version returned, because a commit is
    /// noticed by the first check that follows it. The page cache keys pages by it (<c>PageCache</c>).
    /// Leaves the context's connection open (it is closed with the context), so the request's queries
    /// that follow reuse it.
    /// </summary>
    public static async ValueTask<long> CurrentVersionAsync(TrackerDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        if (db is PostgreSqlTrackerDbContext)
        {
            // The cluster's current snapshot changes when any writing transaction starts or ends (a
            // read-only one takes no transaction id), so an unchanged snapshot means nothing was
            // committed. A writer still in progress is in it: its commit changes it again.
            var snapshot = (string?)await ScalarAsync(connection, "SELECT pg_current_snapshot()::text", ct) ?? "";
            if (!string.Equals(SeenSnapshot.GetValueOrDefault(db.DatabaseKey), snapshot, StringComparison.Ordinal))
            {
                SeenSnapshot[db.DatabaseKey] = snapshot;
                Invalidate(db.DatabaseKey);
            }
        }
        else if (connection is SqliteConnection { Handle: { } handle })
        {
            // PRAGMA data_version changes when another connection has committed since this connection
            // last asked; a pooled handle is used by one request at a time. A handle not seen before
            // counts as a change (it cannot say what happened before it was opened).
            var dataVersion = (long)(await ScalarAsync(connection, "PRAGMA data_version", ct) ?? 0L);
            var seen = SeenDataVersion.GetValue(handle, _ => new StrongBox<long>(long.MinValue));
            if (seen.Value != dataVersion)
            {
                seen.Value = dataVersion;
                Invalidate(db.DatabaseKey);
            }
        }

        return VersionOf(db.DatabaseKey);
    }

    /// <summary>The snapshot each PostgreSQL database was last seen at (two requests racing only invalidate twice).</summary>
    private static readonly ConcurrentDictionary<string, string> SeenSnapshot = new(StringComparer.Ordinal);

    /// <summary>The data_version each pooled SQLite handle last answered.</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, StrongBox<long>> SeenDataVersion = new();

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>
    /// Invalidates the cache after a save that touched articles, claims or sources, after every
    /// commit (a save inside a caller's transaction, such as the claim writer's, the import's or the
    /// story upkeep's, is seen by other connections only then, after the save's own invalidation), and
    /// after every statement run for its row count (raw SQL, ExecuteUpdate, ExecuteDelete), which no
    /// save reports. SQLite's data_version does not show a connection its own writes, so these are
    /// how this process's writes are seen.
    /// </summary>
    internal sealed class ChangesInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
    {
        public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Invalidate(eventData.Context);

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Invalidate(eventData.Context);
            return Task.CompletedTask;
        }

        public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Invalidate(eventData.Context);
            return result;
        }

        public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Invalidate(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Note(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            Note(eventData.Context);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Note(eventData.Context);
            return ValueTask.FromResult(result);
        }

        // Before the save as well: a reader between the write and its commit must not cache the old lists for long.
        private static void Note(DbContext? context)
        {
            if (context?.ChangeTracker.Entries().Any(e => e.Entity is Article or Claim or Source or ClaimRegion) == true)
            {
                Invalidate(context);
            }
        }
    }
}
