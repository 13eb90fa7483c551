using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Data.PostgreSql;

/// <summary>
/// The exports' read on PostgreSQL. Npgsql runs one statement at a time per connection, so the
/// SQLite read (one statement streamed to the end) becomes keyset chunks of the timeline's own query
/// (<see cref="TimelineQuery.OrderedRows"/>, whose rows carry their region codes), all inside one
/// repeatable-read transaction: the whole export is one snapshot, as on SQLite.
/// </summary>
internal static class PostgreSqlExport
{
    /// <summary>Rows per chunk: memory stays flat whatever the count.</summary>
    public const int ChunkSize = 2000;

    public static async IAsyncEnumerable<ClaimRow> StreamAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        TimelineQuery.Cursor? after = null;
        while (true)
        {
            var chunk = await TimelineQuery.OrderedRows(db, filter, ascending, after).Take(ChunkSize).ToListAsync(ct);
            foreach (var row in chunk)
            {
                yield return row;
            }

            if (chunk.Count < ChunkSize)
            {
                break;
            }

            after = TimelineQuery.Cursor.Of(chunk[^1]);
        }

        await snapshot.CommitAsync(ct);
    }
}
