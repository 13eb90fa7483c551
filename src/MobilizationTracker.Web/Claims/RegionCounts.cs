using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// The map's read: how many claims of a filter name each region. The filter's own regions are left
/// out (the map shows where the other filters' claims are), so a claim with several regions counts
/// once in each. Cached like the form lists (<see cref="ReadModelCache"/>): an unfiltered count reads
/// the whole ClaimRegions index.
/// </summary>
public static class RegionCounts
{
    public static async Task<IReadOnlyDictionary<string, int>> OfFilterAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct)
    {
        var others = await ClaimSearch.PrepareAsync(db, filter with { Regions = [] }, ct);
        return await ReadModelCache.GetAsync<IReadOnlyDictionary<string, int>>(db, "region-counts" + others.ToQueryString(), async () =>
        {
            var pairs = others.IsEmpty
                ? db.Set<ClaimRegion>().AsNoTracking()
                : from cr in db.Set<ClaimRegion>().AsNoTracking()
                  join c in TimelineQuery.Filter(db, others) on cr.ClaimId equals c.Id
                  select cr;
            return await pairs.GroupBy(cr => cr.RegionCode)
                .Select(g => new { Code = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Code, g => g.Count, StringComparer.OrdinalIgnoreCase, ct);
        });
    }
}
