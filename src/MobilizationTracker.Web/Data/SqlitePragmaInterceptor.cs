using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MobilizationTracker.Web.Data;

/// <summary>
/// Sets the SQLite pragmas the tracker relies on, on every connection EF Core opens: a busy timeout
/// (so a writer waits for another instead of failing with "database is locked"), foreign keys on,
/// a page cache of 16 MB instead of SQLite's 2 MB (<see cref="CachePragma"/>), and, once per database
/// file, the WAL journal (readers never block the writer).
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

    private const string EveryOpen = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; " + CachePragma;
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
