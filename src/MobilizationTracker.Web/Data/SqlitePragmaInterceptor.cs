using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MobilizationTracker.Web.Data;

/// <summary>
/// Sets the SQLite pragmas the tracker relies on, on every connection EF Core opens: a busy timeout
/// (so a writer waits for another instead of failing with "database is locked"), foreign keys on,
/// and, once per database file, the WAL journal (readers never block the writer).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 5000;

    private const string EveryOpen = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
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
