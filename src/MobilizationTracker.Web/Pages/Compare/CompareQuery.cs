using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Pages.Compare;

/// <summary>The compare view's reads: the selected claims, and the candidates stories are found in.</summary>
public static class CompareQuery
{
    public const int MaxSelected = 12;

    /// <summary>Stories are looked for among the newest claims of the filter, at most this many.</summary>
    public const int MaxCandidates = 5000;

    public static async Task<IReadOnlyList<ClaimRow>> SelectedAsync(TrackerDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = ids.Take(MaxSelected).ToList();
        var rows = await TimelineQuery.Rows(db.Claims.AsNoTracking().Where(c => list.Contains(c.Id))).ToListAsync(ct);
        return await TimelineQuery.WithRegionsAsync(db, rows.OrderBy(r => r.ClaimDate).ThenBy(r => r.ClaimId).ToList(), ct);
    }

    public static async Task<(IReadOnlyList<ClaimRow> Rows, bool Capped)> CandidatesAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct)
    {
        var rows = await TimelineQuery.Rows(TimelineQuery.Ordered(TimelineQuery.Filter(db, filter), ascending: false, after: null))
            .Take(MaxCandidates + 1)
            .ToListAsync(ct);
        return rows.Count > MaxCandidates ? (rows[..MaxCandidates], true) : (rows, false);
    }
}
