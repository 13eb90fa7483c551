using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Export;

/// <summary>
/// The exports' read: the timeline's filter and order (<see cref="TimelineQuery"/>) as ONE SQL
/// statement streamed from start to end, so SQLite walks the (ClaimDate, Id) index once instead of
/// seeking it again for every keyset chunk, and the whole export is one snapshot; each row's regions
/// are its claim's <see cref="Claim.RegionCodes"/> column. For the length of the export the
/// connection gets a page cache that suits one long read (<see cref="ReadPragmas"/>),
/// and the pooled connection is set back afterwards; managed memory stays flat whatever the count.
/// PostgreSQL reads in chunks instead (<see cref="PostgreSqlExport"/>).
/// </summary>
public static class ExportQuery
{
    /// <summary>
    /// 64 MB of page cache (SQLite's default is 2 MB): an export in date order reads claims and
    /// articles by rowid all over the file, and with the default cache at a million claims it re-reads
    /// the same pages from the OS millions of times (the sqlite3 CLI on the export's statement at 1M:
    /// 25.7 s of CPU with the default cache, 12.9 s with this one). No memory map: on top of this cache
    /// it saved nothing measurable at 1M and made the process's resident memory grow by up to the map's
    /// size (1.3 GB with a 1 GB map); the cache is per connection and bounded, so memory stays flat
    /// (docs/performance.md, "Export and API at 1M").
    /// </summary>
    public const string ReadPragmas = "PRAGMA cache_size = -65536;";

    /// <summary>What the connection goes back to after the export (every connection's own cache).</summary>
    public const string DefaultPragmas = Data.SqlitePragmaInterceptor.CachePragma;

    /// <summary>Every matching row, oldest first (or newest first when <paramref name="ascending"/> is false), with its regions.</summary>
    public static async IAsyncEnumerable<ClaimRow> StreamAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending = true, [EnumeratorCancellation] CancellationToken ct = default)
    {
        filter = await ClaimSearch.PrepareAsync(db, filter, ct); // the search's word forms, as the timeline uses them
        if (db is PostgreSqlTrackerDbContext)
        {
            await foreach (var row in PostgreSqlExport.StreamAsync(db, filter, ascending, ct))
            {
                yield return row;
            }

            yield break;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(ReadPragmas, ct);

            // One statement, the regions a column of each row (TimelineQuery.Rows): one walk of the index in
            // the export's order, one snapshot, no lookup per row or per batch.
            await foreach (var row in TimelineQuery.Rows(TimelineQuery.Ordered(TimelineQuery.Filter(db, filter), ascending, after: null))
                .AsAsyncEnumerable().WithCancellation(ct))
            {
                yield return row;
            }
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(DefaultPragmas, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
