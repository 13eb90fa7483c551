using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MobilizationTracker.Web.Data;

/// <summary>
/// Sets the SQLite pragmas the tracker relies on, on every connection EF Core opens: a busy timeout
/// (so a writer waits for another instead of failing with "database is locked"), foreign keys on,
/// a page cache of 16 MB instead of SQLite's 2 MB (<see cref="CachePragma"/>), temporary files in
/// memory (<see cref="TempStorePragma"/>), and, once per database file, the WAL journal (readers never
/// block the writer).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 5000;

    /// <summary>
    /// Each pooled connection's page cache, 16 MB. At a million claims (a 4 GB file) a filtered page or a
    /// search touches a few MB of index and FTS pages; with SQLite's default 2 MB they are read from
    /// the OS again on every request (the all-filters page's statement: 9 ms with 2 MB, 2-3 ms with
    /// 8 MB or more, in the sqlite3 CLI). SQLite allocates the pages as they are used, so an idle
    /// connection costs nothing, and a busy one at most this. An export sets its connection back to it.
    /// </summary>
    internal const string CachePragma = "PRAGMA cache_size = -16384;";

    /// <summary>
    /// SQLite's temporary files in memory. Every insert that fires triggers inside a transaction keeps a
    /// statement journal (the pages it changes, to undo that one statement), which beyond 64 KB went to a
    /// temporary file: about 130 writes an article on import, half the import's system time (10,000
    /// articles: 5.0 → 2.6 s of system CPU, 23.3 → 19.5 s wall; docs/performance.md). The same setting
    /// keeps a sort that outgrows the page cache in memory too: the app's reads walk indexes in order, so
    /// their sorts are small, but a migration that builds an index over every claim sorts them all in
    /// memory now (the index's size: tens of MB at a million claims).
    /// </summary>
    internal const string TempStorePragma = "PRAGMA temp_store = MEMORY;";

    private const string EveryOpen = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; " + TempStorePragma + " " + CachePragma;
    private const string WalOnce = "PRAGMA journal_mode = WAL;";

    private readonly ConcurrentDictionary<string, bool> _walSet = new(StringComparer.Ordinal);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Pragmas(DbConnection connection) =>
        _walSet.TryAdd(connection.DataSource, true) ? EveryOpen + WalOnce : EveryOpen;
}
