using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Export;

/// <summary>
/// The exports' read: the timeline's filter and order (<see cref="TimelineQuery"/>) as ONE SQL
/// statement streamed from start to end, so SQLite walks the (ClaimDate, Id) index once instead of
/// seeking it again for every keyset chunk, and the whole export is one snapshot. Regions come
/// from a second statement in the same order, merged in as the rows stream. For the length of the export the
/// connection gets a page cache and a memory map that suit one long read (<see cref="ReadPragmas"/>),
/// and the pooled connection is set back afterwards; managed memory stays flat whatever the count.
/// PostgreSQL reads in chunks instead (<see cref="PostgreSqlExport"/>).
/// </summary>
public static class ExportQuery
{
    /// <summary>
    /// 64 MB of page cache (SQLite's default is 2 MB) and up to 1 GB of the file mapped: an export
    /// in date order reads claims and articles by rowid all over the file, and with the default
    /// cache at a million claims it re-reads the same pages from the OS thousands of times.
    /// Both are per connection and bounded, so memory does not grow with the row count.
    /// </summary>
    public const string ReadPragmas = "PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824;";

    /// <summary>What the connection goes back to after the export (SQLite's defaults).</summary>
    public const string DefaultPragmas = "PRAGMA cache_size = -2000; PRAGMA mmap_size = 0;";

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

            // Two statements on one connection in the same order: the claims, and the (claim, region)
            // pairs of the same filter. Both are open at once, so they read the same snapshot, and the
            // pairs are merged into the rows as they come: no lookup per row or per batch.
            await using var rows = TimelineQuery.Rows(TimelineQuery.Ordered(TimelineQuery.Filter(db, filter), ascending, after: null))
                .AsAsyncEnumerable().GetAsyncEnumerator(ct);
            await using var pairs = RegionPairs(db, filter, ascending).AsAsyncEnumerable().GetAsyncEnumerator(ct);
            {
                var pair = await pairs.MoveNextAsync() ? pairs.Current : null;
                var codes = new List<string>(4);
                while (await rows.MoveNextAsync())
                {
                    var row = rows.Current;
                    codes.Clear();

                    // Pairs come in the rows' order; a pair of a claim not (or no longer) among the rows is skipped.
                    while (pair is not null && Before(pair, row, ascending))
                    {
                        pair = await pairs.MoveNextAsync() ? pairs.Current : null;
                    }

                    while (pair is not null && pair.ClaimId == row.ClaimId)
                    {
                        codes.Add(pair.Code);
                        pair = await pairs.MoveNextAsync() ? pairs.Current : null;
                    }

                    yield return row with { RegionCodes = string.Join(";", codes) };
                }
            }
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(DefaultPragmas, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record RegionPair(DateOnly ClaimDate, int ClaimId, string Code);

    /// <summary>The filter's (claim, region) pairs in the export's order, codes sorted within a claim.</summary>
    private static IQueryable<RegionPair> RegionPairs(TrackerDbContext db, ClaimFilter filter, bool ascending)
    {
        var pairs = TimelineQuery.Filter(db, filter).SelectMany(c => c.Regions, (c, r) => new { c.ClaimDate, ClaimId = c.Id, r.Code });
        var ordered = ascending
            ? pairs.OrderBy(p => p.ClaimDate).ThenBy(p => p.ClaimId).ThenBy(p => p.Code)
            : pairs.OrderByDescending(p => p.ClaimDate).ThenByDescending(p => p.ClaimId).ThenBy(p => p.Code);
        return ordered.Select(p => new RegionPair(p.ClaimDate, p.ClaimId, p.Code));
    }

    private static bool Before(RegionPair pair, ClaimRow row, bool ascending)
    {
        var order = (pair.ClaimDate, pair.ClaimId).CompareTo((row.ClaimDate, row.ClaimId));
        return ascending ? order < 0 : order > 0;
    }
}
