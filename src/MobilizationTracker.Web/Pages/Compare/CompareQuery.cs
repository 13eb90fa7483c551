using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Pages.Compare;

/// <summary>The compare view's read of the selected claims (its stories: <see cref="Stories.StoryQuery"/>).</summary>
public static class CompareQuery
{
    public const int MaxSelected = 12;

    public static async Task<IReadOnlyList<ClaimRow>> SelectedAsync(TrackerDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = ids.Take(MaxSelected).ToList();
        var rows = await TimelineQuery.Rows(db.Claims.AsNoTracking().Where(c => list.Contains(c.Id))).ToListAsync(ct);
        return rows.OrderBy(r => r.ClaimDate).ThenBy(r => r.ClaimId).ToList();
    }
}
